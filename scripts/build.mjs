// Builds the static deck for hosting, with the PDF beside it for the download button.
// Usage: npm run build [-- --base /talk/] [-- --out dist] [-- --pdf exports/talk.pdf | --no-pdf]
//   --base (or DECK_BASE) the sub-path the deck is served under; must start and end with "/". Default "/".
//   --pdf   reuse an exported PDF instead of exporting a fresh one; --no-pdf ships none (the button then 404s).
//   Without either, the PDF is exported only when something it prints changed (scripts/pdf-cache.mjs).
import { copyFileSync, existsSync } from 'node:fs'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { findChromiumOrExit } from './browser.mjs'
import { PDF_FILE } from './deck-files.mjs'
import { cachedExportPdf } from './pdf-cache.mjs'
import { run, SLIDEV } from './run.mjs'

const { values } = parseArgs({
  options: {
    'base': { type: 'string', default: process.env.DECK_BASE ?? '/' },
    'out': { type: 'string', default: 'dist' },
    'pdf': { type: 'string' },
    'no-pdf': { type: 'boolean', default: false },
  },
})

const base = values.base
if (!base.startsWith('/') || !base.endsWith('/')) {
  console.error(`The base path must start and end with "/" (got "${base}"), e.g. --base /talk/`)
  process.exit(2)
}

const started = performance.now()
let pdf = values.pdf
if (pdf && !existsSync(pdf)) {
  console.error(`--pdf ${pdf}: no such file. Run "npm run export" first, or leave --pdf out to export now.`)
  process.exit(2)
}
if (!pdf && !values['no-pdf'])
  pdf = (await cachedExportPdf('pdf', findChromiumOrExit())).path

await run(SLIDEV, ['build', 'slides.md', '--base', base, '--out', values.out])
if (pdf)
  copyFileSync(pdf, `${values.out}/${PDF_FILE}`)
else
  console.warn(`No PDF in ${values.out}/: the download button will not find ${PDF_FILE}.`)

console.log(`Built ${values.out}/ for base ${base} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
