// Browser measurements for `npm run bench`, on a built deck served by scripts/preview.ts:
// bytes downloaded by kind (to show slide 1, and to walk every slide and click step; on a phone, to open the
// reading view and to read it to the end), the characters each shows, and the largest contentful paint of slide 1.
import type { Buffer } from 'node:buffer'
import type { Browser, Page } from 'playwright-core'
import type { ReadingText } from '../build/reading-font'
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { TSX } from '../scripts/run'
import { readingTextInPage } from '../tests/support/reading-text'
import { slideTextInPage } from '../tests/support/slide-text'
import { ROOT } from './bench-decks'

/** A running preview server. */
export interface Server {
  url: string
  stop: () => Promise<unknown>
}

/** Serves dist/ with SPA fallback on the given port; resolves with a handle to stop it. */
export function serve(dist: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [join(ROOT, 'scripts/preview.ts'), '--dir', dist, '--port', String(port)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const timer = setTimeout(() => reject(new Error(`preview of ${dist} did not start:\n${output}`)), 20000)
    const onData = (d: Buffer) => {
      output += d
      if (output.includes('Serving')) {
        clearTimeout(timer)
        resolve({ url: `http://127.0.0.1:${port}`, stop: () => new Promise((r) => {
          child.once('exit', r)
          child.kill('SIGTERM')
        }) })
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('exit', code => reject(new Error(`preview exited (${code}):\n${output}`)))
  })
}

/** Bytes (and counts) downloaded, by kind. */
export interface Tally {
  js: number
  css: number
  font: number
  image: number
  html: number
  other: number
  total: number
  requests: number
  /** Requests to another origin (not counted in the bytes). */
  foreign: number
}
type ByteKind = 'js' | 'css' | 'font' | 'image' | 'html' | 'other'

const KIND: Record<string, ByteKind> = { script: 'js', stylesheet: 'css', font: 'font', image: 'image', document: 'html' }

interface WalkState {
  tally: Tally
  cjkFont: { path: string, bytes: number }[]
  /** Responses still being counted. */
  pending: number
}

function emptyTally(): Tally {
  return { js: 0, css: 0, font: 0, image: 0, html: 0, other: 0, total: 0, requests: 0, foreign: 0 }
}

/**
 * Counts every same-origin response into `state.tally` (and CJK font files into `state.cjkFont`), as transferred:
 * the encoded body size, and vite preview (scripts/preview.ts) gzips JS, CSS and HTML as most static hosts do.
 */
function countResponses(page: Page, origin: string, state: WalkState) {
  page.on('requestfinished', async (request) => {
    const url = new URL(request.url())
    if (url.protocol === 'data:' || url.protocol === 'blob:')
      return
    if (url.origin !== origin) {
      state.tally.foreign++
      return
    }
    state.pending++
    try {
      const response = await request.response()
      if (!response || response.status() >= 300)
        return
      const sizes = await request.sizes()
      const bytes = Math.max(0, sizes.responseBodySize) // -1 when the size is unknown
      const kind = KIND[request.resourceType()] ?? 'other'
      const t = state.tally
      t[kind] += bytes
      t.total += bytes
      t.requests++
      if (kind === 'font' && /deck-sans-sc|noto-sans-sc/.test(url.pathname))
        state.cjkFont.push({ path: url.pathname, bytes })
    }
    catch {}
    finally {
      state.pending--
    }
  })
}

async function settle(page: Page, state: WalkState) {
  await page.waitForLoadState('networkidle', { timeout: 10000 }).catch(() => {})
  await page.evaluate(() => document.fonts.ready).catch(() => {})
  for (let i = 0; i < 100 && state.pending > 0; i++)
    await page.waitForTimeout(20)
}

function position(page: Page): { no: number, clicks: number } {
  const url = new URL(page.url())
  const no = Number(url.pathname.split('/').filter(Boolean).at(-1) ?? 1)
  return { no: Number.isFinite(no) ? no : 1, clicks: Number(url.searchParams.get('clicks') ?? 0) }
}

/** Text of the current slide and its labels (tests/support/slide-text.ts, as tests/e2e/font.spec.ts reads them). */
function slideText(page: Page, no: number): Promise<string> {
  return page.evaluate(slideTextInPage, no).catch(() => '')
}

/** Adds the code points of `text`'s visible characters (white space apart) to `chars`; returns `chars`. */
function addCodePoints(chars: Set<number>, text: string): Set<number> {
  for (const c of text) {
    if (!/\s/.test(c))
      chars.add(c.codePointAt(0)!)
  }
  return chars
}

/** What walking a deck downloaded (bytes as sent) and showed. */
export interface Walk {
  slide1: Tally & { cjkFont: number }
  walk: Tally & { cjkFont: number }
  cjkFiles: { path: string, bytes: number }[]
  slides: number
  steps: number
  /** The characters shown (code points, ascending). */
  chars: number[]
}

/**
 * Opens slide 1 in a fresh context, then walks every slide and click step with ArrowRight.
 * Returns the bytes to show slide 1, the bytes to walk everything, the CJK font files and the characters shown.
 * `base`: the deck's address, e.g. http://127.0.0.1:4300
 */
export async function walkDeck(browser: Browser, base: string): Promise<Walk> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, colorScheme: 'light' })
  const page = await context.newPage()
  const state: WalkState = { tally: emptyTally(), cjkFont: [], pending: 0 }
  countResponses(page, new URL(base).origin, state)
  const chars = new Set<number>()
  try {
    await page.goto(`${base}/1`, { waitUntil: 'load' })
    await settle(page, state)
    const slide1 = { ...state.tally, cjkFont: state.cjkFont.reduce((s, f) => s + f.bytes, 0) }
    let steps = 0
    let last = position(page)
    for (let guard = 0; guard < 500; guard++) {
      steps++
      addCodePoints(chars, await slideText(page, last.no))
      await page.keyboard.press('ArrowRight')
      await page.waitForTimeout(250)
      await settle(page, state)
      const next = position(page)
      if (next.no === last.no && next.clicks === last.clicks)
        break
      last = next
    }
    await settle(page, state)
    return {
      slide1,
      walk: { ...state.tally, cjkFont: state.cjkFont.reduce((s, f) => s + f.bytes, 0) },
      cjkFiles: state.cjkFont,
      slides: last.no,
      steps,
      chars: [...chars].sort((a, b) => a - b),
    }
  }
  finally {
    await context.close()
  }
}

