/**
 * Benchmark (never a pass/fail): this deck against two baselines built with the same installed packages,
 * interleaved round by round (deck, starter, plain, deck, starter, plain, …), printing medians and ratios.
 *
 *   npm run bench [-- --rounds 3] [-- --quick] [-- --skip lighthouse,widgets,export] [-- --keep]
 *
 * Baselines: the official Slidev starter (create-slidev's template, theme set to default) and a plain 5-slide
 * theme-default deck (bench/bench-decks.ts). Measures, per deck and round:
 *   build     `slidev build` wall time (this deck: with a cold font cache, and again warm)
 *   js        total gzipped JS of the build (gzip -9)
 *   bytes     bytes downloaded (as sent: vite preview gzips JS, CSS and HTML) to show slide 1 and to walk every
 *             slide and click step, by kind (round 1 only:
 *             the builds are the same every round); for this deck, the CJK font bytes against the same font cut
 *             to exactly the characters the walk showed (bench/bench-font.ts)
 *   paint     largest (and first) contentful paint of slide 1 in Chromium, fresh context, loopback, no throttling
 *   export    `slidev export` seconds per PDF page
 * and for this deck only:
 *   widgets   input-handling p95 per widget under 4× CPU throttling (bench/bench-widgets.ts on the build)
 *   rebuild   `npm run build` (scripts/build.ts: PDF, link preview, offline copy) with unchanged slides, so the
 *             exported PDF and the font cuts come from their caches (filled by an untimed build in round 1), side
 *             by side with the starter's `slidev build`; and the offline copy's precache as sent (gzip for text)
 *             against what walking every slide downloads
 *   phone     the hosted build's reading view (/read) at 390×844: bytes by kind to the first screen and to read the whole talk
 *             (round 1), and its CJK font bytes against the font cut to exactly the characters it showed
 *   lighthouse  Lighthouse performance, accessibility and best-practices scores of the hosted build (as
 *             scripts/build.ts makes it): desktop preset on slide 1, and mobile preset (simulated slow 4G, 4× CPU)
 *             on the reading view
 * --quick: one round, 100 pointer moves per widget. Results also go to bench/results.json.
 */
import type { PhoneRead, Walk } from './bench-browser'
import type { Deck } from './bench-decks'
import type { FontReference } from './bench-font'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { findChromiumOrExit, QUIET_CHROMIUM_ARGS } from '../scripts/browser'
import { TSX } from '../scripts/run'
import { precacheWireBytes } from '../scripts/service-worker'
import { paintTimes, readOnPhone, serve, walkDeck } from './bench-browser'
import { buildDeck, distSizes, exportDeck, prepareDecks, ROOT, timed } from './bench-decks'
import { fontReferences, readingFontReference } from './bench-font'
import { benchTarget, slideOf, TARGETS } from './bench-widgets'

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string' },
    quick: { type: 'boolean', default: false },
    skip: { type: 'string', default: '' },
    keep: { type: 'boolean', default: false },
  },
})
const rounds = Number(args.rounds ?? (args.quick ? 1 : 3))
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error('--rounds must be a whole number ≥ 1')
  process.exit(2)
}
const skip = new Set(args.skip.split(',').map(s => s.trim()).filter(Boolean))
const MEASURES = ['build', 'rebuild', 'bytes', 'phone', 'paint', 'export', 'widgets', 'lighthouse']
for (const s of skip) {
  if (!MEASURES.includes(s)) {
    console.error(`--skip ${s}: not one of ${MEASURES.join(', ')}`)
    process.exit(2)
  }
}
const moves = args.quick ? 100 : 200
const browserPath = findChromiumOrExit().path

