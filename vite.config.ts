import { defineConfig } from 'vite'

// Merged by Slidev into its own Vite config.
export default defineConfig({
  define: {
    // The closing slide's QR code points here; see lib/deck-url.ts.
    __DECK_URL__: JSON.stringify(process.env.DECK_URL ?? ''),
  },
})
