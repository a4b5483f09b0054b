// What `npm run bench` measures in a browser, on a built deck served by scripts/preview.ts. Nothing here knows the
// deck's wording or slide numbers: it walks the deck with the arrow key and finds widgets by their handles.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'

export type Bytes = Record<'js' | 'css' | 'font' | 'image' | 'html' | 'other' | 'total', number>
/** A widget handle (a WAI-ARIA slider), the slide it is on and the address the walk last saw it at. */
export interface Handle { name: string, no: number, path: string }

const KIND_OF: [RegExp, keyof Bytes][] = [[/\.m?js$/, 'js'], [/\.css$/, 'css'], [/\.(?:woff2?|ttf|otf)$/, 'font'], [/\.(?:png|jpe?g|svg|webp|gif|ico)$/, 'image'], [/\.html$|\/[^.]*$/, 'html']]

/** Bytes downloaded from the deck's own origin, by kind: each URL once, its body as sent (gzip where the server sends it). */
async function bytesSoFar(page: Page): Promise<Bytes> {
  const entries = await page.evaluate(() => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
    .map(e => ({ url: e.name, size: (e as PerformanceResourceTiming).encodedBodySize })))
  const seen = new Map(entries.filter(e => e.url.startsWith(new URL(page.url()).origin)).map(e => [e.url.split(/[?#]/)[0]!, e.size]))
  const bytes: Bytes = { js: 0, css: 0, font: 0, image: 0, html: 0, other: 0, total: 0 }
  for (const [url, size] of seen) {
    bytes[KIND_OF.find(([pattern]) => pattern.test(new URL(url).pathname))?.[1] ?? 'other'] += size
    bytes.total += size
  }
  return bytes
}

/** Opens `path` of the deck in a fresh context (no service worker, every download on record) and settles it. */
async function withPage<T>(browser: Browser, url: string, options: BrowserContextOptions, use: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, colorScheme: 'light', serviceWorkers: 'block', ...options })
  try {
    await context.addInitScript('performance.setResourceTimingBufferSize(100000)')
    const page = await context.newPage()
    await page.goto(url)
    await settle(page)
    return await use(page)
  }
  finally {
    await context.close()
  }
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {})
  await page.evaluate(() => document.fonts.ready)
}

/** The slide on screen, once its transition is over (its address may be a routeAlias rather than its number). */
async function slideOnScreen(page: Page) {
  return Number(await (await page.waitForFunction(() => {
    const shown = [...document.querySelectorAll('[data-slidev-no]')].filter(e => e.getClientRects().length > 0)
    return shown.length === 1 && shown[0]!.getAttribute('data-slidev-no')
  })).jsonValue())
}

/** Slide 1, then every slide and click step with the arrow key: bytes to each point, and the widget handles seen. */
export function walkDeck(browser: Browser, url: string): Promise<{ slide1: Bytes, walk: Bytes, steps: number, handles: Handle[] }> {
  return withPage(browser, `${url}1`, {}, async (page) => {
    const slide1 = await bytesSoFar(page)
    const handles = new Map<string, Handle>()
    let steps = 1
    for (let here = page.url(); steps < 1000; steps++, here = page.url()) {
      const no = await slideOnScreen(page)
      const names = await page.$$eval(`[data-slidev-no="${no}"] [role=slider]`, sliders => sliders.filter(s => s.getClientRects().length > 0)
        .map(s => s.getAttribute('data-testid') ?? s.getAttribute('aria-label') ?? 'slider'))
      for (const name of names)
        handles.set(`${no} ${name}`, { name, no, path: here.slice(new URL(here).origin.length + 1) })
      await page.keyboard.press('ArrowRight')
      await page.waitForTimeout(200)
      await settle(page)
      if (page.url() === here)
        break
    }
    return { slide1, walk: await bytesSoFar(page), steps, handles: [...handles.values()] }
  })
}

/** Largest contentful paint of slide 1 in a fresh context, ms after navigation start. */
export function slide1Lcp(browser: Browser, url: string): Promise<number> {
  return withPage(browser, `${url}1`, {}, async page => page.evaluate(() => new Promise<number>((resolve) => {
    new PerformanceObserver(list => resolve(list.getEntries().at(-1)!.startTime)).observe({ type: 'largest-contentful-paint', buffered: true })
    setTimeout(resolve, 1000, Number.NaN)
  })))
}

/** The characters a page draws, by weight (bold: 600 and up), read from its laid-out text nodes. */
const DRAWN_TEXT = `(() => {
  const text = { 400: '', 700: '' }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement
    if (parent && parent.getClientRects().length > 0 && getComputedStyle(parent).visibility !== 'hidden')
      text[Number(getComputedStyle(parent).fontWeight) >= 600 ? 700 : 400] += node.textContent.replace(/\\s+/g, '')
  }
  return text
})()`

/** The reading view (/read) at 390×844, as a phone in the audience opens it and scrolls it to the end. */
export function readOnPhone(browser: Browser, url: string): Promise<{ firstScreen: Bytes, whole: Bytes, drawn: Record<400 | 700, string> }> {
  const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 }
  return withPage(browser, `${url}read`, phone, async (page) => {
    const firstScreen = await bytesSoFar(page)
    for (let atEnd = false; !atEnd;) {
      atEnd = await page.evaluate(() => {
        window.scrollBy(0, innerHeight * 0.8)
        return scrollY + innerHeight >= document.documentElement.scrollHeight - 2
      })
      await page.waitForTimeout(150)
      await settle(page)
    }
    return { firstScreen, whole: await bytesSoFar(page), drawn: await page.evaluate(DRAWN_TEXT) }
  })
}

/**
 * Records, for each keydown and pointermove, the time from the event's creation to the end of its handling: the
 * listeners, Vue's re-render (a microtask) and the style and layout the next frame would do (forced here).
 */
const INPUT_PROBE = `window.__inputTimes = [];
for (const type of ['keydown', 'pointermove'])
  addEventListener(type, e => setTimeout(() => { void document.body.offsetHeight; __inputTimes.push(performance.now() - e.timeStamp) }), { capture: true })`

const p95 = (values: number[]) => values.sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1] ?? Number.NaN

