import { readFileSync } from 'node:fs'
import process from 'node:process'
import { defineConfig } from 'vite'
import deckFont from './build/vite-plugin-deck-font.ts'
import hosting, { normalizeDeckUrl } from './build/vite-plugin-hosting.ts'
import vueRuntimeOnly from './build/vite-plugin-vue-runtime.ts'

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { homepage?: string }

// Merged by Slidev into its own Vite config.
export default defineConfig({
  // Build only: the CJK font cut to the deck's own characters, the full split as fallback; Vue without its
  // runtime template compiler, which nothing here uses (see each plugin); link previews and an absolute favicon in
  // the hosted index.html.
  plugins: [deckFont(), vueRuntimeOnly(), hosting(normalizeDeckUrl(process.env.DECK_URL))],
  // Pre-bundled up front: discovered late, they make the dev server reload mid-export.
  optimizeDeps: { include: ['uqr', 'd3-scale'] },
  define: {
    // The closing slide's QR code: see lib/deck-url.ts.
    __DECK_URL__: JSON.stringify(process.env.DECK_URL ?? ''),
    __DECK_HOMEPAGE__: JSON.stringify(pkg.homepage ?? ''),
    // Set by scripts/build.ts, which writes sw.js: a bare `slidev build` has none to register.
    __DECK_SERVICE_WORKER__: JSON.stringify(process.env.DECK_SERVICE_WORKER === '1'),
  },
})
