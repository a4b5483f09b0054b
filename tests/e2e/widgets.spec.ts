import type { Locator, Page } from '@playwright/test'
import { loadDeckSource } from './deck-source'
import { expect, gotoSlide, position, test } from './fixtures'

/** The deck's slide with this routeAlias (tests find slides by their stable name, not by title or number). */
async function slideNamed(alias: string) {
  const slide = (await loadDeckSource()).slides.find(s => s.alias === alias)
  if (!slide)
    throw new Error(`no slide with routeAlias: ${alias}`)
  return slide
}

// The interactive widgets on the real built deck: pointer and keyboard change what they read out,
// and Escape hands the arrow keys back to slide navigation.

/** A widget part on the given slide (Slidev keeps neighbouring slides mounted, so scope to the slide). */
function onSlide(page: Page, no: number, testid: string): Locator {
  return page.locator(`.slidev-page-${no} [data-testid="${testid}"]`).first()
}

/** Focuses a slider, presses keys, checks the deck stayed put, then Escape and check ArrowRight moves on. */
async function keyboardThenEscape(page: Page, handle: Locator, keys: string[]) {
  const before = position(page)
  await handle.focus()
  for (const key of keys)
    await page.keyboard.press(key)
  expect(position(page), 'the slider kept the arrow keys').toEqual(before)
  await page.keyboard.press('Escape')
  await expect(handle).not.toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => position(page)).not.toEqual(before)
}

/** Drags a handle horizontally by dx CSS pixels with real mouse events. */
async function dragBy(page: Page, handle: Locator, dx: number, dy = 0) {
  const box = (await handle.boundingBox())!
  const x = box.x + box.width / 2
  const y = box.y + box.height / 2
  await page.mouse.move(x, y)
  await page.mouse.down()
  for (let i = 1; i <= 10; i++)
    await page.mouse.move(x + (dx * i) / 10, y + (dy * i) / 10)
  await page.mouse.up()
}

test('diminishing returns: dragging the point and keys move the readout; Escape gives arrows back', async ({ page }) => {
  const slide = await slideNamed('deep-water')
  await gotoSlide(page, slide.no, slide.clicks)
  const handle = onSlide(page, slide.no, 'dr-handle')
  const effort = onSlide(page, slide.no, 'dr-readout-effort')
  const gain = onSlide(page, slide.no, 'dr-readout-gain')
  const start = { effort: await effort.textContent(), gain: await gain.textContent() }

  await dragBy(page, handle, 160)
  await expect(effort).not.toHaveText(start.effort!)
  await expect(gain).not.toHaveText(start.gain!)
  const dragged = Number(await handle.getAttribute('aria-valuenow'))
  expect(dragged).toBeGreaterThan(Number.parseFloat(start.effort!))

  await handle.focus()
  await page.keyboard.press('Home')
  await expect(handle).toHaveAttribute('aria-valuenow', '0')
  await page.keyboard.press('ArrowRight')
  expect(Number(await handle.getAttribute('aria-valuenow'))).toBeGreaterThan(0)
  await expect(handle).toHaveAttribute('aria-valuetext', /^投入 .+人年，累计提升 .+%，边际提升 .+/)
  await page.keyboard.press('End')
  await expect(handle).toHaveAttribute('aria-valuenow', await handle.getAttribute('aria-valuemax') ?? '')

  await keyboardThenEscape(page, handle, ['PageDown', 'ArrowLeft'])
})