/** Input latency p95 (ms) of one handle at 4× CPU throttling: arrow-key steps, then a drag out and back. */
export function handleLatency(browser: Browser, url: string, handle: Handle, moves = 100): Promise<{ key: number, drag: number }> {
  return withPage(browser, `${url}${handle.path}`, {}, async (page) => {
    const slider = page.locator(`[data-slidev-no="${handle.no}"] [role=slider]`).filter({ visible: true }).and(page.locator(`[data-testid="${handle.name}"], [aria-label="${handle.name}"]`)).first()
    await page.waitForTimeout(500) // the slide's transition
    await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await page.evaluate(INPUT_PROBE)
    /** p95 of `count` inputs, each timed alone: the next waits for the last one's time. */
    const times = async (count: number, input: (i: number) => Promise<void>) => {
      await page.evaluate('__inputTimes.length = 0')
      for (let i = 0; i < count; i++) {
        await input(i)
        await page.waitForFunction(n => (window as unknown as { __inputTimes: number[] }).__inputTimes.length > n, i)
      }
      return p95(await page.evaluate('__inputTimes') as number[])
    }
    const key = await times(40, async i => slider.press(i < 20 ? 'ArrowRight' : 'ArrowLeft'))
    const box = (await slider.boundingBox())!
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2]
    await page.mouse.move(x, y)
    await page.mouse.down()
    const drag = await times(moves, async i => page.mouse.move(x + 4 * (i < moves / 2 ? i + 1 : moves - 1 - i), y))
    await page.mouse.up()
    return { key, drag }
  })
}
