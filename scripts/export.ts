import type { FoundBrowser } from './browser'
// Exports the talk's four PDFs into exports/ with whichever Chromium is present (scripts/browser.ts); what each
// holds and how it is made: docs/pdf.md.
// Usage: npm run export [-- --only pdf,clicks,notes,handout]   (the handout is made from talk.pdf: it exports it first)
import { mkdirSync, statSync } from 'node:fs'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { PDF_CLICKS_FILE, PDF_FILE, PDF_HANDOUT_FILE, PDF_NOTES_FILE } from '../lib/deck-files'
import { browsersPathFor, findChromiumOrExit } from './browser'
import { loadDeck } from './deck-source'
import { exportHandout } from './handout/export'
import { finishPdf, printProblem } from './pdf-meta'
import { run, SLIDEV } from './run'

export const EXPORT_DIR = 'exports'
export const KINDS = { pdf: PDF_FILE, clicks: PDF_CLICKS_FILE, notes: PDF_NOTES_FILE, handout: PDF_HANDOUT_FILE }
export type ExportKind = keyof typeof KINDS

/** Runs a Slidev export to `output`, once more if it fails or prints without the deck's fonts (printProblem). */
async function slidev(args: string[], output: string, browser: FoundBrowser): Promise<void> {
  // export-notes has no --executable-path: it finds a browser only through PLAYWRIGHT_BROWSERS_PATH.
  const env = { ...process.env, PLAYWRIGHT_BROWSERS_PATH: browsersPathFor(browser.path) }
  for (let attempt = 1; ; attempt++) {
    const problem = await run(SLIDEV, args, { env }).then(async () => printProblem(output), (error: Error) => error.message)
    if (!problem)
      return
    if (attempt === 2)
      throw new Error(problem)
    // A busy machine sometimes times out or prints before the web fonts load: one more try; a second failure stands.
    console.warn(`\n${problem}\nTrying once more.\n`)
  }
}

/** Exports one kind of PDF into exports/ with the given browser; resolves with the file's path. */
export async function exportPdf(kind: ExportKind, browser: FoundBrowser): Promise<string> {
  const output = `${EXPORT_DIR}/${KINDS[kind]}`
  mkdirSync(EXPORT_DIR, { recursive: true })
  const started = performance.now()
  const deck = await loadDeck()
  const slidesArgs = ['export', 'slides.md', '--output', output, '--timeout', '60000', '--executable-path', browser.path]
  if (kind === 'pdf') {
    await slidev(slidesArgs, output, browser)
    await finishPdf(output, deck, { pages: () => 1 })
  }
  else if (kind === 'clicks') {
    await slidev([...slidesArgs, '--with-clicks'], output, browser)
    await finishPdf(output, deck, { pages: slide => slide.clicks + 1 })
  }
  else if (kind === 'notes') {
    await slidev(['export-notes', 'slides.md', '--output', output, '--timeout', '60000', '--wait', '2000'], output, browser)
    await finishPdf(output, deck, { edition: '讲稿' }) // one flow of text, not a page per slide: no bookmarks
  }
  else {
    await exportHandout(deck, `${EXPORT_DIR}/${PDF_FILE}`, output, browser.path)
  }
  console.log(`→ ${output}: ${(statSync(output).size / 1024).toFixed(0)} KB in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return output
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { only: { type: 'string', default: Object.keys(KINDS).join(',') } } })
  const kinds = values.only.split(',').map(k => k.trim())
  const unknown = kinds.filter(k => !(k in KINDS))
  if (unknown.length) {
    console.error(`Unknown export kind: ${unknown.join(', ')}. Use any of: ${Object.keys(KINDS).join(', ')}`)
    process.exit(2)
  }
  const browser = findChromiumOrExit()
  console.log(`Exporting with ${browser.path} (${browser.source})`)
  // The handout draws talk.pdf's pages: export that first, from this deck.
  for (const kind of Object.keys(KINDS) as ExportKind[]) {
    if (kinds.includes(kind) || (kind === 'pdf' && kinds.includes('handout')))
      await exportPdf(kind, browser)
  }
}
