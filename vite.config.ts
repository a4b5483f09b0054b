import process from 'node:process'
import { defineConfig } from 'vite'
import { deckUrlWarning } from './lib/deck-url.js'
import deckFont from './scripts/vite-plugin-deck-font.js'
import vueRuntimeOnly from './scripts/vite-plugin-vue-runtime.js'

// The closing slide's QR code (lib/deck-url.ts): say so when no run can put a working address into it.
const deckUrlProblem = deckUrlWarning(process.env.DECK_URL)
if (deckUrlProblem)
  console.warn(`\n[deck] ${deckUrlProblem}\n`)

// Merged by Slidev into its own Vite config.
export default defineConfig({
  // Build only: the CJK font cut to the deck's own characters, the full split as fallback; Vue without its
  // runtime template compiler, which nothing here uses (see each plugin).
  plugins: [deckFont(), vueRuntimeOnly()],
  // Pre-bundled up front: discovered late, they make the dev server reload mid-export.
  optimizeDeps: { include: ['uqr', 'd3-scale'] },
  define: {
    // The closing slide's QR code: see lib/deck-url.ts.
    __DECK_URL__: JSON.stringify(process.env.DECK_URL ?? ''),
  },
})
