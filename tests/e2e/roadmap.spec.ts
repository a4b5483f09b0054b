import type { Page } from '@playwright/test'
import { loadDeckSource } from './deck-source'
import { expect, overflowingElements, position, test } from './fixtures'

// The timelines and the learning roadmap (RoadmapTimeline) on the built deck, found by their slides' routeAlias
// and checked by structure, never by wording: every click step shows one more milestone, the last one all of them;
// a card opens by click, tap or keyboard without moving the deck; the phone's reading view shows every detail.

const roadmapSlides = (await loadDeckSource()).slides.filter(slide => /<RoadmapTimeline\b/.test(slide.content))

/** Opens a slide by its alias at a click step; returns its timeline and the slide's number. */
async function open(page: Page, alias: string, clicks = 0) {
  await page.goto(`${alias}?clicks=${clicks}`)
  const timeline = page.locator('.slidev-page:visible [data-testid="roadmap"]')
  await expect(timeline).toHaveAttribute('data-step', String(clicks))
  await page.evaluate(() => document.fonts.ready)
  const no = Number((await timeline.evaluate(el => el.closest('[class*="slidev-page-"]')!.className)).match(/slidev-page-(\d+)/)![1])
  return { timeline, no }
}

test('every timeline slide has a routeAlias, so that tests and links can find it', () => {
  expect(roadmapSlides.length).toBeGreaterThan(0)
  for (const slide of roadmapSlides)
    expect(slide.alias, `slide ${slide.no} shows a RoadmapTimeline: give it a routeAlias`).toBeTruthy()
})

for (const slide of roadmapSlides) {
  test(`${slide.alias}: each click step opens the next milestone, the last step shows them all, then the deck moves on`, async ({ page }) => {
    const { timeline, no } = await open(page, slide.alias!)
    const items = timeline.getByTestId('roadmap-item')
    const count = await items.count()
    expect(count, 'one click per milestone, then the summary').toBe(slide.clicks)
    const here = await timeline.getByTestId('roadmap-here').count()
    expect(here).toBeLessThanOrEqual(1)
    for (let step = 0; step <= count; step++) {
      await expect(timeline).toHaveAttribute('data-step', String(step))
      const phases = await items.evaluateAll(all => all.map(item => item.getAttribute('data-phase')))
      const expected = Array.from({ length: count }, (_, i) => step === count ? 'summary' : i < step ? 'past' : i === step ? 'current' : 'upcoming')
      expect(phases, `step ${step}`).toEqual(expected)
      await expect(timeline.locator('[data-testid="roadmap-detail"]:visible')).toHaveCount(Math.min(step + 1, count))
      await expect(timeline.locator('[aria-current="step"]')).toHaveCount(step < count ? 1 : 0)
      await expect(timeline.getByTestId('roadmap-here'), '当时的我 stays on its milestone').toHaveCount(here)
      expect(await overflowingElements(page, no), `step ${step} fits the slide`).toEqual([])
      await page.keyboard.press('ArrowRight')
    }
    await expect.poll(() => position(page).no).toBe(no + 1)
  })
}

test('keyboard: Enter opens a card, arrows move between cards and keep the deck still, Escape hands them back', async ({ page }) => {
  const slide = roadmapSlides.at(-1)!
  const { timeline } = await open(page, slide.alias!)
  const items = timeline.getByTestId('roadmap-item')
  const toggles = timeline.getByTestId('roadmap-toggle')
  const last = (await items.count()) - 1
  await toggles.first().focus()
  await page.keyboard.press('Enter')
  await expect(items.first()).toHaveAttribute('data-open', 'true')
  const before = position(page)
  await page.keyboard.press('ArrowRight')
  await expect(toggles.nth(1)).toBeFocused()
  await expect(items.nth(1), 'the open detail follows the focus').toHaveAttribute('data-open', 'true')
  await expect(items.nth(1).getByTestId('roadmap-detail')).toBeVisible()
  await page.keyboard.press('End')
  await expect(toggles.nth(last)).toBeFocused()
  await page.keyboard.press('Home')
  await expect(toggles.first()).toBeFocused()
  expect(position(page), 'the cards kept the arrow keys').toEqual(before)
  await page.keyboard.press('Escape')
  await expect(toggles.first()).not.toBeFocused()
  await expect(timeline.locator('[data-open="true"]')).toHaveCount(0)
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => position(page)).toEqual({ no: before.no, clicks: before.clicks + 1 })
})

test.describe('touch', () => {
  test.use({ hasTouch: true })

  test('a tap opens an upcoming card with its source and keeps the slide', async ({ page }) => {
    const slide = roadmapSlides.find(s => s.content.includes('industryTimeline'))!
    const { timeline } = await open(page, slide.alias!)
    const last = timeline.getByTestId('roadmap-item').last()
    await expect(last.getByTestId('roadmap-detail')).toBeHidden()
    const before = position(page)
    await last.getByTestId('roadmap-toggle').tap()
    await expect(last).toHaveAttribute('data-open', 'true')
    await expect(last.getByTestId('roadmap-detail')).toBeVisible()
    expect(position(page)).toEqual(before)
  })
})

test.describe('reading view on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

  for (const slide of roadmapSlides) {
    test(`${slide.alias}: the summary, every detail shown, text ≥ 11 px, nothing wider than the phone`, async ({ page }) => {
      await page.goto(`read/${slide.no}`)
      const timeline = page.locator(`#slide-${slide.no} [data-testid="roadmap"]`)
      await timeline.scrollIntoViewIfNeeded()
      await expect(timeline).toHaveAttribute('data-focus', 'summary')
      const details = timeline.getByTestId('roadmap-detail')
      await expect(details).toHaveCount(slide.clicks)
      for (const detail of await details.all())
        await expect(detail).toBeVisible()
      const smallest = await timeline.evaluate(root => Math.min(...[...root.querySelectorAll('*')]
        .filter(el => [...el.childNodes].some(node => node.nodeType === 3 && node.textContent!.trim()) && (el as HTMLElement).offsetParent)
        .map(el => Number.parseFloat(getComputedStyle(el).fontSize))))
      expect(smallest).toBeGreaterThanOrEqual(11)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    })
  }
})
