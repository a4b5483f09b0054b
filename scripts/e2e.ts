import { cpSync, rmSync } from 'node:fs'
import process from 'node:process'
// The browser and PDF tests, against the real built deck:
//   1. build dist/ (site root; exports exports/talk.pdf and talk-handout.pdf and ships them),
//   2. export the click-by-click and notes PDFs (reused when nothing they print changed: scripts/pdf-cache.ts),
//   3. build dist-sub/ under /talk/ (reusing the PDF),
//   4. build dist-hash/ with hash routes (no PDF) and copy dist/ to dist-redeploy/ for the hosting tests,
//   5. run Playwright (tests/e2e), which serves both builds with SPA fallback, and the hosting builds with nginx.
// E2E_SKIP_BUILD=1 reuses the builds and PDFs already on disk.
import { findChromiumOrExit } from './browser'
import { HASH_DIR, REDEPLOY_DIR, SUB_PATH, SUBPATH_DECK_URL } from './e2e-config'
import { cachedExportPdf } from './pdf-cache'
import { run, TSX } from './run'

const browser = findChromiumOrExit()
console.log(`Browser: ${browser.path} (${browser.source})`)

if (!process.env.E2E_SKIP_BUILD) {
  await run(TSX, ['scripts/build.ts', '--out', 'dist'])
  await cachedExportPdf('clicks', browser)
  await cachedExportPdf('notes', browser)
  // The sub-path build also bakes in an explicit address for the QR code, as a host would.
  await run(TSX, ['scripts/build.ts', '--out', 'dist-sub', '--base', SUB_PATH, '--pdf', 'exports/talk.pdf'], {
    env: { ...process.env, DECK_URL: SUBPATH_DECK_URL },
  })
  await run(TSX, ['scripts/build.ts', '--out', HASH_DIR, '--router-mode', 'hash', '--no-pdf'])
}
// A fresh copy on every run: the redeploy test deletes and restores files in it.
rmSync(REDEPLOY_DIR, { recursive: true, force: true })
cpSync('dist', REDEPLOY_DIR, { recursive: true })

await run('node_modules/.bin/playwright', ['test', ...process.argv.slice(2)])
