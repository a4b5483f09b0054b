import { defineConfig } from '@playwright/test'
import { findChromium, QUIET_CHROMIUM_ARGS } from './scripts/browser'
import { HASH_DIR, NGINX_PORT, PLAIN_PORT, REDEPLOY_DIR, REDEPLOY_PORT, ROOT_PORT, SUB_PATH, SUB_PORT } from './scripts/e2e-config'

// The deck is tested built, as it is hosted: dist/ at the site root and dist-sub/ under /talk/,
// each served with SPA fallback by scripts/preview.ts. scripts/e2e.ts builds both first.
// The hosting tests (tests/e2e/hosting/) serve builds through the real nginx (scripts/nginx-conf.ts): dist/ with
// deploy/nginx.conf, dist-hash/ (hash routes) with no fallback, and dist-redeploy/ (a copy the tests change).
const browser = findChromium()
const PREVIEW = 'node_modules/.bin/tsx scripts/preview.ts'
const NGINX = 'node_modules/.bin/tsx scripts/nginx-conf.ts'

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  // Two workers on a 2-core machine: most of a test is waiting for the browser. Tests that share files on disk
  // run serially inside their spec (hosting/redeploy.spec.ts).
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  use: {
    viewport: { width: 1280, height: 720 },
    colorScheme: 'light',
    launchOptions: { executablePath: browser.path, args: QUIET_CHROMIUM_ARGS },
  },
  // The offline copy's service worker precaches the whole deck in the background of every fresh page: it is
  // tested in the nginx project, and kept out of the others so that they measure the deck as it loads.
  projects: [
    { name: 'root', testIgnore: /subpath|pdf|hosting\//, use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/`, serviceWorkers: 'block' } },
    { name: 'subpath', testMatch: /subpath/, use: { baseURL: `http://127.0.0.1:${SUB_PORT}${SUB_PATH}`, serviceWorkers: 'block' } },
    { name: 'pdf', testMatch: /pdf/, use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/`, serviceWorkers: 'block' } },
    { name: 'nginx', testMatch: /hosting\/(?!hash)/, use: { baseURL: `http://127.0.0.1:${NGINX_PORT}/` } },
    { name: 'hash', testMatch: /hosting\/hash/, use: { baseURL: `http://127.0.0.1:${PLAIN_PORT}/` } },
  ],
  webServer: [
    { command: `${PREVIEW} --dir dist --port ${ROOT_PORT}`, port: ROOT_PORT, reuseExistingServer: false },
    { command: `${PREVIEW} --dir dist-sub --base ${SUB_PATH} --port ${SUB_PORT}`, port: SUB_PORT, reuseExistingServer: false },
    { command: `${NGINX} --dist dist --serve 127.0.0.1:${NGINX_PORT}`, port: NGINX_PORT, reuseExistingServer: false },
    { command: `${NGINX} --dist ${HASH_DIR} --plain --serve 127.0.0.1:${PLAIN_PORT}`, port: PLAIN_PORT, reuseExistingServer: false },
    { command: `${NGINX} --dist ${REDEPLOY_DIR} --serve 127.0.0.1:${REDEPLOY_PORT}`, port: REDEPLOY_PORT, reuseExistingServer: false },
  ],
})
