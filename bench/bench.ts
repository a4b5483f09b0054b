/**
 * `npm run bench [-- --rounds 3] [-- --vs ../base] [-- --skip export,lighthouse,widgets,phone]`: this deck side by side
 * with the Slidev starter, a plain 5-slide deck (bench/plain/) and, with --vs, another checkout of this project (its
 * own node_modules), rounds interleaved; prints medians and ratios, writes bench/results.json (git-ignored). It never
 * passes or fails. What each row measures, and the latest figures: docs/performance.md.
 */
import type { Browser } from 'playwright-core'
import type { Bytes, Handle } from './measure'
import { execFile } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs, promisify } from 'node:util'
import { gzipSync } from 'node:zlib'
import { PDFDocument } from 'pdf-lib'
import { chromium } from 'playwright-core'
import subsetFont from 'subset-font'
import { findChromiumOrExit, QUIET_CHROMIUM_ARGS } from '../scripts/browser'
import { startPreview } from '../scripts/preview'
import { FONT_FILES, FONT_WEIGHTS } from '../vite/deck-font'
import { handleLatency, readOnPhone, slide1Lcp, walkDeck } from './measure'

const { values: args } = parseArgs({ options: { rounds: { type: 'string', default: '3' }, vs: { type: 'string' }, skip: { type: 'string', default: '' } } })
const rounds = Number(args.rounds)
const skip = new Set(args.skip.split(',').filter(Boolean))
const ROOT = resolve(import.meta.dirname, '..')
const require = createRequire(import.meta.url)
const browserPath = findChromiumOrExit().path
const tmp = mkdtempSync(join(tmpdir(), 'deck-bench-'))

interface Deck { key: string, name: string, root: string, project: boolean }

/** The starter (its template, theme default) and the plain deck (bench/plain/), copied to `tmp`, with our packages. */
function baselines(): Deck[] {
  const starter = join(tmp, 'starter')
  cpSync(join(dirname(require.resolve('create-slidev/package.json')), 'template'), starter, { recursive: true })
  writeFileSync(join(starter, 'slides.md'), readFileSync(join(starter, 'slides.md'), 'utf8').replace(/^theme: seriph$/m, 'theme: default'))
  const plain = join(tmp, 'plain')
  cpSync(join(ROOT, 'bench/plain'), plain, { recursive: true })
  for (const dir of [starter, plain])
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
  const { version } = require('create-slidev/package.json') as { version: string }
  return [{ key: 'starter', name: `starter (create-slidev ${version})`, root: starter, project: false }, { key: 'plain', name: 'plain 5 slides', root: plain, project: false }]
}

const vs = args.vs ? resolve(args.vs) : null
if (vs && !existsSync(join(vs, 'node_modules/.bin/slidev'))) {
  console.error(`--vs ${args.vs}: no node_modules/.bin/slidev there; run npm ci in that checkout first.`)
  process.exit(2)
}
const decks: Deck[] = [
  { key: 'deck', name: 'this deck', root: ROOT, project: true },
  ...(vs ? [{ key: 'vs', name: basename(vs), root: vs, project: true }] : []),
  ...baselines(),
]

// The environment for commands, taken before Vite's preview sets NODE_ENV=production in this process: Slidev's
// export server would start in production mode (its page never shows).
const ENV = { ...process.env }

/** Runs a command quietly in `cwd`; resolves with its wall time in seconds (a failure carries its output). */
async function timed(command: string, commandArgs: string[], cwd: string, env = ENV): Promise<number> {
  const started = performance.now()
  await promisify(execFile)(command, commandArgs, { cwd, env, maxBuffer: 1 << 30 })
  return (performance.now() - started) / 1000
}

