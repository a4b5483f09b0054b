// Shared Playwright fixtures: every test fails on a console error, a page error, a failed request
// or any request that leaves the deck's own origin.
import type { CDPSession, Page } from '@playwright/test'
import { test as base, expect } from '@playwright/test'
import { loadDeckSource } from './deck-source'

export interface PageProblems {
  consoleErrors: string[]
  pageErrors: string[]
  failedRequests: string[]
  foreignRequests: string[]
}

export const test = base.extend<{ problems: PageProblems }>({
  problems: [async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL!).origin
    const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [] }
    page.on('console', (message) => {
      if (message.type() === 'error')
        problems.consoleErrors.push(message.text())
    })
    page.on('pageerror', error => problems.pageErrors.push(error.message))
    page.on('requestfailed', (request) => {
      // ERR_ABORTED is the browser cancelling a request it no longer needs (a test navigating on while fonts
      // load), not a request that failed.
      if (request.failure()?.errorText !== 'net::ERR_ABORTED')
        problems.failedRequests.push(`${request.url()} ${request.failure()?.errorText}`)
    })
    page.on('response', (response) => {
      if (response.status() >= 400)
        problems.failedRequests.push(`${response.url()} HTTP ${response.status()}`)
    })
    page.on('request', (request) => {
      const url = request.url()
      if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin)
        problems.foreignRequests.push(url)
    })
    await use(problems)
    expect(problems, 'console errors, page errors, failed or foreign requests').toEqual({
      consoleErrors: [],
      pageErrors: [],
      failedRequests: [],
      foreignRequests: [],
    })
  }, { auto: true }],
})

export { expect }

/** Opens slide `no` (at click step `clicks`) relative to the deck's base URL and waits until it has settled. */
export async function gotoSlide(page: Page, no: number, clicks?: number) {
  await page.goto(clicks === undefined ? `${no}` : `${no}?clicks=${clicks}`)
  await waitForSlide(page, no)
}

/**
 * Waits until slide `no` shows its own content. The slide's wrapper is visible before its lazily loaded content
 * mounts, and until then its widgets have not registered their clicks: a key pressed in that gap skips the slide's
 * steps (seen once in CI on a 2-core machine, #/11?clicks=1 + ArrowRight gave #/12). The layout inside the wrapper
 * appears only once the slide's component has mounted.
 */
export async function waitForSlide(page: Page, no: number) {
  await expect(page.locator(`.slidev-page-${no} .slidev-layout`).first()).toBeVisible()
  await page.evaluate(() => document.fonts.ready)
  await expect(page.locator('.slidev-slide-loading')).toHaveCount(0)
}

// The deck as its source declares it, loaded once per test worker, so that position() stays synchronous for the
// specs that poll it.
// eslint-disable-next-line antfu/no-top-level-await
const deck = await loadDeckSource()
/** Slide numbers by routeAlias: a slide with one shows it in the address (/market) instead of its number. */
const aliases = new Map(deck.slides.flatMap(slide => slide.alias ? [[slide.alias, slide.no] as const] : []))

/** The current slide number and click step, read from the address (/<no or alias>?clicks=<n>, or #/<…> in hash mode). */
export function position(page: Page): { no: number, clicks: number } {
  const url = new URL(page.url().replace('/#/', '/'))
  const last = decodeURIComponent(url.pathname.split('/').filter(Boolean).at(-1) ?? '1')
  const no = aliases.get(last) ?? Number(last)
  return { no: Number.isFinite(no) ? no : 1, clicks: Number(url.searchParams.get('clicks') ?? 0) }
}

/** The last slide at its last click step, as the source declares them: where a walk through the deck ends. */
export const LAST_STEP = { no: deck.slides.length, clicks: deck.slides.at(-1)!.clicks }

/** Presses ArrowRight and waits until the address shows the next step (a slide or a click); returns it. */
export async function stepForward(page: Page): Promise<{ no: number, clicks: number }> {
  const from = position(page)
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => position(page), { message: `ArrowRight on slide ${from.no} step ${from.clicks} moved nothing`, intervals: [20, 50, 100] })
    .not
    .toEqual(from)
  return position(page)
}

/** The fonts the renderer actually drew `selector`'s glyphs with (CDP), not what the CSS asks for. */
export async function fontsDrawing(page: Page, selector: string) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('DOM.enable')
  await cdp.send('CSS.enable')
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 })
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
  return fonts
}

/**
 * Walks the deck from slide 1 with ArrowRight, as a presenter does, calling `visit` at every slide and click step
 * it reaches (in order), up to the last slide's last step.
 */
export async function walkDeck(page: Page, visit: (step: { no: number, clicks: number }) => Promise<void>) {
  await gotoSlide(page, 1)
  let at = position(page)
  for (let guard = 0; guard < 400; guard++) {
    await visit(at)
    if (at.no === LAST_STEP.no && at.clicks === LAST_STEP.clicks)
      return
    at = await stepForward(page)
    await waitForSlide(page, at.no)
  }
}

/** Waits until the service worker controls the page and its precache is complete. */
export async function waitForOfflineCopy(page: Page) {
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 30_000 }).toBe(true)
  return page.evaluate(async () => (await caches.keys()).filter(key => key.startsWith('deck-')))
}

/**
 * Boxes of the current slide's content that stick out of the slide canvas (by more than 1 px),
 * described as "tag.class: text" so a failure says what overflows.
 */
export async function overflowingElements(page: Page, no: number): Promise<string[]> {
  return page.evaluate((slideNo) => {
    const slide = document.querySelector(`.slidev-page-${slideNo}`)
    const canvas = document.querySelector('#slide-content')
    if (!slide || !canvas)
      return [`slide ${slideNo} not found`]
    const frame = canvas.getBoundingClientRect()
    const out: string[] = []
    for (const el of slide.querySelectorAll('*')) {
      const box = el.getBoundingClientRect()
      if (box.width === 0 || box.height === 0)
        continue
      const style = getComputedStyle(el)
      if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0)
        continue
      if (box.left < frame.left - 1 || box.top < frame.top - 1 || box.right > frame.right + 1 || box.bottom > frame.bottom + 1)
        out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')}: ${(el.textContent ?? '').trim().slice(0, 40)}`)
    }
    return out
  }, no)
}

/** A finger dragging from `from` by (dx, dy) CSS px in 12 steps: real touch input (CDP), as a phone sends it. */
export async function touchDrag(cdp: CDPSession, from: { x: number, y: number }, dx: number, dy = 0) {
  const at = (i: number) => [{ x: from.x + (dx * i) / 12, y: from.y + (dy * i) / 12, id: 1 }]
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) })
  for (let i = 1; i <= 12; i++)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i) })
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
}
