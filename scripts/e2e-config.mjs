// Settings shared by the e2e runner (scripts/e2e.mjs), playwright.config.ts and the specs.
export const ROOT_PORT = 4173
export const SUB_PORT = 4174
/** The sub-path build is served here, as on a host that puts the deck under a folder. */
export const SUB_PATH = '/talk/'
/** The QR code's address baked into the sub-path build with DECK_URL. */
export const SUBPATH_DECK_URL = 'https://talks.example.org/talk/'
