import type { Page } from '@playwright/test'
import type { SourceSlide } from './deck-source'
import AxeBuilder from '@axe-core/playwright'
import { contentPhrases, loadDeckSource, noteSentences } from './deck-source'
import { expect, position, test, waitForSlide } from './fixtures'

// The reading view (/read) on phones: the whole talk as one article, legible, in order, accessible; phones land
// there from the deck's root and slide links; desktop does not.

let slides: SourceSlide[]
test.beforeAll(async () => {
  ({ slides } = await loadDeckSource())
})

async function openReading(page: Page, path = 'read') {
  await page.goto(path)
  await expect(page.locator(`#slide-${slides.length}`)).toBeAttached()
  await page.evaluate(() => document.fonts.ready)
}

/** Scrolls through the whole article as a reader would; each slide mounts as it comes near. */
async function readToTheEnd(page: Page) {
  for (const slide of slides) {
    const section = page.locator(`#slide-${slide.no}`)
    await section.scrollIntoViewIfNeeded()
    await expect(section.locator('.reading-slide-body .slidev-layout').first(), `slide ${slide.no} mounts as it scrolls in`).toBeVisible()
  }
  await page.evaluate(() => document.fonts.ready)
}

/** Font sizes of all visible text, per character, split into HTML text and SVG (chart) text. */
async function textSizes(page: Page) {
  return page.evaluate(() => {
    const html: number[] = []
    const svg: number[] = []
    const small: string[] = []
    const walker = document.createTreeWalker(document.querySelector('[data-testid="reading-view"]')!, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent!.replace(/\s+/g, '')
      const el = node.parentNode as Element
      if (!text || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
        continue
      const rect = el.getBoundingClientRect()
      if (rect.width <= 1 && rect.height <= 1)
        continue // visually hidden (live regions)
      // On screen size: SVG text scales with its viewBox.
      const inSvg = el instanceof SVGGraphicsElement
      const size = inSvg ? Number.parseFloat(getComputedStyle(el).fontSize) * (el.getScreenCTM()?.d ?? 1) : Number.parseFloat(getComputedStyle(el).fontSize)
      for (let i = 0; i < text.length; i++)
        (inSvg ? svg : html).push(size)
      if (!inSvg && size < 12)
        small.push(`${size}px: ${text.slice(0, 30)}`)
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
    return { median: median(html), min: Math.min(...html), svgMin: Math.min(...svg), svgMedian: median(svg), small }
  })
}

for (const size of [{ width: 390, height: 844 }, { width: 360, height: 740 }]) {
  test.describe(`reading view at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size, hasTouch: true, isMobile: true })

    test('every slide\'s title, text and script in order, legible, no sideways scroll', async ({ page }) => {
      await openReading(page)
      // Only the first screen's slides are built on arrival; the rest mount as they scroll near.
      const farthest = page.locator(`#slide-${slides.length}`)
      await expect(farthest).toHaveAttribute('data-live', 'false')
      await expect(farthest.locator('h1')).toContainText(slides.at(-1)!.title)
      await readToTheEnd(page)
      const sections = page.getByTestId('reading-slide')
      await expect(sections).toHaveCount(slides.length)
      let lastTop = Number.NEGATIVE_INFINITY
      for (const slide of slides) {
        const section = page.locator(`#slide-${slide.no}`)
        const top = (await section.boundingBox())!.y
        expect(top, `slide ${slide.no} after slide ${slide.no - 1}`).toBeGreaterThan(lastTop)
        lastTop = top
        await expect(section.locator('h1').first()).toContainText(slide.title)
        const body = ((await section.locator('.reading-slide-body').textContent()) ?? '').replace(/\s+/g, '')
        for (const phrase of contentPhrases(slide))
          expect(body, `slide ${slide.no} shows its text`).toContain(phrase)
        const script = section.getByTestId('reading-script')
        const text = ((await script.textContent()) ?? '').replace(/\s+/g, '')
        for (const sentence of noteSentences(slide.note))
          expect(text, `slide ${slide.no} has its script`).toContain(sentence.replace(/\s+/g, ''))
        expect(text, 'no click cues').not.toMatch(/（点击）|\[click/)
      }
      const sizes = await textSizes(page)
      test.info().annotations.push({ type: 'text sizes', description: JSON.stringify({ ...sizes, small: sizes.small.length }) })
      expect(sizes.median).toBeGreaterThanOrEqual(16)
      expect(sizes.small, 'HTML text under 12 px').toEqual([])
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
    })
  })
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the reading view passes axe in ${scheme} mode`, async ({ page }) => {
    test.setTimeout(120_000)
    await page.setViewportSize({ width: 390, height: 844 })
    await page.emulateMedia({ colorScheme: scheme })
    await openReading(page)
    await readToTheEnd(page)
    await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /dark/ : /^(?!.*\bdark\b)/)
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
    expect(violations.map(v => `${v.id} (${v.nodes.length}) ${v.nodes.slice(0, 2).map(n => n.target.join(' ')).join(' | ')}`)).toEqual([])
  })
}

test.describe('phones land in the reading view', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

  test('a slide link /11 opens the reading view with slide 11 at the top', async ({ page }) => {
    await page.goto('11')
    await expect(page).toHaveURL(/\/read\/11$/)
    const section = page.locator('#slide-11')
    await expect(section).toBeVisible()
    await expect.poll(async () => {
      const header = (await page.getByTestId('reading-header').boundingBox())!
      return Math.abs((await section.boundingBox())!.y - (header.y + header.height))
    }).toBeLessThanOrEqual(24)
    await expect(page.getByTestId('reading-progress')).toHaveText(`11 / ${slides.length}`)
  })

  test('the deck\'s root opens the reading view at the start; its link leads to the slides, which stay', async ({ page }) => {
    await page.goto('./')
    await expect(page).toHaveURL(/\/read$/)
    await expect(page.getByTestId('reading-slide').first()).toBeInViewport()
    await page.locator('#slide-4 .reading-slide-open').click()
    await waitForSlide(page, 4)
    expect(position(page).no).toBe(4)
    await page.reload()
    await waitForSlide(page, 4)
  })

  test('a finger on a chart handle drags it without scrolling; elsewhere it scrolls', async ({ page, context }) => {
    await openReading(page, 'read/11')
    const handle = page.locator('#slide-11 [data-testid="dr-handle"]')
    await handle.scrollIntoViewIfNeeded()
    const before = { value: await handle.getAttribute('aria-valuenow'), scrollY: await page.evaluate(() => scrollY) }
    const box = (await handle.boundingBox())!
    const cdp = await context.newCDPSession(page)
    const drag = async (x: number, y: number, dx: number, dy: number) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] })
      for (let i = 1; i <= 10; i++)
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + (dx * i) / 10, y: y + (dy * i) / 10 }] })
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
    }
    await drag(box.x + box.width / 2, box.y + box.height / 2, 120, -60)
    await expect(handle).not.toHaveAttribute('aria-valuenow', before.value!)
    expect(await page.evaluate(() => scrollY)).toBe(before.scrollY)
    expect(page.url()).toMatch(/\/read\/11$/)
    // The same gesture on the script scrolls the page.
    const script = (await page.locator('#slide-11 [data-testid="reading-script"]').boundingBox())!
    await drag(script.x + 40, Math.min(script.y + 40, 700), 0, -200)
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before.scrollY)
  })
})

test('on a desktop screen, slide links and the root stay in the slides', async ({ page }) => {
  await page.goto('11')
  await waitForSlide(page, 11)
  expect(new URL(page.url()).pathname).toMatch(/\/11$/)
  await page.goto('./')
  await waitForSlide(page, 1)
})
