// Builds the static deck for hosting, with the PDF and the handout beside it for the download buttons.
// Usage: npm run build [-- --base /talk/] [-- --out dist] [-- --pdf exports/talk.pdf | --no-pdf]
//   --base (or DECK_BASE) the sub-path the deck is served under; must start and end with "/". Default "/".
//   --pdf   reuse an exported PDF (and the handout next to it) instead of exporting fresh ones; --no-pdf ships none.
import { copyFileSync, existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { PDF_FILE, PDF_HANDOUT_FILE } from '../lib/deck-files'
import { findChromiumOrExit } from './browser'
import { exportPdf } from './export'
import { run, SLIDEV } from './run'

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
if (!pdf && !values['no-pdf']) {
  const browser = findChromiumOrExit()
  pdf = await exportPdf('pdf', browser)
  await exportPdf('handout', browser)
}

await run(SLIDEV, ['build', 'slides.md', '--base', base, '--out', values.out])
if (pdf) {
  copyFileSync(pdf, `${values.out}/${PDF_FILE}`)
  const handout = join(dirname(pdf), PDF_HANDOUT_FILE)
  if (existsSync(handout))
    copyFileSync(handout, `${values.out}/${PDF_HANDOUT_FILE}`)
  else
    console.warn(`No ${handout}: the handout links will 404 (npm run export -- --only handout makes it).`)
}
else {
  console.warn(`No PDF in ${values.out}/: the download button will not find ${PDF_FILE}.`)
}

console.log(`Built ${values.out}/ for base ${base} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