const started = performance.now()
const tmp = mkdtempSync(join(tmpdir(), 'deck-bench-'))
const decks = prepareDecks(tmp)
const outDir = (deck: Deck) => join(tmp, `${deck.key}-dist`)
const logDir = join(tmp, 'logs')
mkdirSync(logDir)
const log = (...parts: unknown[]) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s]`, ...parts)

interface WidgetResult { p95: number, p95Layout: number, median: number }
interface LighthouseResult {
  'performance': number
  'accessibility': number
  'best-practices': number
  'lcp': number | undefined
  'tbt': number | undefined
  'cls': number | undefined
  'failed': string[]
}
/** What each round measures, one value per round; `widget:<name>` for each widget. */
interface Measures {
  [measure: `widget:${string}`]: WidgetResult[] | undefined
  build?: number[]
  buildWarm?: number[]
  rebuild?: number[]
  jsGzip?: number[]
  dist?: number[]
  lcp?: number[]
  fcp?: number[]
  exportPerPage?: number[]
  exportPages?: number[]
  lighthouse?: LighthouseResult[]
  lighthousePhone?: LighthouseResult[]
}
type Numeric = Exclude<keyof Measures, `widget:${string}` | 'lighthouse' | 'lighthousePhone'>

/** results[deckKey][measure] = array, one value per round */
const results: Record<string, Measures> = Object.fromEntries(decks.map(d => [d.key, {}]))
function record<K extends keyof Measures>(deck: Deck, measure: K, value: NonNullable<Measures[K]>[number]) {
  ((results[deck.key]![measure] ??= []) as unknown[]).push(value)
}
/** Measured in round 1 only (the builds are the same every round). */
const once: Record<string, { walk: Walk, font?: { walk: FontReference, canShow: FontReference } }> = {}
/** This deck's reading view on a phone, measured in round 1, and the font cut to what it showed. */
let phone: { read: PhoneRead, font?: FontReference, readingFont?: { bytes: number, characters: number } } | undefined
/** The offline copy's precache of this deck's hosted build, measured once. */
let precache: ReturnType<typeof precacheWireBytes> | undefined

/** This deck as it is hosted (scripts/build.ts: offline copy, link preview, reading view's PDF link). */
const hosted = join(tmp, 'deck-hosted')
/** The hosted build, made without its PDF where the rebuild measure did not make it. */
async function ensureHosted() {
  if (!existsSync(join(hosted, 'index.html')))
    await timed(TSX, [join(ROOT, 'scripts/build.ts'), '--out', hosted, '--no-pdf'], { cwd: ROOT, log: join(logDir, 'hosted.log') })
  return hosted
}

const browser = await chromium.launch({ executablePath: browserPath, args: QUIET_CHROMIUM_ARGS })
let port = 4300 + Math.floor(Math.random() * 500)
try {
  for (let round = 1; round <= rounds; round++) {
    log(`round ${round} of ${rounds}`)
    for (const deck of decks) {
      // Build (always: the other measures need the build). This deck: cold font cache, then warm.
      if (deck.key === 'deck') {
        const cache = join(tmp, `font-cache-${round}`)
        const cold = await buildDeck(deck, outDir(deck), { DECK_FONT_CACHE: cache }, join(logDir, `build-${deck.key}-${round}.log`))
        record(deck, 'build', cold)
        if (!skip.has('build')) {
          const warm = await buildDeck(deck, outDir(deck), { DECK_FONT_CACHE: cache })
          record(deck, 'buildWarm', warm)
          log(`${deck.name}: build ${cold.toFixed(1)} s (cold font cache), ${warm.toFixed(1)} s (warm)`)
        }
        if (!skip.has('rebuild')) {
          const build = (logFile: string) => timed(TSX, [join(ROOT, 'scripts/build.ts'), '--out', hosted], { cwd: ROOT, log: logFile })
          if (round === 1)
            await build(join(logDir, 'rebuild-warmup.log'))
          const { seconds } = await build(join(logDir, `rebuild-${round}.log`))
          record(deck, 'rebuild', seconds)
          precache ??= precacheWireBytes(hosted)
          log(`${deck.name}: npm run build with unchanged slides ${seconds.toFixed(1)} s`)
        }
      }
      else {
        const seconds = await buildDeck(deck, outDir(deck), {}, join(logDir, `build-${deck.key}-${round}.log`))
        record(deck, 'build', seconds)
        log(`${deck.name}: build ${seconds.toFixed(1)} s`)
      }
      const sizes = distSizes(outDir(deck))
      record(deck, 'jsGzip', sizes.jsGzip)
      record(deck, 'dist', sizes.total)

      const server = await serve(outDir(deck), port++)
      try {
        if (round === 1 && !skip.has('bytes')) {
          const walk = await walkDeck(browser, server.url)
          once[deck.key] = { walk }
          log(`${deck.name}: walked ${walk.slides} slides, ${walk.steps} steps; slide 1 ${kb(walk.slide1.total)}, all ${kb(walk.walk.total)}`)
        }
        if (!skip.has('paint')) {
          const paint = await paintTimes(browser, server.url)
          record(deck, 'lcp', paint.lcp)
          record(deck, 'fcp', paint.fcp)
        }
        if (deck.key === 'deck' && !skip.has('widgets')) {
          for (const target of TARGETS) {
            const slide = await slideOf(target)
            try {
              const r = await benchTarget(browser, { url: server.url, moves, throttle: 4 }, { ...target, slide })
              record(deck, `widget:${target.name}`, { p95: r.all.p95, p95Layout: r.allLayout.p95, median: r.all.median })
            }
            catch (error) {
              log(`widget ${target.name}: could not run: ${(error as Error).message.split('\n')[0]}`)
            }
          }
        }
      }
      finally {
        await server.stop()
      }
      if (deck.key === 'deck' && (!skip.has('lighthouse') || (round === 1 && !skip.has('phone')))) {
        const site = await serve(await ensureHosted(), port++)
        try {
          if (round === 1 && !skip.has('phone')) {
            phone = { read: await readOnPhone(browser, site.url) }
            log(`${deck.name}: reading view on a phone: first screen ${kb(phone.read.firstScreen.total)}, whole talk ${kb(phone.read.whole.total)}`)
          }
          if (!skip.has('lighthouse')) {
            record(deck, 'lighthouse', await lighthouse(`${site.url}/1`, join(tmp, `lighthouse-${round}.json`), 'desktop'))
            record(deck, 'lighthousePhone', await lighthouse(`${site.url}/read`, join(tmp, `lighthouse-phone-${round}.json`), 'mobile'))
          }
        }
        finally {
          await site.stop()
        }
      }
    }
    if (!skip.has('export')) {
      for (const deck of decks) {
        const { seconds, pages } = await exportDeck(deck, join(tmp, `${deck.key}.pdf`), browserPath, join(logDir, `export-${deck.key}-${round}.log`))
        record(deck, 'exportPerPage', seconds / pages)
        record(deck, 'exportPages', pages)
        log(`${deck.name}: export ${seconds.toFixed(1)} s for ${pages} pages`)
      }
    }
  }
  if (once.deck) {
    log('cutting the reference font to the characters the walk showed')
    once.deck.font = await fontReferences(once.deck.walk.chars)
  }
  if (phone) {
    log('cutting the reference font to the characters the reading view showed')
    phone.font = (await fontReferences(phone.read.chars)).walk
    phone.readingFont = await readingFontReference(phone.read.drawn)
  }
}
finally {
  await browser.close()
}

// ---- Report
function median(list: (number | undefined)[] | undefined): number {
  const values = (list ?? []).filter((v): v is number => Number.isFinite(v)).sort((a, b) => a - b)
  if (!values.length)
    return Number.NaN
  const mid = Math.floor(values.length / 2)
  return values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2
}
function kb(bytes: number): string {
  return Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(bytes < 10240 ? 1 : 0)} KB` : '—'
}
const num = (v: number, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : '—')
const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? `${(a / b).toFixed(2)}×` : '—')

