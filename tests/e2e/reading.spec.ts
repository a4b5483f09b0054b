import type { Page } from '@playwright/test'
import type { SourceSlide } from './deck-source'
import AxeBuilder from '@axe-core/playwright'
import { contentPhrases, loadDeckSource, noteSentences } from './deck-source'
import { expect, fontsDrawing, position, test, touchDrag, waitForSlide } from './fixtures'

// The reading view (/read) on phones: the whole talk as one article, legible, in order, accessible; phones land
// there from the deck's root and slide links; desktop does not.

let slides: SourceSlide[]
test.beforeAll(async () => {
  ({ slides } = await loadDeckSource())
})

/** The reading view's address of a slide: /read/N, or /read/<routeAlias> for a slide that has one. */
function readingUrl(slide: SourceSlide) {
  return new RegExp(`/read/(?:${slide.no}${slide.alias ? `|${slide.alias}` : ''})$`)
}

/** The first slide that shows a widget (found by its tag, never by wording). */
function slideWith(component: string) {
  const slide = slides.find(s => s.content.includes(`<${component}`))
  if (!slide)
    throw new Error(`no slide shows <${component}>: this test is about it; remove the test with the widget`)
  return slide
}

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

/**
 * Font sizes of all visible text, per character, split into HTML text and SVG (chart) text; and the source notes'
 * and chart captions' smallest size.
 */
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
      // On screen size: SVG text scales with its viewBox. The text's own "up" is the matrix's second column (a
      // rotated title runs up the page: its d is 0 and its c the scale).
      const inSvg = el instanceof SVGGraphicsElement
      const matrix = inSvg ? el.getScreenCTM() : null
      const size = Number.parseFloat(getComputedStyle(el).fontSize) * (matrix ? Math.hypot(matrix.c, matrix.d) : 1)
      for (let i = 0; i < text.length; i++)
        (inSvg ? svg : html).push(size)
      if (!inSvg && size < 12)
        small.push(`${size}px: ${text.slice(0, 30)}`)
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
    const notes = Array.from(document.querySelectorAll('.reading .source-note, .reading .chart-caption'), el => Number.parseFloat(getComputedStyle(el).fontSize))
    return { median: median(html), min: Math.min(...html), svgMin: Math.min(...svg), svgMedian: median(svg), notesMin: Math.min(...notes), small }
  })
}

/**
 * What is wrong with the charts' text on screen: a line of text outside its chart's box (clipped on a phone), or
 * two lines over each other. A line is an SVG text, or the part of it from one positioned tspan to the next; its
 * box is the glyphs' em box (the line box less the font's extra ascent and descent). Tick labels under the
 * labour-market chart's value tags are covered on purpose and left out.
 */
