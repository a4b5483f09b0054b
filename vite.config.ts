import process from 'node:process'
import { defineConfig } from 'vite'
import { deckUrlWarning } from './lib/deck-url.ts'
import deckFontInDev from './vite/deck-font.ts'
import hosting, { normalizeDeckUrl } from './vite/hosting.ts'
import vueRuntimeOnly from './vite/vue-runtime.ts'

// The closing slide's QR code (lib/deck-url.ts): say so when no run can put a working address into it.
const deckUrlProblem = deckUrlWarning(process.env.DECK_URL)
if (deckUrlProblem)
  console.warn(`\n[deck] ${deckUrlProblem}\n`)

// Merged by Slidev into its own Vite config. The plugins are in vite/, each says what it does: the CJK font's
// whole faces under `npm run dev` and export (a build cuts them: scripts/fonts.ts), Vue without its runtime template
// compiler, link previews and an absolute favicon in the hosted index.html.
export default defineConfig({
  plugins: [deckFontInDev(), vueRuntimeOnly(), hosting(normalizeDeckUrl(process.env.DECK_URL))],
  // Pre-bundled up front: discovered late, they make the dev server reload mid-export.
  optimizeDeps: { include: ['uqr', 'd3-scale'] },
  define: {
    // The closing slide's QR code: see lib/deck-url.ts.
    __DECK_URL__: JSON.stringify(process.env.DECK_URL ?? ''),
    // Set by scripts/build.ts, which writes sw.js: a bare `slidev build` has none to register.
    __DECK_SERVICE_WORKER__: JSON.stringify(process.env.DECK_SERVICE_WORKER === '1'),
  },
})
