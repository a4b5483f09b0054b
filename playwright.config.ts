import { defineConfig } from '@playwright/test'
// @ts-expect-error plain ESM helper shared with the scripts
import { findChromium, QUIET_CHROMIUM_ARGS } from './scripts/browser.mjs'
// @ts-expect-error plain ESM settings shared with the scripts
import { ROOT_PORT, SUB_PATH, SUB_PORT } from './scripts/e2e-config.mjs'

// The deck is tested built, as it is hosted: dist/ at the site root and dist-sub/ under /talk/,
// each served with SPA fallback by scripts/preview.mjs. scripts/e2e.mjs builds both first.
const browser = findChromium() as { path: string }

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    viewport: { width: 1280, height: 720 },
    colorScheme: 'light',
    launchOptions: { executablePath: browser.path, args: QUIET_CHROMIUM_ARGS },
  },
  projects: [
    { name: 'root', testIgnore: /subpath|pdf/, use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` } },
    { name: 'subpath', testMatch: /subpath/, use: { baseURL: `http://127.0.0.1:${SUB_PORT}${SUB_PATH}` } },
    { name: 'pdf', testMatch: /pdf/, use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` } },
  ],
  webServer: [
    { command: `node scripts/preview.mjs --dir dist --port ${ROOT_PORT}`, port: ROOT_PORT, reuseExistingServer: false },
    { command: `node scripts/preview.mjs --dir dist-sub --base ${SUB_PATH} --port ${SUB_PORT}`, port: SUB_PORT, reuseExistingServer: false },
  ],
})