const [deck, starter, plain] = decks as [Deck, Deck, Deck]
const m = (d: Deck, key: Numeric) => median(results[d.key]![key])
/** Median of the per-round ratios (each round measures the decks back to back, so load swings cancel out). */
function paired(a: Deck, key: Numeric, b: Deck, keyB: Numeric = key) {
  const xs = results[a.key]![key] ?? []
  const ys = results[b.key]![keyB] ?? []
  const ratios = xs.map((x, i) => x / ys[i]!).filter(Number.isFinite)
  return ratios.length ? `${median(ratios).toFixed(2)}×` : '—'
}
const rows: string[][] = []
function row(label: string, fn: (d: Deck) => number, format: (v: number) => string) {
  const [a, b, c] = decks.map(fn) as [number, number, number]
  rows.push([label, format(a), format(b), format(c), ratio(a, b), ratio(a, c)])
}
function timedRow(label: string, key: Numeric, format: (v: number) => string, keyDeck: Numeric = key) {
  rows.push([label, format(m(deck, keyDeck)), format(m(starter, key)), format(m(plain, key)), paired(deck, keyDeck, starter, key), paired(deck, keyDeck, plain, key)])
}
timedRow('build, s (this deck: cold font cache)', 'build', v => num(v))
if (results.deck!.buildWarm)
  timedRow('build, s (this deck: warm font cache)', 'build', v => num(v), 'buildWarm')
