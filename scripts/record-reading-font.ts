// Records which characters the phone's reading view draws at which weight, and which the first screen draws, into
// build/reading-recording.json: the build cuts the reading font by it (build/reading-font.ts). Run it after changing
// the slides' text or styles; tests/e2e/reading-font.spec.ts fails, naming this script, when the recording is out of
// date. It reads the view as the tests do (tests/support/reading-text.ts): the first screen, then every section and
// every state of every chart, at both phone sizes.
// Usage: npm run fonts:reading [-- --dir dist]   (--dir: an existing build for base "/" with history routes; default:
// a fresh one, no PDF)
import type { ReadingRecording, ReadingText } from '../build/reading-font'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-chromium'
import { preview } from 'vite'
import { READING_RECORDING_FILE } from '../build/reading-font'
import { allCharacters, deckCharacters } from '../build/vite-plugin-deck-font'
import { firstScreenReadingText, mergeReadingText, READING_PHONES, readingTextThroughout } from '../tests/support/reading-text'
import { findChromiumOrExit, QUIET_CHROMIUM_ARGS } from './browser'
import { run, TSX } from './run'

const root = new URL('..', import.meta.url).pathname

const { values } = parseArgs({ options: { dir: { type: 'string' } } })
const scratch = values.dir ? undefined : mkdtempSync(join(tmpdir(), 'reading-recording-'))
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
let whole: ReadingText = { regular: '', bold: '' }
let first: ReadingText = { regular: '', bold: '' }
try {
  for (const viewport of READING_PHONES) {
    const page = await browser.newPage({ viewport, isMobile: true, hasTouch: true, deviceScaleFactor: 3 })
    first = mergeReadingText(first, await firstScreenReadingText(page, `${url}read`))
    whole = mergeReadingText(whole, await readingTextThroughout(page))
    await page.close()
  }
}
finally {
  await browser.close()
  await server.close()
  if (scratch)
    rmSync(scratch, { recursive: true, force: true })
}
// A view that did not render (a build for another base or router mode) would record nothing and quietly lose the
// first part: stop instead.
if ([...whole.regular].length < 100 || [...whole.bold].length < 50 || [...first.regular].length < 50) {
  console.error(`The reading view at ${url}read drew almost nothing (${[...whole.regular].length} characters regular, ${[...whole.bold].length} bold): is ${dir} a build for base "/" with history routes? Nothing written.`)
  process.exit(1)
}
const recording: ReadingRecording = { ...whole, firstScreen: first, deck: String.fromCodePoint(...allCharacters(deckCharacters(root))) }
writeFileSync(join(root, READING_RECORDING_FILE), `${JSON.stringify(recording, null, 2)}\n`)
console.log(`${READING_RECORDING_FILE}: ${[...whole.regular].length} characters regular, ${[...whole.bold].length} bold; first screen ${[...first.regular].length} and ${[...first.bold].length}`)
process.exit(0)