/** results[deck][measure]: one value per round (or one for measures taken in round 1 only). */
const results: Record<string, Record<string, number[]>> = Object.fromEntries(decks.map(d => [d.key, {}]))
const record = (deck: Deck, measure: string, value: number) => (results[deck.key]![measure] ??= []).push(value)
const recordBytes = (deck: Deck, label: string, bytes: Bytes) => (['js', 'css', 'font', 'total'] as const).forEach(kind => record(deck, `${label}: ${kind}, KB`, bytes[kind] / 1024))
const log = (...parts: unknown[]) => console.log(`[${(performance.now() / 1000).toFixed(0).padStart(5)} s]`, ...parts)

function jsGzipKB(dir: string): number {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(file => file.endsWith('.js'))
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length, 0) / 1024
}

/** The static faces the reading view draws with, cut to exactly the characters drawn at each weight (woff2). */
async function exactCutKB(drawn: Record<400 | 700, string>): Promise<number> {
  let bytes = 0
  for (const weight of FONT_WEIGHTS)
    bytes += (await subsetFont(readFileSync(FONT_FILES[weight]), drawn[weight], { targetFormat: 'woff2' })).length
  return bytes / 1024
}

/** Lighthouse 12's scores and timings of a page, desktop preset or the default mobile one (slow 4G, 4× CPU). */
async function lighthouse(deck: Deck, url: string, form: 'desktop' | 'mobile'): Promise<void> {
  const output = join(tmp, 'lighthouse.json')
  await timed(join(ROOT, 'node_modules/.bin/lighthouse'), [url, form === 'desktop' ? '--preset=desktop' : '--form-factor=mobile', '--only-categories=performance,accessibility,best-practices', '--output=json', `--output-path=${output}`, '--quiet', '--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run'], ROOT, { ...ENV, CHROME_PATH: browserPath })
  const report = JSON.parse(readFileSync(output, 'utf8')) as { categories: Record<string, { score: number }>, audits: Record<string, { numericValue: number }> }
  for (const [id, category] of Object.entries(report.categories))
    record(deck, `Lighthouse ${form}: ${id}`, Math.round(category.score * 100))
  record(deck, `Lighthouse ${form}: LCP, ms`, report.audits['largest-contentful-paint']!.numericValue)
  record(deck, `Lighthouse ${form}: TBT, ms`, report.audits['total-blocking-time']!.numericValue)
}

/** Measures a served build: paint every round; bytes, the phone and the handles in round 1; latency; Lighthouse. */
async function measureServed(browser: Browser, deck: Deck, url: string, round: number, handles: Map<string, Handle[]>): Promise<void> {
  record(deck, 'LCP of slide 1, ms', await slide1Lcp(browser, url))
  if (round === 1) {
    const walk = await walkDeck(browser, url)
    recordBytes(deck, 'slide 1', walk.slide1)
    recordBytes(deck, 'walk every slide and click', walk.walk)
    record(deck, 'walk: steps', walk.steps)
    handles.set(deck.key, walk.handles)
    if (deck.project && !skip.has('phone')) {
      const phone = await readOnPhone(browser, url)
      recordBytes(deck, 'phone /read, first screen', phone.firstScreen)
      recordBytes(deck, 'phone /read, to the end', phone.whole)
      record(deck, 'phone /read: fonts ÷ exact cut of the drawn characters', phone.whole.font / 1024 / await exactCutKB(phone.drawn))
    }
  }
  if (deck.project && !skip.has('widgets')) {
    const seen = new Map<string, number>()
    for (const handle of handles.get(deck.key) ?? []) {
      const label = `${handle.name}${seen.has(handle.name) ? ` #${seen.get(handle.name)! + 1}` : ''}`
      seen.set(handle.name, (seen.get(handle.name) ?? 0) + 1)
      const latency = await handleLatency(browser, url, handle).catch((error: Error) => log(`${deck.name} ${label}: ${error.message.split('\n')[0]}`))
      if (latency) {
        record(deck, `widget ${label}: key p95 at 4× CPU, ms`, latency.key)
        record(deck, `widget ${label}: drag p95 at 4× CPU, ms`, latency.drag)
      }
    }
  }
  if (!skip.has('lighthouse')) {
    // A run Lighthouse gives up on (a protocol timeout on a loaded machine) is left out of the medians, not fatal.
    const runLighthouse = (path: string, form: 'desktop' | 'mobile') => lighthouse(deck, `${url}${path}`, form)
      .catch((error: Error) => log(`${deck.name}: Lighthouse ${form} failed: ${error.message.split('\n')[0]}`))
    await runLighthouse('1', 'desktop')
    if (deck.project)
      await runLighthouse('read', 'mobile')
  }
}