if (results.deck!.rebuild)
  timedRow('npm run build, unchanged slides, s (this deck: PDF and fonts cached)', 'build', v => num(v), 'rebuild')
row('JS in the build, gzip -9', d => m(d, 'jsGzip'), kb)
row('whole build (dist/)', d => m(d, 'dist'), kb)
if (once.deck) {
  for (const [label, part] of [['slide 1', 'slide1'], ['walk all slides and clicks', 'walk']] as const) {
    for (const kind of ['js', 'css', 'font', 'image', 'html', 'other', 'total'] as const)
      row(`${label}: ${kind} bytes (as sent, gzip)`, d => once[d.key]?.walk[part][kind] ?? Number.NaN, kb)
  }
  row('walk: slides / steps', d => once[d.key]?.walk.steps ?? Number.NaN, v => `${v}`)
}
timedRow('largest contentful paint, slide 1, ms', 'lcp', v => num(v, 0))
timedRow('first contentful paint, slide 1, ms', 'fcp', v => num(v, 0))
timedRow('export, s per PDF page', 'exportPerPage', v => num(v, 2))
row('export, pages', d => m(d, 'exportPages'), v => num(v, 0))

function table(header: string[], body: string[][]): string {
  const all = [header, ...body]
  const widths = header.map((_, i) => Math.max(...all.map(r => String(r[i]).length)))
  return all.map((r, k) => `| ${r.map((c, i) => String(c).padEnd(widths[i]!)).join(' | ')} |${k === 0 ? `\n|${widths.map(w => '-'.repeat(w + 2)).join('|')}|` : ''}`).join('\n')
}
console.log(`\n## Benchmark: ${rounds} round(s), medians; ${new Date().toISOString().slice(0, 16)}Z, ${process.platform} ${process.arch}, Node ${process.version}`)
console.log('Ratios of times: the median of the per-round ratios; of sizes: the ratio of the medians.\n')
console.log(table(['measure', deck.name, starter.name, plain.name, 'deck / starter', 'deck / plain'], rows))

const ours: string[][] = []
const font = once.deck?.font
if (font && once.deck) {
  const walkFont = once.deck.walk.walk.cjkFont
  const slide1Font = once.deck.walk.slide1.cjkFont
  ours.push(['CJK font downloaded, slide 1', kb(slide1Font), ''])
  ours.push(['CJK font downloaded, walking every slide and click', kb(walkFont), `${once.deck.walk.cjkFiles.length} files`])
  const { walk, canShow } = font
  ours.push(['  the same characters from the plain split (every slice holding one)', kb(walk.split), `${ratio(walkFont, walk.split)} of it`])
  ours.push([`  reference: the font cut to exactly the ${walk.characters} characters the walk showed, per slice`, kb(walk.perSlice), `ratio ${ratio(walkFont, walk.perSlice)}`])
  ours.push(['  reference: the same, as one file (estimated)', kb(walk.oneFile), `ratio ${ratio(walkFont, walk.oneFile)}`])
  ours.push([`  reference: cut to the ${canShow.characters} characters the slides and widgets can show, per slice`, kb(canShow.perSlice), `ratio ${ratio(walkFont, canShow.perSlice)}`])
  ours.push(['  reference: the same, as one file (estimated)', kb(canShow.oneFile), `ratio ${ratio(walkFont, canShow.oneFile)}`])
}
for (const target of TARGETS) {
  const samples = results.deck![`widget:${target.name}`]
  if (samples) {
    ours.push([`widget ${target.name}: input p95 at 4× CPU throttle, ms`, num(median(samples.map(s => s.p95)), 2), `+layout p95 ${num(median(samples.map(s => s.p95Layout)), 2)} ms, median ${num(median(samples.map(s => s.median)), 2)} ms`])
  }
}
if (precache) {
  const walked = once.deck?.walk.walk.total
  ours.push(['offline copy: precached files, as sent (gzip for text)', kb(precache.sent), `${precache.files} files, ${kb(precache.raw)} on disk${walked ? `; ${ratio(precache.sent, walked)} of walking every slide and click` : ''}`])
}
if (phone) {
  for (const [label, part] of [['first screen', 'firstScreen'], ['read the whole talk', 'whole']] as const) {
    const t = phone.read[part]
    ours.push([`phone, reading view, ${label}: bytes as sent (gzip)`, kb(t.total), (['js', 'css', 'font', 'image', 'html', 'other'] as const).map(k => `${k} ${kb(t[k])}`).join(', ')])
  }
  const read = phone.read.whole.cjkFont
  ours.push(['phone, reading view: CJK font downloaded to the end', kb(read), `${phone.read.cjkFiles.length} files`])
  if (phone.readingFont)
    ours.push([`  reference: its two faces cut to exactly the ${phone.readingFont.characters} characters each drew, one file a face`, kb(phone.readingFont.bytes), `ratio ${ratio(read, phone.readingFont.bytes)}`])
  if (phone.font) {
    ours.push([`  for scale: the slides' variable font cut to exactly the ${phone.font.characters} characters, per slice`, kb(phone.font.perSlice), `ratio ${ratio(read, phone.font.perSlice)}`])
    ours.push(['  for scale: the same, as one file (estimated)', kb(phone.font.oneFile), `ratio ${ratio(read, phone.font.oneFile)}`])
  }
}
for (const [key, label] of [['lighthouse', 'desktop, slide 1'], ['lighthousePhone', 'mobile, reading view']] as const) {
  const lh = results.deck![key]
  if (!lh)
    continue
  for (const cat of ['performance', 'accessibility', 'best-practices'] as const)
    ours.push([`Lighthouse ${cat} (${label})`, num(median(lh.map(r => r[cat])), 0), `rounds: ${lh.map(r => r[cat]).join(', ')}`])
  ours.push([`Lighthouse LCP / TBT / CLS (${label}, simulated)`, `${num(median(lh.map(r => r.lcp)), 0)} ms / ${num(median(lh.map(r => r.tbt)), 0)} ms / ${num(median(lh.map(r => r.cls)), 3)}`, ''])
}
if (ours.length) {
  console.log(`\n### ${deck.name} only\n`)
  console.log(table(['measure', 'value', 'note'], ours))
}
console.log(`\n${(performance.now() - started) / 1000 | 0} s in all. Logs: ${args.keep ? logDir : '(removed; --keep keeps them)'}`)