/** What reading the talk on a phone downloaded (bytes as sent) and showed. */
export interface PhoneRead {
  firstScreen: Tally & { cjkFont: number }
  whole: Tally & { cjkFont: number }
  cjkFiles: { path: string, bytes: number }[]
  /** The characters the reading view showed, slides and script (code points, ascending). */
  chars: number[]
  /** The same, by the weight (face) that drew them. */
  drawn: ReadingText
}

/**
 * Opens the reading view (/read) at 390×844 in a fresh touch context, then scrolls it to the end section by
 * section, as a reader in the audience would (slides mount as they come near). Bytes to the first screen, bytes
 * to the end, and every character of the view's text, charts included.
 */
export async function readOnPhone(browser: Browser, base: string): Promise<PhoneRead> {
  // No offline copy: its worker would fetch the whole deck in the background, out of the page's sight.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3, colorScheme: 'light', serviceWorkers: 'block' })
  const page = await context.newPage()
  const state: WalkState = { tally: emptyTally(), cjkFont: [], pending: 0 }
  countResponses(page, new URL(base).origin, state)
  const fontBytes = () => state.cjkFont.reduce((s, f) => s + f.bytes, 0)
  try {
    await page.goto(`${base}/read`, { waitUntil: 'load' })
    await settle(page, state)
    const firstScreen = { ...state.tally, cjkFont: fontBytes() }
    const sections = page.getByTestId('reading-slide')
    for (let i = 0; i < await sections.count(); i++) {
      await sections.nth(i).scrollIntoViewIfNeeded()
      await page.waitForFunction(n => document.querySelectorAll('[data-testid="reading-slide"]')[n]?.getAttribute('data-live') === 'true', i, { timeout: 10000 }).catch(() => {})
      await settle(page, state)
    }
    const text = await page.evaluate(() => document.querySelector('[data-testid="reading-view"]')?.textContent ?? '')
    const chars = addCodePoints(new Set<number>(), text)
    const drawn = await page.evaluate(readingTextInPage, { laidOutOnly: false })
    return { firstScreen, whole: { ...state.tally, cjkFont: fontBytes() }, cjkFiles: state.cjkFont, chars: [...chars].sort((a, b) => a - b), drawn }
  }
  finally {
    await context.close()
  }
}

/** Largest contentful paint (and first contentful paint) of slide 1 in a fresh context, ms after navigation start. */
export async function paintTimes(browser: Browser, base: string): Promise<{ lcp: number, fcp: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, colorScheme: 'light' })
  const page = await context.newPage()
  try {
    await page.goto(`${base}/1`, { waitUntil: 'load' })
    await page.waitForLoadState('networkidle', { timeout: 10000 }).catch(() => {})
    await page.evaluate(() => document.fonts.ready)
    await page.waitForTimeout(300)
    return await page.evaluate(() => new Promise<{ lcp: number, fcp: number }>((resolve) => {
      let lcp = Number.NaN
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          lcp = entry.startTime
      }).observe({ type: 'largest-contentful-paint', buffered: true })
      setTimeout(() => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN
        resolve({ lcp, fcp })
      }, 200)
    }))
  }
  finally {
    await context.close()
  }
}
