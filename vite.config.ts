import { readFileSync } from 'node:fs'
import { defineConfig } from 'vite'

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { homepage?: string }

// Merged by Slidev into its own Vite config.
export default defineConfig({
  // Pre-bundled up front: discovered late, they make the dev server reload mid-export.
  optimizeDeps: { include: ['uqr', 'd3-scale'] },
  define: {
    // The closing slide's QR code: see lib/deck-url.ts.
    __DECK_URL__: JSON.stringify(process.env.DECK_URL ?? ''),
    __DECK_HOMEPAGE__: JSON.stringify(pkg.homepage ?? ''),
  },
})
