/** DECK_URL at build time (vite.config.ts); empty when not set. */
declare const __DECK_URL__: string
