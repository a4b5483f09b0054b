import type { SourceSlide } from './deck-source'
import { loadDeckSource, noteSentences } from './deck-source'
import { expect, fontsDrawing, gotoSlide, overflowingElements, test, walkDeck } from './fixtures'

let slides: SourceSlide[]
let deckTitle: string

test.beforeAll(async () => {
  ({ slides, title: deckTitle } = await loadDeckSource())
})

test('the deck has the talk\'s length and title', async ({ page }) => {
  expect(slides.length).toBeGreaterThanOrEqual(20)
  expect(slides.length).toBeLessThanOrEqual(26)
  await gotoSlide(page, 1)
  await expect(page).toHaveTitle(deckTitle)
})

test('the keyboard walks every slide and click step, first to last, each clean and inside the canvas', async ({ page }) => {
  test.setTimeout(240_000)
  const visited: string[] = []
  const overflows: string[] = []
  await walkDeck(page, async (step) => {
    visited.push(`${step.no}:${step.clicks}`)
    await expect(page.locator(`.slidev-page-${step.no} h1`).first()).toContainText(slides[step.no - 1]!.heading.slice(0, 4))
    for (const box of await overflowingElements(page, step.no))
      overflows.push(`slide ${step.no} step ${step.clicks}: ${box}`)
  })
  expect(overflows).toEqual([])
  // Slides in order, none skipped, ending on the last one.
  const order = [...new Set(visited.map(v => Number(v.split(':')[0])))]
  expect(order).toEqual(slides.map(s => s.no))
  // Every declared click step was visited.
  for (const slide of slides) {
    const steps = visited.filter(v => v.startsWith(`${slide.no}:`)).length
    expect(steps, `click steps seen on slide ${slide.no}`).toBe(slide.clicks + 1)
  }
})

test('a slide change is announced to screen readers: "第 N / 25 页：标题"', async ({ page }) => {
  const announcer = page.getByTestId('slide-announcer')
  await gotoSlide(page, 1)
  await expect(announcer).toHaveAttribute('aria-live', 'polite')
  await expect(announcer).toHaveText(`第 1 / ${slides.length} 页：${slides[0]!.title}`)
  await page.keyboard.press('ArrowRight')
  await expect(announcer).toHaveText(`第 2 / ${slides.length} 页：${slides[1]!.title}`)
  // Visually hidden (a 1 px box, clipped; the slide canvas scales it by about 1.3 here), and only one.
  expect(await announcer.evaluate(el => el.getBoundingClientRect().width)).toBeLessThanOrEqual(2)
  expect(await announcer.evaluate(el => getComputedStyle(el).clip)).toBe('rect(0px, 0px, 0px, 0px)')
  await expect(page.getByTestId('slide-announcer')).toHaveCount(1)
})

test('a deep link loads its slide directly', async ({ page }) => {
  const target = slides[6]!
  await gotoSlide(page, target.no)
  await expect(page.locator(`.slidev-page-${target.no} h1`).first()).toContainText(target.heading)
})

test('Chinese text is drawn with the self-hosted CJK font', async ({ page }) => {
  await gotoSlide(page, 1)
  const faces = await page.evaluate(() => [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family.replace(/"/g, '')))
  // The built deck's CJK font: Noto Sans SC cut to the deck's characters (build/vite-plugin-deck-font.ts).
  expect(faces).toContain('Deck Sans SC')
  // Ask the renderer which font actually drew the title's glyphs, not what the CSS asks for.
  const fonts = await fontsDrawing(page, '.slidev-page-1 h1')
  const drawnBy = fonts.filter(f => f.glyphCount > 0)
  // One web font drew every glyph; the renderer names it by the font file's own name (a Noto Sans SC instance).
  expect(drawnBy).toHaveLength(1)
  expect(drawnBy[0]!.familyName).toMatch(/^Noto Sans SC/)
  expect(drawnBy[0]!.isCustomFont).toBe(true)
})

test('the presenter view shows the current slide\'s notes', async ({ page }) => {
  const target = slides[4]!
  await page.goto(`presenter/${target.no}`)
  const notes = page.locator('.slidev-note').first()
  await expect(notes).toBeVisible()
  await expect(notes).toContainText(noteSentences(target.note)[0]!.slice(0, 20))
})

test('on a loopback host without DECK_URL, the closing slide says how to set DECK_URL instead of a useless code', async ({ page }) => {
  await gotoSlide(page, slides.length)
  const qr = page.getByTestId('deck-qr')
  await expect(qr.getByRole('img')).toHaveCount(0)
  await expect(qr.getByTestId('deck-qr-missing')).toContainText('DECK_URL=https://')
  await expect(qr.getByTestId('deck-qr-missing')).toContainText('127.0.0.1')
})

test('the hosted deck offers its PDF', async ({ page, request }) => {
  const last = slides.at(-1)!
  await gotoSlide(page, last.no)
  const link = page.getByTestId('pdf-link')
  await expect(link).toBeVisible()
  const response = await request.get(new URL(await link.getAttribute('href') ?? '', page.url()).href)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('pdf')
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-')
})
