import type { Locator, Page } from '@playwright/test'
import { PREFER_SLIDES_KEY } from '../../lib/reading/landing'
import { loadDeckSource } from './deck-source'
import { expect, gotoSlide, position, test, touchDrag } from './fixtures'

/** The deck's slide with this routeAlias (tests find slides by their stable name, not by title or number). */
async function slideNamed(alias: string) {
  const slide = (await loadDeckSource()).slides.find(s => s.alias === alias)
  if (!slide)
    throw new Error(`no slide with routeAlias: ${alias}`)
  return slide
}

// Real touch input (CDP Input.dispatchTouchEvent) on the charts in the slide view, at phone and tablet sizes:
// a finger dragging a handle or a curve changes the chart and never the slide, and never scrolls; a finger on
// plain slide content still swipes to the next slide (Slidev's usePointerSwipe on the page root).

async function centre(locator: Locator) {
  const box = (await locator.boundingBox())!
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

async function sidewaysScroll(page: Page) {
  return page.evaluate(() => ({
    scrollX: window.scrollX,
    overflow: document.documentElement.scrollWidth - window.innerWidth,
  }))
}

const CONTROLS = [
  { slide: 'internet-users', clicks: 0, testid: 'iu-handle', grab: 'iu-point', dx: 1 },
  { slide: 'deep-water', clicks: 2, testid: 'dr-handle', grab: 'dr-handle', dx: 1 },
  { slide: 'boss-view', clicks: 0, testid: 'dr-handle', grab: 'dr-handle', dx: -1 },
  { slide: 'market', clicks: 2, testid: 'labor-demand-handle', grab: 'labor-demand-grip', dx: 1 },
  { slide: 'market', clicks: 2, testid: 'labor-supply-handle', grab: 'labor-supply-curve', dx: 1 },
]

for (const size of [{ name: 'phone', width: 390, height: 844 }, { name: 'tablet', width: 1024, height: 768 }]) {
  test.describe(`touch at ${size.name} size ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height }, hasTouch: true, isMobile: size.name === 'phone' })
    // A phone lands in the reading view unless the reader chose the slides (lib/reading/landing.ts).
    test.beforeEach(async ({ page }) => {
      await page.addInitScript(key => sessionStorage.setItem(key, '1'), PREFER_SLIDES_KEY)
    })

    for (const control of CONTROLS) {
      test(`dragging ${control.testid} on "${control.slide}" changes its value, not the slide`, async ({ page, context }) => {
        const slide = await slideNamed(control.slide)
        await gotoSlide(page, slide.no, control.clicks)
        const scope = page.locator(`.slidev-page-${slide.no}`)
        const handle = scope.getByTestId(control.testid).first()
        // The CNNIC slider's hit area is the plot: start on its first point.
        const grab = scope.getByTestId(control.grab).first()
        const before = { value: await handle.getAttribute('aria-valuenow'), url: page.url() }
        const cdp = await context.newCDPSession(page)
        const width = (await scope.boundingBox())!.width
        await touchDrag(cdp, await centre(grab), control.dx * width * 0.35, 8)
        await expect(handle).not.toHaveAttribute('aria-valuenow', before.value!)
        // Let a late swipe handler run if there were one; the URL and slide stay.
        await page.evaluate(() => new Promise(requestAnimationFrame))
        expect(page.url()).toBe(before.url)
        expect(position(page)).toEqual({ no: slide.no, clicks: control.clicks })
        expect(await sidewaysScroll(page)).toEqual({ scrollX: 0, overflow: 0 })
      })
    }

    test('a swipe on plain slide content still changes slide', async ({ page, context }) => {
      // A slide of plain text: no widget, no clicks, not the last.
      const { slides } = await loadDeckSource()
      const slide = slides.find(s => s.clicks === 0 && !/<[A-Z]/.test(s.content) && s.no < slides.length && s.no > 1)!
      await gotoSlide(page, slide.no, slide.clicks)
      const title = page.locator(`.slidev-page-${slide.no} h1`).first()
      const cdp = await context.newCDPSession(page)
      await touchDrag(cdp, await centre(title), -size.width * 0.5)
      await expect.poll(() => position(page).no).toBe(slide.no + 1)
    })
  })
}