const browser = await chromium.launch({ executablePath: browserPath, args: QUIET_CHROMIUM_ARGS })
const handles = new Map<string, Handle[]>()
let port = 4400 + Math.floor(Math.random() * 400)
try {
  for (let round = 1; round <= rounds; round++) {
    for (const deck of decks) {
      const out = join(tmp, `${deck.key}-dist`)
      rmSync(out, { recursive: true, force: true })
      // A project is built as a host builds it (its font and offline copy come from scripts/build.ts), without the PDF.
      const build = deck.project ? [join(deck.root, 'node_modules/.bin/tsx'), ['scripts/build.ts', '--out', out, '--no-pdf']] as const : [join(deck.root, 'node_modules/.bin/slidev'), ['build', 'slides.md', '--out', out]] as const
      record(deck, 'build (no PDF), s', await timed(build[0], [...build[1]], deck.root))
      record(deck, 'JS in the build, gzip -9, KB', jsGzipKB(out))
      const server = await startPreview({ dir: out, port: port++ })
      try {
        await measureServed(browser, deck, server.url, round, handles)
      }
      finally {
        await server.close()
      }
      log(`round ${round}: ${deck.name} built and measured`)
    }
    for (const deck of skip.has('export') ? [] : decks) {
      const pdf = join(tmp, `${deck.key}.pdf`)
      const exportOnce = () => timed(join(deck.root, 'node_modules/.bin/slidev'), ['export', 'slides.md', '--output', pdf, '--executable-path', browserPath, '--timeout', '120000'], deck.root)
      // Slidev's dev server may re-optimize its dependencies mid-export (the page stays hidden past the timeout): once more.
      const seconds = await exportOnce().catch(exportOnce).catch((error: Error) => log(`${deck.name}: export failed: ${error.message.split('\n')[0]}`))
      if (!seconds)
        continue
      record(deck, 'slidev export, s per PDF page', seconds / (await PDFDocument.load(readFileSync(pdf))).getPageCount())
      log(`round ${round}: ${deck.name} exported`)
    }
  }
}
finally {
  await browser.close()
  rmSync(tmp, { recursive: true, force: true })
}

const median = (values: number[] = []) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? Number.NaN
const format = (value: number) => !Number.isFinite(value) ? '—' : value >= 100 ? value.toFixed(0) : value.toPrecision(3)
const measures = [...new Set(decks.flatMap(d => Object.keys(results[d.key]!)))]
const [ours, ...others] = decks
const header = ['measure (median)', ...decks.map(d => d.name), ...others.map(d => `÷ ${d.name}`)]
const rows = measures.map((measure) => {
  const m = decks.map(d => median(results[d.key]![measure]))
  return [measure, ...m.map(format), ...m.slice(1).map(other => format(m[0]! / other))]
})
const widths = header.map((_, i) => Math.max(...[header, ...rows].map(row => row[i]!.length)))
const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`
console.log(`\n${rounds} rounds, ${new Date().toISOString().slice(0, 16)}Z, Node ${process.version}; ${ours!.name} = ${ROOT}${vs ? `, ${basename(vs)} = ${vs}` : ''}\n`)
console.log([line(header), line(widths.map(w => '-'.repeat(w))), ...rows.map(line)].join('\n'))
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify({ date: new Date().toISOString(), rounds, decks, results }, null, 1)}\n`)
