// Records which characters the phone's reading view draws at which weight, and which the first screen draws, into
// build/reading-weights.json: the build cuts the reading font by it (build/reading-font.ts). Run it after changing
// the slides' text or styles; tests/e2e/reading.spec.ts fails, naming this script, when the recording is out of date.
// Usage: npm run fonts:reading [-- --dir dist]   (--dir: an existing build to read; default: a fresh one, no PDF)
import type { ReadingWeights } from '../build/reading-font'
import type { ReadingText } from '../tests/support/reading-text'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-chromium'
import { preview } from 'vite'
import { READING_WEIGHTS_FILE } from '../build/reading-font'
import { deckCharacters } from '../build/vite-plugin-deck-font'
import { firstScreenReadingText, readingTextInPage } from '../tests/support/reading-text'
import { findChromiumOrExit, QUIET_CHROMIUM_ARGS } from './browser'
import { run, TSX } from './run'

const root = new URL('..', import.meta.url).pathname
/** The phone sizes the tests read at: the first screen is what either shows. */
const PHONES = [{ width: 390, height: 844 }, { width: 360, height: 740 }]

const { values } = parseArgs({ options: { dir: { type: 'string' } } })
const scratch = values.dir ? undefined : mkdtempSync(join(tmpdir(), 'reading-weights-'))
const dir = values.dir ?? scratch!
if (scratch)
  await run(TSX, ['scripts/build.ts', '--out', dir, '--no-pdf'], { cwd: root })

const server = await preview({
  configFile: false,
  build: { outDir: dir },
  preview: { port: 0, host: '127.0.0.1', open: false },
  logLevel: 'warn',
})
const url = server.resolvedUrls!.local[0]!
const browser = await chromium.launch({ executablePath: findChromiumOrExit().path, args: QUIET_CHROMIUM_ARGS })
const merge = (a: string, b: string) => [...new Set([...a, ...b])].sort().join('')
const whole: ReadingText = { regular: '', bold: '' }
const first: ReadingText = { regular: '', bold: '' }
try {
  for (const viewport of PHONES) {
    const page = await browser.newPage({ viewport, isMobile: true, hasTouch: true, deviceScaleFactor: 3 })
    const screen = await firstScreenReadingText(page, `${url}read`)
    // Then every slide, mounted as printing mounts them, for the whole talk.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
    await page.waitForFunction(() => !document.querySelector('[data-testid="reading-slide"][data-live="false"]'))
    const all = await page.evaluate(readingTextInPage, false)
    for (const key of ['regular', 'bold'] as const) {
      first[key] = merge(first[key], screen[key])
      whole[key] = merge(whole[key], all[key])
    }
    await page.close()
  }
}
finally {
  await browser.close()
  await server.close()
  if (scratch)
    rmSync(scratch, { recursive: true, force: true })
}
const { shown, hidden } = deckCharacters(root)
const weights: ReadingWeights = { ...whole, firstScreen: first, deck: String.fromCodePoint(...[...shown, ...hidden].sort((a, b) => a - b)) }
writeFileSync(join(root, READING_WEIGHTS_FILE), `${JSON.stringify(weights, null, 2)}\n`)
console.log(`${READING_WEIGHTS_FILE}: ${[...whole.regular].length} characters regular, ${[...whole.bold].length} bold; first screen ${[...first.regular].length} and ${[...first.bold].length}`)
process.exit(0)
