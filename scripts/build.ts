// Builds the static deck for hosting, with the PDF and the handout beside it for the download buttons.
// Usage: npm run build [-- --base /talk/] [-- --out dist] [-- --pdf exports/talk.pdf | --no-pdf] [-- --router-mode hash]
//   --base (or DECK_BASE): the sub-path the deck is served under, starting and ending with "/". Default "/".
//   --pdf: ship an exported PDF (and the handout next to it) instead of exporting; --no-pdf (or DECK_PDF=off): none.
//          Without either, the PDFs are exported only when something they print changed (scripts/pdf-cache.ts).
//   --router-mode hash (or DECK_ROUTER_MODE): for hosts that cannot send every route to index.html (/#/7, not /7).
// DECK_URL, the deck's public address, goes into the QR code and the link preview (og:url, og:image).
// After `slidev build`, in the build's Chromium: the CJK font cut to what the deck draws (scripts/fonts.ts) and
// og-image.png (with DECK_URL); then manifest.webmanifest, Netlify's _redirects and _headers, and sw.js.
import type { Browser } from 'playwright-core'
import type { FoundBrowser } from './browser'
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { PDF_FILE, PDF_HANDOUT_FILE } from '../lib/deck-files'
import { MANIFEST_FILE, normalizeDeckUrl } from '../vite/head'
import { findChromium, HOW_TO_GET_A_BROWSER, QUIET_CHROMIUM_ARGS } from './browser'
import { addDeckFont } from './fonts'
import { netlifyHeaders, netlifyRedirects, renderOgImage, webManifest } from './hosting'
import { writeServiceWorker } from './offline'
import { cachedExportPdf } from './pdf-cache'
import { startPreview } from './preview'
import { run, SLIDEV } from './run'

const { values } = parseArgs({
  options: {
    'base': { type: 'string', default: process.env.DECK_BASE ?? '/' },
    'out': { type: 'string', default: 'dist' },
    'pdf': { type: 'string' },
    'no-pdf': { type: 'boolean', default: process.env.DECK_PDF === 'off' },
    'router-mode': { type: 'string', default: process.env.DECK_ROUTER_MODE || 'history' },
  },
})
const { base, out } = values
const hashRoutes = values['router-mode'] === 'hash'
const fail = (message: string) => {
  console.error(message)
  process.exit(2)
}
if (!base.startsWith('/') || !base.endsWith('/'))
  fail(`The base path must start and end with "/" (got "${base}"), e.g. --base /talk/`)
if (!hashRoutes && values['router-mode'] !== 'history')
  fail(`--router-mode must be history or hash (got "${values['router-mode']}")`)
if (values.pdf && !existsSync(values.pdf))
  fail(`--pdf ${values.pdf}: no such file. Run "npm run export" first, or leave --pdf out to export now.`)
const deckUrl = normalizeDeckUrl(process.env.DECK_URL)

const started = performance.now()
let found: FoundBrowser | undefined
try {
  found = findChromium()
}
catch {}
let pdf = values.pdf
if (!pdf && !values['no-pdf']) {
  if (!found)
    fail(`The PDF needs a Chromium (or build with --no-pdf).\n${HOW_TO_GET_A_BROWSER}`)
  pdf = (await cachedExportPdf('pdf', found!)).path
  await cachedExportPdf('handout', found!)
}
if (deckUrl && !found)
  fail(`The link preview's picture (DECK_URL is set) needs a Chromium.\n${HOW_TO_GET_A_BROWSER}`)

await run(SLIDEV, ['build', 'slides.md', '--base', base, '--out', out, ...(hashRoutes ? ['--router-mode', 'hash'] : [])], {
  env: { ...process.env, DECK_SERVICE_WORKER: '1' }, // the deck registers the sw.js written below
})
const indexHtml = readFileSync(join(out, 'index.html'), 'utf8')
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(indexHtml))
  fail(`${out}/index.html has an inline <script>: the hosts' Content-Security-Policy (scripts/hosting.ts) forbids it.`)
for (const file of pdf ? [pdf, join(dirname(pdf), PDF_HANDOUT_FILE)] : []) {
  if (existsSync(file))
    copyFileSync(file, join(out, file === pdf ? PDF_FILE : PDF_HANDOUT_FILE))
  else
    console.warn(`No ${file}: its download link will 404 (npm run export makes it).`)
}

// The font and the link-preview picture, read from the build as served.
const server = await startPreview({ dir: out, base })
let browser: Browser | undefined
try {
  browser = found && await chromium.launch({ executablePath: found.path, args: QUIET_CHROMIUM_ARGS })
  if (!browser)
    console.warn(`No Chromium: the font gets every character of the deck in both weights, none on the first screen.\n${HOW_TO_GET_A_BROWSER}`)
  const font = await addDeckFont({ dir: out, base, url: server.url, hashRoutes, browser })
  console.log(`Font ${font.walked ? '(from what the build draws)' : '(no walk)'}: ${font.files.map(f => `${f.name} ${f.characters} characters ${(f.bytes / 1024).toFixed(0)} KB`).join(', ')}`)
  if (deckUrl && browser)
    await renderOgImage(browser, `${server.url}${hashRoutes ? '#/' : ''}1`, out)
  else
    console.warn('Link preview: DECK_URL is not set, so index.html has no og:url, og:image or large card (they need the deck\'s absolute address).')
}
finally {
  await browser?.close()
  await server.close()
}

const meta = (name: string) => indexHtml.match(new RegExp(`<meta (?:name|property)="${name}" content="([^"]*)">`))?.[1] ?? ''
writeFileSync(join(out, MANIFEST_FILE), webManifest({ title: meta('og:title'), description: meta('description'), base }))
// Slidev's _redirects would answer a missing asset with index.html and a 200.
writeFileSync(join(out, '_redirects'), netlifyRedirects(base))
writeFileSync(join(out, '_headers'), netlifyHeaders(base))
const offline = writeServiceWorker(out, base) // last: it precaches the final files
console.log(`Offline copy: sw.js precaches ${offline.files.length} files, ${(offline.bytes / 1024).toFixed(0)} KB`)
console.log(`Built ${out}/ for base ${base} (${hashRoutes ? 'hash' : 'history'} routes) in ${((performance.now() - started) / 1000).toFixed(1)} s`)