test('CNNIC chart: pointing at a point or keying through them shows its value and report', async ({ page }) => {
  const slide = await slideNamed('internet-users')
  await gotoSlide(page, slide.no, slide.clicks)
  const handle = onSlide(page, slide.no, 'iu-handle')
  const readout = onSlide(page, slide.no, 'iu-readout')
  await handle.focus()
  await page.keyboard.press('Home')
  await expect(readout).toContainText('2012')
  await expect(handle).toHaveAttribute('aria-valuetext', /第 31 次/)
  await page.keyboard.press('ArrowRight')
  await expect(readout).toContainText('2013')
  const firstPoint = onSlide(page, slide.no, 'iu-point')
  await page.keyboard.press('End')
  await expect(readout).toContainText('2024')
  // The slider's hit area lies over the points: move the mouse to where the first point is drawn.
  const box = (await firstPoint.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await expect(readout).toContainText('2012')
  await keyboardThenEscape(page, handle, ['ArrowRight'])
})

test('roadmap: a click or Enter opens a milestone, arrows move between them, Escape closes and gives arrows back', async ({ page }) => {
  const slide = await slideNamed('roadmap')
  await gotoSlide(page, slide.no, 0)
  const items = page.locator(`.slidev-page-${slide.no} [data-testid="roadmap-item"]`)
  await expect(items).toHaveCount(7)
  // Step 0 highlights the first stage; a later stage is closed.
  await expect(items.nth(0)).toHaveAttribute('aria-current', 'step')
  const later = items.nth(4)
  await expect(later).toHaveAttribute('data-open', 'false')

  await later.getByTestId('roadmap-toggle').click()
  await expect(later).toHaveAttribute('data-open', 'true')
  await expect(later.getByTestId('roadmap-detail')).toBeVisible()

  await page.keyboard.press('ArrowRight')
  await expect(items.nth(5).getByTestId('roadmap-toggle')).toBeFocused()
  await page.keyboard.press('Home')
  await expect(items.nth(0).getByTestId('roadmap-toggle')).toBeFocused()
  await page.keyboard.press('End')
  await expect(items.nth(6).getByTestId('roadmap-toggle')).toBeFocused()
  // The open detail follows the focus; Enter toggles it.
  await expect(items.nth(6)).toHaveAttribute('data-open', 'true')
  await page.keyboard.press('Enter')
  await expect(items.nth(6)).toHaveAttribute('data-open', 'false')
  await page.keyboard.press('Enter')
  await expect(items.nth(6)).toHaveAttribute('data-open', 'true')

  const before = position(page)
  await page.keyboard.press('Escape')
  await expect(items.nth(6)).toHaveAttribute('data-open', 'false')
  await expect(items.nth(6).getByTestId('roadmap-toggle')).not.toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => position(page)).toEqual({ no: before.no, clicks: before.clicks + 1 })
  await expect(items.nth(1)).toHaveAttribute('aria-current', 'step')
})

test('industry timeline: every milestone has its detail at the last step', async ({ page }) => {
  for (const alias of ['rec-era', 'llm-era']) {
    const slide = await slideNamed(alias)
    // The timeline registers its own clicks, one per milestone: its last step (the summary) is its item count.
    await gotoSlide(page, slide.no, 0)
    const timeline = page.locator(`.slidev-page-${slide.no} [data-testid="roadmap"]`)
    const last = Number(await timeline.getAttribute('data-count'))
    await gotoSlide(page, slide.no, last)
    await expect(timeline).toHaveAttribute('data-focus', 'summary')
    const details = page.locator(`.slidev-page-${slide.no} [data-testid="roadmap-detail"]`)
    expect(await details.count()).toBeGreaterThanOrEqual(5)
    for (const detail of await details.all())
      await expect(detail).toBeVisible()
  }
})

test('labour market: dragging a curve and keys change the labels; presets switch market; Escape gives arrows back', async ({ page }) => {
  const slide = await slideNamed('market')
  await gotoSlide(page, slide.no, 2)
  const premium = onSlide(page, slide.no, 'labor-premium-label')
  const payTag = onSlide(page, slide.no, 'labor-pay-tag')
  const demand = onSlide(page, slide.no, 'labor-demand-handle')
  const startPremium = await premium.textContent()
  const startPay = await payTag.textContent()
  expect(startPremium).toMatch(/\+\d+%/)

  // Dragging the demand curve further right raises pay and the premium.
  await dragBy(page, demand, 80)
  await expect(payTag).not.toHaveText(startPay!)
  expect(Number.parseFloat((await payTag.textContent())!)).toBeGreaterThan(Number.parseFloat(startPay!))
  await expect(premium).not.toHaveText(startPremium!)

  // Reset returns to the step's state.
  await onSlide(page, slide.no, 'labor-reset').click()
  await expect(payTag).toHaveText(startPay!)

  // The keyboard moves the curve by the slider pattern, with Chinese value text.
  await demand.focus()
  await page.keyboard.press('ArrowLeft')
  await expect(demand).toHaveAttribute('aria-valuetext', /需求右移 .+%，工资溢价 .+%/)
  await expect(payTag).not.toHaveText(startPay!)
  await keyboardThenEscape(page, demand, ['ArrowRight', 'PageUp'])

  // The recommender preset switches the market shown.
  await gotoSlide(page, slide.no, 2)
  const root = onSlide(page, slide.no, 'labor-market')
  await onSlide(page, slide.no, 'labor-preset-rec').click()
  await expect(root).toHaveAttribute('data-scenario', 'rec')
  const before = position(page)
  await page.mouse.click(5, 5)
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => position(page)).not.toEqual(before)
})
