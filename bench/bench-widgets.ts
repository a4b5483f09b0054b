/**
 * Benchmark (not a test: it never passes or fails): main-thread work per input event while dragging each
 * interactive widget's handle, on a slowed-down CPU.
 *
 *   npx tsx bench/bench-widgets.ts [DECK_URL] [--moves 200] [--throttle 4] [--only NAME]
 *
 * DECK_URL (argument or env DECK_URL, default http://localhost:3030) is a running deck: `npm run dev`, or a
 * preview of the build. The browser is CHROMIUM_PATH, else Playwright's own Chromium, else a system one.
 * BENCH_TARGETS='[{"name":…,"slide":…,"clicks":…,"handleSelector":…}]' replaces the list below (slide: a number,
 * or title: the start of the slide's title).
 *
 * What is measured, per pointermove that the browser dispatches while the handle is held down:
 *   - "event": from a capturing listener on window (the first to run) to a bubbling listener on window (the last
 *     to run). Native input events run a microtask checkpoint after each listener, so this span holds the
 *     handle's own handler AND Vue's re-render of the component, which Vue flushes in a microtask.
 *   - "+layout": the same span plus a forced style recalculation and layout (reading offsetHeight in the last
 *     listener), i.e. the work the next frame would otherwise do before painting. Paint and compositing
 *     are not included: they cannot be timed from the page.
 * Both are wall-clock times under CDP CPU throttling (Emulation.setCPUThrottlingRate), so they approximate a
 * slower machine. Moves that did not change the slider's value (sub-step moves) are cheap; the "changed"
 * columns count only the moves after which aria-valuenow changed.
 */
import type { Browser } from 'playwright-core'
import process from 'node:process'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { load } from '@slidev/parser/fs'
import { chromium } from 'playwright-core'
import { findChromiumOrExit, QUIET_CHROMIUM_ARGS } from '../scripts/browser'

/** A widget handle to drag: on the slide whose title starts with `title` (or slide number `slide`), at step `clicks`. */
export interface Target {
  name: string
  title?: string
  slide?: number
  clicks: number
  handleSelector: string
  /** How far (CSS px at a 1280×720 viewport) the pointer sweeps right and back; default 240. */
  dx?: number
  /** … and down and back; default 0. */
  dy?: number
}

export interface BenchOptions {
  /** The deck's address, without a trailing "/". */
  url: string
  moves: number
  /** CPU throttling rate (4: four times slower). */
  throttle: number
}

/** Median and 95th percentile of some times (ms). */
export interface Summary {
  n: number
  median: number
  p95: number
}

interface Sample {
  event: number
  withLayout: number
  changed: boolean
}

declare global {
  interface Window {
    __benchSamples?: Sample[]
  }
}

// ---- Targets: one per widget handle, found by the start of its slide's title (see slideNumberOf).
export const TARGETS: Target[] = [
  { name: 'diminishing-returns', title: '深水区', clicks: 2, handleSelector: '[data-testid="dr-handle"]' },
  { name: 'boss-view', title: '老板视角', clicks: 0, handleSelector: '[data-testid="dr-handle"]' },
  { name: 'internet-users', title: '用户增长', clicks: 2, handleSelector: '[data-testid="iu-handle"]', dx: 300 },
  { name: 'labor-market', title: '需求暴增', clicks: 2, handleSelector: '[data-testid="labor-demand-handle"]', dx: 200 },
]

/** The slide number whose title starts with `title`, read from slides.md with Slidev's parser. */
export async function slideNumberOf(title: string): Promise<number> {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const { slides } = await load({ roots: [root], userRoot: root }, `${root}slides.md`)
  const index = slides.filter(s => !s.frontmatter.hide && !s.frontmatter.disabled).findIndex(s => (s.title ?? '').startsWith(title))
  if (index < 0)
    throw new Error(`No slide titled "${title}…" in slides.md`)
  return index + 1
}

/** The target's slide: its `slide`, else the one its `title` starts. */
export async function slideOf(target: Target): Promise<number> {
  if (target.slide !== undefined)
    return target.slide
  if (target.title === undefined)
    throw new Error(`bench target ${target.name}: give its slide or title`)
  return slideNumberOf(target.title)
}

function parseArgs(argv: string[]): BenchOptions & { only: string | null } {
  const options: BenchOptions & { only: string | null } = { url: process.env.DECK_URL || 'http://localhost:3030', moves: 200, throttle: 4, only: null }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--moves')
      options.moves = Number(argv[++i])
    else if (arg === '--throttle')
      options.throttle = Number(argv[++i])
    else if (arg === '--only')
      options.only = argv[++i] ?? null
    else if (!arg.startsWith('--'))
      options.url = arg
  }
  options.url = options.url.replace(/\/+$/, '')
  return options
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0)
    return Number.NaN
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index]!
}

export function summary(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b)
  return { n: sorted.length, median: percentile(sorted, 50), p95: percentile(sorted, 95) }
}