async function chartTextProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = []
    for (const svg of document.querySelectorAll<SVGSVGElement>('.reading svg.chart-svg')) {
      const chart = svg.getBoundingClientRect()
      const covers = Array.from(svg.querySelectorAll('.tick-cover'), c => c.getBoundingClientRect())
      const lines: Array<{ text: string, box: DOMRect }> = []
      for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
        if (!text.checkVisibility({ visibilityProperty: true, opacityProperty: true }) || !text.textContent!.trim())
          continue
        const tspans = [...text.querySelectorAll('tspan')]
        const parts: Element[][] = tspans.some(t => t.hasAttribute('x')) ? [] : [[text]]
        for (const tspan of parts.length ? [] : tspans) {
          if (tspan.hasAttribute('x') || !parts.length)
            parts.push([])
          parts.at(-1)!.push(tspan)
        }
        const matrix = text.getScreenCTM()!
        const em = Number.parseFloat(getComputedStyle(text).fontSize) * Math.hypot(matrix.c, matrix.d)
        for (const part of parts) {
          const rects = part.map(el => el.getBoundingClientRect())
          const left = Math.min(...rects.map(r => r.left))
          const right = Math.max(...rects.map(r => r.right))
          const middle = (Math.min(...rects.map(r => r.top)) + Math.max(...rects.map(r => r.bottom))) / 2
          const vertical = Math.abs(matrix.d) < 0.01
          const box = vertical
            ? new DOMRect(left, Math.min(...rects.map(r => r.top)), right - left, Math.max(...rects.map(r => r.bottom)) - Math.min(...rects.map(r => r.top)))
            : new DOMRect(left, middle - 0.45 * em, right - left, 0.9 * em)
          const label = part.map(el => el.textContent).join('').trim()
          const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
          if (covers.some(c => centre.x > c.left && centre.x < c.right && centre.y > c.top && centre.y < c.bottom))
            continue
          lines.push({ text: label, box })
        }
      }
      const slide = svg.closest('[data-testid="reading-slide"]')!.id
      for (const [i, a] of lines.entries()) {
        const b = a.box
        if (b.left < chart.left - 0.5 || b.right > chart.right + 0.5 || b.top < chart.top - 0.5 || b.bottom > chart.bottom + 0.5)
          problems.push(`${slide}: “${a.text}” leaves its chart`)
        for (const other of lines.slice(i + 1)) {
          const o = other.box
          if (b.left < o.right - 0.5 && o.left < b.right - 0.5 && b.top < o.bottom - 0.5 && o.top < b.bottom - 0.5)
            problems.push(`${slide}: “${a.text}” overlaps “${other.text}”`)
        }
      }
    }
    return problems
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
      await expect(farthest.locator('h1')).toContainText(slides.at(-1)!.heading)
      await readToTheEnd(page)
      const sections = page.getByTestId('reading-slide')
      await expect(sections).toHaveCount(slides.length)
      let lastTop = Number.NEGATIVE_INFINITY
      for (const slide of slides) {
        const section = page.locator(`#slide-${slide.no}`)
        const top = (await section.boundingBox())!.y
        expect(top, `slide ${slide.no} after slide ${slide.no - 1}`).toBeGreaterThan(lastTop)
        lastTop = top
        await expect(section.locator('h1').first()).toContainText(slide.heading)
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
      // Charts draw their compact layout here, about one SVG unit per px: no chart label under 11 px.
      expect(sizes.svgMin, 'chart text (SVG) under 11 px').toBeGreaterThanOrEqual(11)
      expect(sizes.notesMin, 'source notes and chart captions under 11 px').toBeGreaterThanOrEqual(11)
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
    })

    test('chart text stays inside its chart, each line clear of the others', async ({ page }) => {
      await openReading(page)
      await readToTheEnd(page)
      // Measured in the reading view's own cut of the font, not in whatever this machine falls back to.
      const drawnWith = await fontsDrawing(page, `#slide-${slideWith('InternetUsersChart').no} svg.chart-svg text`)
      expect(drawnWith.every(font => font.isCustomFont), JSON.stringify(drawnWith)).toBe(true)
      const chartSlides = slides.filter(slide => /<(?:DiminishingReturns|InternetUsers|LaborMarket)Chart\b/.test(slide.content)).length
      expect(chartSlides).toBeGreaterThan(0)
      expect(await page.locator('.reading svg.chart-svg').count()).toBeGreaterThanOrEqual(chartSlides)
      // The labour-market chart measures its column before it draws at one unit per px.
      await page.evaluate(() => new Promise(requestAnimationFrame))
      expect(await chartTextProblems(page)).toEqual([])
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

  test('a slide link /N opens the reading view with slide N at the top', async ({ page }) => {
    const middle = slides[Math.floor(slides.length / 2)]!
    await page.goto(`${middle.no}`)
    await expect(page).toHaveURL(readingUrl(middle))
    const section = page.locator(`#slide-${middle.no}`)
    await expect(section).toBeVisible()
    await expect.poll(async () => {
      const header = (await page.getByTestId('reading-header').boundingBox())!
      return Math.abs((await section.boundingBox())!.y - (header.y + header.height))
    }).toBeLessThanOrEqual(24)
    await expect(page.getByTestId('reading-progress')).toHaveText(`${middle.no} / ${slides.length}`)
  })

  test('the last slide\'s link opens the reading view with the last slide at the top, short as it is', async ({ page }) => {
    const last = slides.length
    await page.goto(`${last}`)
    await expect(page).toHaveURL(readingUrl(slides.at(-1)!))
    const section = page.locator(`#slide-${last}`)
    await expect.poll(async () => {
      const header = (await page.getByTestId('reading-header').boundingBox())!
      return Math.abs((await section.boundingBox())!.y - (header.y + header.height))
    }).toBeLessThanOrEqual(24)
    await expect(page.getByTestId('reading-progress')).toHaveText(`${last} / ${last}`)
  })

  test('the labour market shows the slide\'s point, as the one-page PDF does: the shortage beside the premium', async ({ page }) => {
    const slide = slides.find(s => s.content.includes('<LaborMarketChart'))!
    await page.goto(`read/${slide.no}`)
    const chart = page.locator(`#slide-${slide.no}`)
    await expect(chart.getByTestId('labor-premium-label')).toBeVisible()
    await expect(chart.getByTestId('labor-gap-label')).toBeVisible()
  })

  test('the carry-over table keeps its pairs side by side, under their columns\' headings', async ({ page }) => {
    const slide = slides.find(s => s.content.includes('class="carry-grid"'))!
    await page.goto(`read/${slide.no}`)
    const grid = page.locator(`#slide-${slide.no} .carry-grid`)
    await expect(grid).toBeVisible()
    // Measured in one go, relative to the grid: the page around it may still move as slides and fonts arrive.
    const { recs, llms, heads } = await grid.evaluate((el) => {
      const origin = el.getBoundingClientRect()
      const boxes = (selector: string) => Array.from(el.querySelectorAll(selector), (item) => {
        const r = item.getBoundingClientRect()
        return { left: r.left - origin.left, top: r.top - origin.top, bottom: r.bottom - origin.top }
      })
      return { recs: boxes('.carry.rec'), llms: boxes('.carry.llm'), heads: boxes('.carry-head') }
    })
    expect(recs.length).toBeGreaterThan(1)
    expect(llms.length).toBe(recs.length)
    recs.forEach((rec, i) => {
      expect(Math.abs(rec.top - llms[i]!.top), `pair ${i + 1} on one row`).toBeLessThanOrEqual(2)
      expect(llms[i]!.left).toBeGreaterThan(rec.left)
    })
    expect(Math.abs(heads[0]!.left - recs[0]!.left)).toBeLessThanOrEqual(2)
    expect(Math.abs(heads[1]!.left - llms[0]!.left)).toBeLessThanOrEqual(2)
    expect(Math.max(...heads.map(h => h.bottom))).toBeLessThanOrEqual(recs[0]!.top)
  })

  test('the roadmap\'s goal follows its last stage, clear of every stage', async ({ page }) => {
    const slide = slides.find(s => /<RoadmapTimeline[^>]*:goal=/.test(s.content))!
    await page.goto(`read/${slide.no}`)
    const goal = page.locator(`#slide-${slide.no} [data-testid="roadmap-goal"]`)
    await expect(goal).toBeVisible()
    // In one go, relative to the roadmap, for the same reason.
    const { goalTop, stageBottoms } = await page.locator(`#slide-${slide.no} .roadmap`).evaluate((roadmap) => {
      const top = roadmap.getBoundingClientRect().top
      return {
        goalTop: roadmap.querySelector('[data-testid="roadmap-goal"]')!.getBoundingClientRect().top - top,
        stageBottoms: Array.from(roadmap.querySelectorAll('.item'), item => item.getBoundingClientRect().bottom - top),
      }
    })
    expect(stageBottoms.length).toBeGreaterThan(1)
    expect(goalTop).toBeGreaterThanOrEqual(Math.max(...stageBottoms))
  })

  test('the deck\'s root opens the reading view at the start; its link leads to the slides, which stay', async ({ page }) => {
    const splitFont: string[] = []
    page.on('request', r => /noto-sans-sc/.test(r.url()) && splitFont.push(r.url()))
    await page.goto('./', { waitUntil: 'load' })
    await expect(page).toHaveURL(/\/read$/)
    await expect(page.getByTestId('reading-slide').first()).toBeInViewport()
    // The reading view's own font draws all it shows: the full split (font.spec.ts) is for the slides alone.
    await expect(page.locator('html')).toHaveAttribute('data-deck-font-split', 'waiting')
    expect(splitFont, 'the full split asked for by the reading view').toEqual([])
    await page.locator('#slide-4 .reading-slide-open').click()
    await waitForSlide(page, 4)
    expect(position(page).no).toBe(4)
    await expect.poll(() => splitFont.length, 'the slides get the full split').toBeGreaterThan(0)
    await page.reload()
    await waitForSlide(page, 4)
    // And back: the navigation bar's way to the reading view opens it at the slide on screen.
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => position(page).no).toBeGreaterThan(4)
    const no = position(page).no
    const back = page.getByTestId('nav-reading')
    await expect(back).toHaveAttribute('href', readingUrl(slides[no - 1]!))
    await back.tap()
    await expect(page).toHaveURL(readingUrl(slides[no - 1]!))
    await expect(page.locator(`#slide-${no}`)).toBeInViewport()
  })

  test('a finger on a chart handle drags it without scrolling; elsewhere it scrolls', async ({ page, context }) => {
    const slide = slideWith('DiminishingReturnsChart')
    await openReading(page, `read/${slide.no}`)
    const handle = page.locator(`#slide-${slide.no} [data-testid="dr-handle"]`)
    await handle.scrollIntoViewIfNeeded()
    const before = { value: await handle.getAttribute('aria-valuenow'), scrollY: await page.evaluate(() => scrollY) }
    const box = (await handle.boundingBox())!
    const cdp = await context.newCDPSession(page)
    const drag = (x: number, y: number, dx: number, dy: number) => touchDrag(cdp, { x, y }, dx, dy)
    await drag(box.x + box.width / 2, box.y + box.height / 2, 120, -60)
    await expect(handle).not.toHaveAttribute('aria-valuenow', before.value!)
    expect(await page.evaluate(() => scrollY)).toBe(before.scrollY)
    expect(page.url()).toMatch(readingUrl(slide))
    // The same gesture on the script scrolls the page.
    const script = (await page.locator(`#slide-${slide.no} [data-testid="reading-script"]`).boundingBox())!
    await drag(script.x + 40, Math.min(script.y + 40, 700), 0, -200)
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before.scrollY)
  })
})

