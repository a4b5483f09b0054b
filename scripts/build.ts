// Builds the static deck for hosting, with the PDF and the handout beside it for the download buttons.
// Usage: npm run build [-- --base /talk/] [-- --out dist] [-- --pdf exports/talk.pdf | --no-pdf] [-- --router-mode hash]
// The options, their environment variables (DECK_BASE, DECK_PDF, DECK_ROUTER_MODE, DECK_URL) and what the build
// adds to Slidev's output: docs/hosting.md.
import type { FoundBrowser } from './browser'
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { PDF_FILE, PDF_HANDOUT_FILE } from '../lib/deck-files'
import { MANIFEST_FILE, OG_IMAGE_FILE, readMeta } from '../vite/hosting'
import { findChromium, findChromiumOrExit, HOW_TO_GET_A_BROWSER } from './browser'
import { addDeckFont } from './fonts'
import { netlifyHeaders, netlifyRedirects, renderOgImage, webManifest } from './hosting'
import { cachedExportPdf } from './pdf-cache'
import { run, SLIDEV } from './run'
import { writeServiceWorker } from './service-worker'

const { values } = parseArgs({
  options: {
    'base': { type: 'string', default: process.env.DECK_BASE ?? '/' },
    'out': { type: 'string', default: 'dist' },
    'pdf': { type: 'string' },
    'no-pdf': { type: 'boolean', default: process.env.DECK_PDF === 'off' },
    'router-mode': { type: 'string', default: process.env.DECK_ROUTER_MODE || 'history' },
  },
})

const base = values.base
if (!base.startsWith('/') || !base.endsWith('/')) {
  console.error(`The base path must start and end with "/" (got "${base}"), e.g. --base /talk/`)
  process.exit(2)
}
const routerMode = values['router-mode']
if (routerMode !== 'history' && routerMode !== 'hash') {
  console.error(`--router-mode must be history or hash (got "${routerMode}")`)
  process.exit(2)
}
const deckUrl = (process.env.DECK_URL ?? '').trim()
if (deckUrl && !/^https?:\/\/[^/]+/.test(deckUrl)) {
  console.error(`DECK_URL must be the deck's absolute address, such as https://example.org/talk/ (got "${deckUrl}")`)
  process.exit(2)
}

const started = performance.now()
let browser: FoundBrowser | undefined
let pdf = values.pdf
if (pdf && !existsSync(pdf)) {
  console.error(`--pdf ${pdf}: no such file. Run "npm run export" first, or leave --pdf out to export now.`)
  process.exit(2)
}
if (!pdf && !values['no-pdf']) {
  browser = findChromiumOrExit()
  pdf = (await cachedExportPdf('pdf', browser)).path
  await cachedExportPdf('handout', browser)
}

const out = values.out
await run(SLIDEV, ['build', 'slides.md', '--base', base, '--out', out, '--router-mode', routerMode], {
  env: { ...process.env, DECK_SERVICE_WORKER: '1' }, // the deck registers the sw.js written below
})
if (pdf) {
  copyFileSync(pdf, `${out}/${PDF_FILE}`)
  const handout = join(dirname(pdf), PDF_HANDOUT_FILE)
  if (existsSync(handout))
    copyFileSync(handout, `${out}/${PDF_HANDOUT_FILE}`)
  else
    console.warn(`No ${handout}: the handout links will 404 (npm run export -- --only handout makes it).`)
}
else {
  console.warn(`No PDF in ${out}/: the download button will not find ${PDF_FILE}.`)
}

// The CJK font, cut to the characters the built deck draws, per weight (scripts/fonts.ts).
if (!browser) {
  try {
    browser = findChromium()
  }
  catch {
    console.warn(`No Chromium: the font gets every character of the deck in both weights, none preloaded.\n${HOW_TO_GET_A_BROWSER}`)
  }
}
const font = await addDeckFont({ dir: out, base, hashRoutes: routerMode === 'hash', browserPath: browser?.path })
console.log(`Font: ${font.files.map(f => `${f.name} (${f.characters} characters, ${(f.bytes / 1024).toFixed(0)} KB)`).join(', ')}`)

// Link preview: the picture of the cover is only useful with an absolute address to point to it.
if (deckUrl) {
  browser ??= findChromiumOrExit()
  await renderOgImage({ dir: out, base, routerMode, browserPath: browser.path })
  console.log(`Link preview: ${out}/${OG_IMAGE_FILE} (1200×630) at ${new URL(OG_IMAGE_FILE, deckUrl.endsWith('/') ? deckUrl : `${deckUrl}/`).href}`)
}
else {
  console.warn('Link preview: DECK_URL is not set, so index.html has no og:url, og:image or twitter:card and no '
    + `${OG_IMAGE_FILE} is rendered (they need the deck's absolute address). Shared, the link shows only its title `
    + 'and description. Set DECK_URL=https://…/ when building to add them.')
}

// The web app manifest that index.html links to (vite/hosting.ts), from the head's own title.
const indexHtml = readFileSync(`${out}/index.html`, 'utf8')
const [title, description] = [readMeta(indexHtml, 'og:title'), readMeta(indexHtml, 'description')]
writeFileSync(`${out}/${MANIFEST_FILE}`, webManifest({ title, description, base }))

// Hosts: Netlify's rules (Slidev's _redirects would send missing assets to index.html with a 200).
writeFileSync(`${out}/_redirects`, netlifyRedirects(base))
writeFileSync(`${out}/_headers`, netlifyHeaders(base, indexHtml))

// Offline: written last, so that it precaches the final files.
const offline = writeServiceWorker(out, base)
console.log(`Offline copy: sw.js precaches ${offline.files.length} files, ${(offline.bytes / 1024).toFixed(0)} KB`)

console.log(`Built ${out}/ for base ${base} (${routerMode} routes) in ${((performance.now() - started) / 1000).toFixed(1)} s`)
