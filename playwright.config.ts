import { defineConfig } from '@playwright/test'
import { findChromium, QUIET_CHROMIUM_ARGS } from './scripts/browser'
import { ROOT_PORT, SUB_PATH, SUB_PORT } from './scripts/e2e-config'

// The deck is tested built, as it is hosted: dist/ at the site root and dist-sub/ under /talk/,
// each served with SPA fallback by scripts/preview.ts. scripts/e2e.ts builds both first.
const browser = findChromium()
const PREVIEW = 'node_modules/.bin/tsx scripts/preview.ts'

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
    { command: `${PREVIEW} --dir dist --port ${ROOT_PORT}`, port: ROOT_PORT, reuseExistingServer: false },
    { command: `${PREVIEW} --dir dist-sub --base ${SUB_PATH} --port ${SUB_PORT}`, port: SUB_PORT, reuseExistingServer: false },
  ],
})