test.describe('touch on the CNNIC chart in the reading view', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

  test('a vertical swipe over its plot scrolls the page; a sideways drag selects a point', async ({ page, context }) => {
    const slide = slideWith('InternetUsersChart')
    await openReading(page, `read/${slide.no}`)
    const handle = page.locator(`#slide-${slide.no} [data-testid="iu-handle"]`)
    await handle.scrollIntoViewIfNeeded()
    const box = (await handle.boundingBox())!
    const cdp = await context.newCDPSession(page)
    const drag = (x: number, y: number, dx: number, dy: number) => touchDrag(cdp, { x, y }, dx, dy)
    // Up the plot, from its middle: the page scrolls, the selection stays (the latest report).
    const latest = await handle.getAttribute('aria-valuenow')
    const before = await page.evaluate(() => scrollY)
    await drag(box.x + box.width / 2, box.y + box.height * 0.6, 0, -240)
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before + 100)
    await expect(handle).toHaveAttribute('aria-valuenow', latest!)
    // Sideways across it: the selection follows the finger, the page stays.
    await handle.scrollIntoViewIfNeeded()
    const at = (await handle.boundingBox())!
    const scrolled = await page.evaluate(() => scrollY)
    await drag(at.x + at.width * 0.2, at.y + at.height * 0.5, at.width * 0.3, 4)
    await expect(handle).not.toHaveAttribute('aria-valuenow', latest!)
    expect(await page.evaluate(() => scrollY)).toBe(scrolled)
    expect(page.url()).toMatch(readingUrl(slide))
  })
})

test('on a desktop screen, slide links and the root stay in the slides', async ({ page }) => {
  const middle = slides[Math.floor(slides.length / 2)]!
  await page.goto(`${middle.no}`)
  await waitForSlide(page, middle.no)
  expect(position(page).no).toBe(middle.no)
  expect(new URL(page.url()).pathname).not.toMatch(/\/read/)
  await page.goto('./')
  await waitForSlide(page, 1)
})
