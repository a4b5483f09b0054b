import type { FoundBrowser } from './browser'
// Exports the talk to PDF with whichever Chromium is present (see scripts/browser.ts), in light mode:
//   exports/talk.pdf         one page per slide, each widget at its last step
//   exports/talk-clicks.pdf  one page per click step (--with-clicks)
//   exports/talk-notes.pdf   the speaker notes
// Usage: npm run export [-- --only pdf,clicks,notes]
import { mkdirSync, statSync } from 'node:fs'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { PDF_CLICKS_FILE, PDF_FILE, PDF_NOTES_FILE } from '../lib/deck-files'
import { browsersPathFor, findChromiumOrExit } from './browser'
import { run, SLIDEV } from './run'

export const EXPORT_DIR = 'exports'

export type ExportKind = 'pdf' | 'clicks' | 'notes'

const KINDS: Record<ExportKind, { file: string, args?: string[], notes?: boolean }> = {
  pdf: { file: PDF_FILE, args: [] },
  clicks: { file: PDF_CLICKS_FILE, args: ['--with-clicks'] },
  notes: { file: PDF_NOTES_FILE, notes: true },
}

function isKind(kind: string): kind is ExportKind {
  return kind in KINDS
}

/** Exports one kind of PDF into exports/ with the given browser; resolves with the file's path. */
export async function exportPdf(kind: ExportKind, browser: FoundBrowser): Promise<string> {
  const { file, args = [], notes } = KINDS[kind]
  const output = `${EXPORT_DIR}/${file}`
  mkdirSync(EXPORT_DIR, { recursive: true })
  const started = performance.now()
  if (notes) {
    await run(SLIDEV, ['export-notes', 'slides.md', '--output', output], {
      env: { ...process.env, PLAYWRIGHT_BROWSERS_PATH: browsersPathFor(browser.path) },
    })
  }
  else {
    await run(SLIDEV, ['export', 'slides.md', '--output', output, '--executable-path', browser.path, '--timeout', '60000', ...args])
  }
  const seconds = (performance.now() - started) / 1000
  console.log(`→ ${output}: ${(statSync(output).size / 1024).toFixed(0)} KB in ${seconds.toFixed(1)} s`)
  return output
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { only: { type: 'string', default: 'pdf,clicks,notes' } } })
  const kinds = values.only.split(',').map(k => k.trim()).filter(Boolean)
  const unknown = kinds.filter(k => !isKind(k))
  if (unknown.length) {
    console.error(`Unknown export kind: ${unknown.join(', ')}. Use any of: ${Object.keys(KINDS).join(', ')}`)
    process.exit(2)
  }
  const browser = findChromiumOrExit()
  console.log(`Exporting with ${browser.path} (${browser.source})`)
  for (const kind of kinds.filter(isKind))
    await exportPdf(kind, browser)
}
