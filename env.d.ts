/** DECK_URL at build time (vite.config.ts); empty when not set. */
declare const __DECK_URL__: string
/** Whether the build ships sw.js (scripts/build.ts sets it): setup/service-worker.ts registers it then. */
declare const __DECK_SERVICE_WORKER__: boolean
