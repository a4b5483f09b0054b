// Settings shared by the e2e runner (scripts/e2e.ts), playwright.config.ts and the specs.
import process from 'node:process'

/** Where the root build is served; E2E_PORT moves both servers (two checkouts can test side by side). */
export const ROOT_PORT = Number(process.env.E2E_PORT ?? 4173)
export const SUB_PORT = ROOT_PORT + 1
/** The sub-path build is served here, as on a host that puts the deck under a folder. */
export const SUB_PATH = '/talk/'
/** The QR code's address baked into the sub-path build with DECK_URL. */
export const SUBPATH_DECK_URL = 'https://talks.deck-demo.org/talk/'

// Hosting tests (tests/e2e/hosting/): the root build through the real nginx with deploy/nginx.conf, a hash-router
// build through a server with no fallback at all, and a copy of the root build that the redeploy test changes.
export const NGINX_PORT = ROOT_PORT + 2
export const PLAIN_PORT = ROOT_PORT + 3
export const REDEPLOY_PORT = ROOT_PORT + 4
export const HASH_DIR = 'dist-hash'
export const REDEPLOY_DIR = 'dist-redeploy'
