// Settings shared by the e2e runner (scripts/e2e.mjs), playwright.config.ts and the specs.
import process from 'node:process'

/** Where the root build is served; E2E_PORT moves both servers (two checkouts can test side by side). */
export const ROOT_PORT = Number(process.env.E2E_PORT ?? 4173)
export const SUB_PORT = ROOT_PORT + 1
/** The sub-path build is served here, as on a host that puts the deck under a folder. */
export const SUB_PATH = '/talk/'
/** The QR code's address baked into the sub-path build with DECK_URL. */
export const SUBPATH_DECK_URL = 'https://talks.deck-demo.org/talk/'
