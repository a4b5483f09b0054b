import type { FoundBrowser } from './browser'
// Exports the talk to PDF with whichever Chromium is present (see scripts/browser.ts), in light mode:
//   exports/talk.pdf          one page per slide, each widget at its printed state
//   exports/talk-clicks.pdf   one page per click step (--with-clicks)
//   exports/talk-notes.pdf    the speaker notes
//   exports/talk-handout.pdf  the handout: A4, each slide of talk.pdf with its script below (scripts/handout/)
// Each gets the talk's properties (title, author, subject, keywords, zh-CN, a Creator naming the deck) and all but
// the notes an outline of the parts and their slides (scripts/pdf-meta.ts).
// Usage: npm run export [-- --only pdf,clicks,notes,handout]
// The handout is made from exports/talk.pdf: `--only handout` exports talk.pdf first.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { PDFDocument } from 'pdf-lib'
import { PDF_CLICKS_FILE, PDF_FILE, PDF_HANDOUT_FILE, PDF_NOTES_FILE } from '../lib/deck-files'
import { browsersPathFor, findChromiumOrExit } from './browser'
import { loadDeck } from './deck-source'
import { exportHandout } from './handout/export'
import { finishPdf, pdfProperties, setProperties } from './pdf-meta'
import { run, SLIDEV } from './run'

export const EXPORT_DIR = 'exports'

export type ExportKind = 'pdf' | 'clicks' | 'notes' | 'handout'

const KINDS: Record<ExportKind, { file: string, args?: string[], notes?: boolean, handout?: boolean }> = {
  // --with-toc: Slidev's flat outline tells pdf-meta where each slide's pages start; it is then replaced.
  pdf: { file: PDF_FILE, args: ['--with-toc'] },
  clicks: { file: PDF_CLICKS_FILE, args: ['--with-clicks', '--with-toc'] },
  notes: { file: PDF_NOTES_FILE, notes: true },
  handout: { file: PDF_HANDOUT_FILE, handout: true },
}

function isKind(kind: string): kind is ExportKind {
  return kind in KINDS
}

/** Exports one kind of PDF into exports/ with the given browser; resolves with the file's path. */
export async function exportPdf(kind: ExportKind, browser: FoundBrowser): Promise<string> {
  const { file, args = [], notes, handout } = KINDS[kind]
  const output = `${EXPORT_DIR}/${file}`
  mkdirSync(EXPORT_DIR, { recursive: true })
  const started = performance.now()
  const deck = await loadDeck()
  if (handout) {
    await exportHandout({ deck, slidesPdf: `${EXPORT_DIR}/${PDF_FILE}`, output, browserPath: browser.path })
  }
  else if (notes) {
    await run(SLIDEV, ['export-notes', 'slides.md', '--output', output], {
      env: { ...process.env, PLAYWRIGHT_BROWSERS_PATH: browsersPathFor(browser.path) },
    })
    // The notes PDF is one flow of text, not a page per slide: properties only, no outline.
    const doc = await PDFDocument.load(readFileSync(output), { updateMetadata: false })
    setProperties(doc, pdfProperties(deck.headmatter, '讲稿'))
    writeFileSync(output, await doc.save())
  }
  else {
    const exportArgs = ['export', 'slides.md', '--output', output, '--executable-path', browser.path, '--timeout', '60000', ...args]
    try {
      await run(SLIDEV, exportArgs)
    }
    catch (error) {
      // Slidev's --with-toc reads the print page's slide containers again after printing (addTocToPdf in
      // 3 exports of about 20 this week, never on a quiet machine). One more try; a second failure stands.
      console.warn(`\n${(error as Error).message}\nTrying the export once more.\n`)
      await run(SLIDEV, exportArgs)
    }
    await finishPdf(output, { deck })
  }
  const seconds = (performance.now() - started) / 1000
  console.log(`→ ${output}: ${(statSync(output).size / 1024).toFixed(0)} KB in ${seconds.toFixed(1)} s`)
  return output
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { only: { type: 'string', default: 'pdf,clicks,notes,handout' } } })
  const kinds = values.only.split(',').map(k => k.trim()).filter(Boolean)
  const unknown = kinds.filter(k => !isKind(k))
  if (unknown.length) {
    console.error(`Unknown export kind: ${unknown.join(', ')}. Use any of: ${Object.keys(KINDS).join(', ')}`)
    process.exit(2)
  }
  const browser = findChromiumOrExit()
  console.log(`Exporting with ${browser.path} (${browser.source})`)
  const chosen = kinds.filter(isKind)
  // The handout draws talk.pdf's pages: make sure they are this deck's, and exported before it.
  if (chosen.includes('handout') && !chosen.includes('pdf'))
    chosen.unshift('pdf')
  chosen.sort((a, b) => Number(a === 'handout') - Number(b === 'handout'))
  for (const kind of chosen)
    await exportPdf(kind, browser)
}
