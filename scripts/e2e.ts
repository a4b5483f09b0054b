import process from 'node:process'
// The browser and PDF tests, against the real built deck:
//   1. build dist/ (site root; exports exports/talk.pdf and talk-handout.pdf and ships them),
//   2. export the click-by-click and notes PDFs,
//   3. build dist-sub/ under /talk/ (reusing the PDF),
//   4. run Playwright (tests/e2e), which serves both builds with SPA fallback.
// E2E_SKIP_BUILD=1 reuses the builds and PDFs already on disk.
import { findChromiumOrExit } from './browser'
import { SUB_PATH, SUBPATH_DECK_URL } from './e2e-config'
import { exportPdf } from './export'
import { run, TSX } from './run'

const browser = findChromiumOrExit()
console.log(`Browser: ${browser.path} (${browser.source})`)

if (!process.env.E2E_SKIP_BUILD) {
  await run(TSX, ['scripts/build.ts', '--out', 'dist'])
  await exportPdf('clicks', browser)
  await exportPdf('notes', browser)
  // The sub-path build also bakes in an explicit address for the QR code, as a host would.
  await run(TSX, ['scripts/build.ts', '--out', 'dist-sub', '--base', SUB_PATH, '--pdf', 'exports/talk.pdf'], {
    env: { ...process.env, DECK_URL: SUBPATH_DECK_URL },
  })
}

await run('node_modules/.bin/playwright', ['test', ...process.argv.slice(2)])