mkdirSync(join(ROOT, 'bench'), { recursive: true })
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify({ date: new Date().toISOString(), rounds, decks: decks.map(d => ({ key: d.key, name: d.name })), results, once: { ...once, deck: once.deck && { ...once.deck, walk: { ...once.deck.walk, chars: undefined } } } }, null, 1)}\n`)
if (!args.keep)
  rmSync(tmp, { recursive: true, force: true })

/**
 * Lighthouse 12 on the built deck, with the browser found by scripts/browser.ts: the desktop preset, or its default
 * mobile one (a phone on simulated slow 4G with a 4× slower CPU).
 */
async function lighthouse(url: string, output: string, form: 'desktop' | 'mobile'): Promise<LighthouseResult> {
  await timed(join(ROOT, 'node_modules/.bin/lighthouse'), [
    url,
    ...(form === 'desktop' ? ['--preset=desktop'] : ['--form-factor=mobile']),
    '--only-categories=performance,accessibility,best-practices',
    '--output=json',
    `--output-path=${output}`,
    '--quiet',
    `--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run`,
  ], { env: { ...process.env, CHROME_PATH: browserPath } })
  const report = JSON.parse(readFileSync(output, 'utf8')) as LighthouseReport
  const score = (id: string) => Math.round((report.categories[id]?.score ?? Number.NaN) * 100)
  return {
    'performance': score('performance'),
    'accessibility': score('accessibility'),
    'best-practices': score('best-practices'),
    'lcp': report.audits['largest-contentful-paint']?.numericValue,
    'tbt': report.audits['total-blocking-time']?.numericValue,
    'cls': report.audits['cumulative-layout-shift']?.numericValue,
    'failed': Object.values(report.categories).flatMap(c => c.auditRefs.filter((r) => {
      const score = report.audits[r.id]?.score
      return r.weight > 0 && score != null && score < 1
    }).map(r => `${r.id}:${report.audits[r.id]?.score}`)),
  }
}

/** The parts of Lighthouse's JSON report read here. */
interface LighthouseReport {
  categories: Record<string, { score: number | null, auditRefs: { id: string, weight: number }[] }>
  audits: Record<string, { score: number | null, numericValue?: number }>
}