/**
 * Installed in the page before the drag: records one sample per pointermove. It runs in the browser, so it holds no
 * named inner function: tsx (esbuild's keepNames) would wrap one in a `__name` helper that the page does not have.
 */
function installProbe(handleSelector: string) {
  const samples: Sample[] = []
  let start = 0
  let valueBefore: string | null | undefined = null
  window.addEventListener('pointermove', () => {
    start = performance.now()
    valueBefore = document.querySelector(handleSelector)?.getAttribute('aria-valuenow')
  }, { capture: true })
  window.addEventListener('pointermove', () => {
    const eventEnd = performance.now()
    void document.body.offsetHeight // force style + layout now, to time it
    const layoutEnd = performance.now()
    samples.push({
      event: eventEnd - start,
      withLayout: layoutEnd - start,
      changed: document.querySelector(handleSelector)?.getAttribute('aria-valuenow') !== valueBefore,
    })
  })
  window.__benchSamples = samples
}

/** Drags the target's handle out and back under CPU throttling; the main-thread time per pointermove. */
export async function benchTarget(browser: Browser, options: BenchOptions, target: Target & { slide: number }): Promise<{ url: string, all: Summary, allLayout: Summary, changed: Summary, changedLayout: Summary }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
  try {
    const url = `${options.url}/${target.slide}?clicks=${target.clicks}`
    await page.goto(url, { waitUntil: 'networkidle' })
    // Slidev keeps neighbouring slides mounted (hidden): look only inside this slide's page.
    const selector = `.slidev-page-${target.slide} ${target.handleSelector}`
    const handle = page.locator(selector).first()
    await handle.waitFor({ state: 'visible', timeout: 15000 })
    await page.waitForTimeout(500) // let the slide transition settle
    const box = await handle.boundingBox()
    if (!box)
      throw new Error(`handle ${selector} has no box`)

    // Press on the handle's centre, then sweep out and back: half the moves each way.
    const dx = target.dx ?? 240
    const dy = target.dy ?? 0
    const x0 = box.x + box.width / 2
    const y0 = box.y + box.height / 2
    await page.mouse.move(x0, y0)
    await page.mouse.down()

    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.throttle })
    await page.evaluate(installProbe, selector)
    const half = Math.max(1, Math.floor(options.moves / 2))
    for (let i = 1; i <= options.moves; i++) {
      const t = i <= half ? i / half : (options.moves - i) / (options.moves - half)
      await page.mouse.move(x0 + dx * t, y0 + dy * t)
    }
    await page.mouse.up()
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })

    const samples = await page.evaluate(() => window.__benchSamples ?? [])
    return {
      url,
      all: summary(samples.map(s => s.event)),
      allLayout: summary(samples.map(s => s.withLayout)),
      changed: summary(samples.filter(s => s.changed).map(s => s.event)),
      changedLayout: summary(samples.filter(s => s.changed).map(s => s.withLayout)),
    }
  }
  finally {
    await page.close()
  }
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : '—').padStart(7)

async function main() {
  const options = parseArgs(process.argv.slice(2))
  let targets = TARGETS
  if (process.env.BENCH_TARGETS)
    targets = JSON.parse(process.env.BENCH_TARGETS) as Target[]
  if (options.only)
    targets = targets.filter(t => t.name === options.only)

  const { path: executablePath } = findChromiumOrExit()
  const slides = new Map<Target, number>()
  for (const target of targets)
    slides.set(target, await slideOf(target))
  console.log(`deck ${options.url} · browser ${executablePath} · CPU throttling ${options.throttle}× · ${options.moves} pointer moves per target`)
  console.log('times in ms of main-thread work per pointermove (see the comment at the top for what is included)\n')
  console.log(`${'target'.padEnd(24)} ${'moves'.padStart(5)} ${'median'.padStart(7)} ${'p95'.padStart(7)} │ +layout: ${'median'.padStart(7)} ${'p95'.padStart(7)} │ changed: ${'n'.padStart(4)} ${'median'.padStart(7)} ${'p95'.padStart(7)} ${'+layout p95'.padStart(11)}`)

  const browser = await chromium.launch({ executablePath, args: QUIET_CHROMIUM_ARGS })
  try {
    for (const target of targets) {
      try {
        const r = await benchTarget(browser, options, { ...target, slide: slides.get(target)! })
        console.log(`${target.name.padEnd(24)} ${String(r.all.n).padStart(5)} ${ms(r.all.median)} ${ms(r.all.p95)} │          ${ms(r.allLayout.median)} ${ms(r.allLayout.p95)} │          ${String(r.changed.n).padStart(4)} ${ms(r.changed.median)} ${ms(r.changed.p95)} ${ms(r.changedLayout.p95).padStart(11)}`)
      }
      catch (error) {
        console.log(`${target.name.padEnd(24)} could not run: ${(error as Error).message.split('\n')[0]}`)
      }
    }
  }
  finally {
    await browser.close()
  }
}

// Run from the command line (bench/bench.ts imports TARGETS, slideNumberOf and benchTarget instead).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error((error as Error).message)
    process.exitCode = 1
  })
}
