import type { APIRequestContext, Page } from '@playwright/test'
import type { FontSlice } from '../../build/font-chars'
import { Buffer } from 'node:buffer'
import { create as openFont } from 'fontkit'
import { inRanges, parseFontFaces } from '../../build/font-chars'
import { READING_FONT_FAMILY } from '../../build/vite-plugin-deck-font'
import { declaredFontFaces } from '../support/deck-font'
import { slideTextInPage } from '../support/slide-text'
import { expect, fontsDrawing, gotoSlide, test, waitForSlide, walkDeck } from './fixtures'

// The built deck's CJK font is cut to the deck's own characters ('Deck Sans SC', see
// build/vite-plugin-deck-font.ts), with the full unicode-range split ('Noto Sans SC Variable') behind it.

const SPLIT_FAMILY = 'Noto Sans SC Variable'
const CUT_FAMILY = 'Deck Sans SC'

interface Face { url: string, ranges: FontSlice['ranges'], mapped: Set<number> }

/** The cut faces as the built index.html declares them, each with the characters its font file really maps. */
async function cutFaces(request: APIRequestContext, baseURL: string): Promise<Face[]> {
  const all = await declaredFontFaces(request, baseURL)
  const faces = all.filter(face => face.family === CUT_FAMILY)
  expect(faces.length).toBeGreaterThan(0)
  // The reading view's family (static faces of its own, tests/e2e/reading-font.spec.ts) claims the very same
  // characters, in one face or both, and the Greek letters the static fonts have and the variable slices lack.
  const reading = all.filter(face => face.family === READING_FONT_FAMILY)
  const claimed = (list: typeof all) => new Set(list.flatMap(f => f.ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i))))
  const [slides, phone] = [claimed(faces), claimed(reading)]
  expect([...slides].filter(c => !phone.has(c)).map(c => String.fromCodePoint(c)), 'in the slides\' cut, not the reading font').toEqual([])
  expect([...phone].filter(c => !slides.has(c)).map(c => String.fromCodePoint(c)), 'in the reading font, not the slides\' cut').toEqual(['Δ', 'δ', 'λ'])
  expect(faces.length + reading.length).toBe(all.length)
  return Promise.all(faces.map(async (face) => {
    const response = await request.get(new URL(face.url, baseURL).href)
    expect(response.status(), face.url).toBe(200)
    const font = openFont(await response.body())
    if ('fonts' in font)
      throw new Error(`${face.url} is a font collection`)
    const mapped = new Set(font.characterSet.filter(c => c !== 0xFFFF && font.hasGlyphForCodePoint(c)))
    return { url: face.url, ranges: face.ranges, mapped }
  }))
}

/** The full split font's faces (from the deck's own stylesheet), for characters the cut lacks. */
async function splitFaces(page: Page): Promise<{ url: string, ranges: FontSlice['ranges'] }[]> {
  const rules = await page.evaluate((family) => {
    const out: string[] = []
    for (const sheet of document.styleSheets) {
      let cssRules: CSSRuleList
      try {
        cssRules = sheet.cssRules
      }
      catch {
        continue
      }
      for (const rule of cssRules) {
        if (rule instanceof CSSFontFaceRule && rule.style.getPropertyValue('font-family').replace(/['"]/g, '') === family)
          out.push(`@font-face{${rule.style.cssText}}`)
      }
    }
    return out.join('\n')
  }, SPLIT_FAMILY)
  // The browser resolves url()s against the stylesheet: read them as absolute.
  return parseFontFaces(rules.replace(/url\("([^"]+)"\)/g, 'url($1)')).map(f => ({ url: f.url, ranges: f.ranges }))
}

/** Every character in the current slide: its text (SVG too) and the labels assistive technology reads out. */
function slideText(page: Page, no: number): Promise<string> {
  return page.evaluate(slideTextInPage, no)
}

function addChars(into: Map<number, string>, text: string, where: string) {
  for (const char of text) {
    const c = char.codePointAt(0)!
    if (c > 0x20 && !/\s/.test(char) && !into.has(c))
      into.set(c, where)
  }
}

/** Moves every slider on the slide through its whole range and clicks every button, collecting what they print. */
async function exerciseWidgets(page: Page, no: number, seen: Map<number, string>) {
  const sliders = page.locator(`.slidev-page-${no} [role="slider"]`)
  for (let i = 0; i < await sliders.count(); i++) {
    const slider = sliders.nth(i)
    if (!await slider.isVisible())
      continue
    await slider.focus()
    await page.keyboard.press('Home')
    for (const key of ['ArrowRight', 'ArrowUp']) {
      let last = await slider.getAttribute('aria-valuenow')
      for (let step = 0; step < 400; step++) {
        addChars(seen, await slideText(page, no), `slide ${no}, slider ${i} at ${last}`)
        await page.keyboard.press(key)
        const now = await slider.getAttribute('aria-valuenow')
        if (now === last)
          break
        last = now
      }
    }
    await page.keyboard.press('Escape')
  }
  const buttons = page.locator(`.slidev-page-${no} button`)
  for (let i = 0; i < await buttons.count(); i++) {
    const button = buttons.nth(i)
    if (!await button.isVisible() || !await button.isEnabled())
      continue
    await button.click()
    addChars(seen, await slideText(page, no), `slide ${no}, after button ${i}`)
  }
  await page.keyboard.press('Escape')
}

test('every character the deck shows or a widget prints is in the cut font', async ({ page, request, baseURL }) => {
  test.setTimeout(300_000)
  const faces = await cutFaces(request, baseURL!)
  const seen = new Map<number, string>()

  // Every slide and click step, walked with the keyboard as a presenter does.
  const lastStep = new Map<number, number>()
  await walkDeck(page, async (step) => {
    lastStep.set(step.no, step.clicks)
    addChars(seen, await slideText(page, step.no), `slide ${step.no} step ${step.clicks}`)
  })
  expect(lastStep.size).toBeGreaterThanOrEqual(20)

  // Every value the sliders can take and every state the widgets' buttons lead to, at each slide's last step.
  let widgets = 0
  for (const [no, clicks] of lastStep) {
    await gotoSlide(page, no, clicks)
    if (await page.locator(`.slidev-page-${no} [role="slider"], .slidev-page-${no} button`).count() === 0)
      continue
    await exerciseWidgets(page, no, seen)
    widgets++
  }
  expect(widgets, 'slides with widgets').toBeGreaterThanOrEqual(3)

  // Each character must be claimed by a cut face whose font maps it, unless the font has no glyph for it at all
  // (then no web font ever drew it: the cut changes nothing).
  const split = await splitFaces(page)
  expect(split.length).toBeGreaterThan(90)
  const splitMaps = new Map<string, Set<number>>()
  const missing: string[] = []
  const notInFont: string[] = []
  for (const [c, where] of [...seen].sort((a, b) => a[0] - b[0])) {
    const face = faces.find(f => inRanges(c, f.ranges))
    if (face?.mapped.has(c))
      continue
    // In the full font? Find the split face the browser would use (the last one declared whose range holds it).
    const slice = [...split].reverse().find(f => inRanges(c, f.ranges))
    let inFont = false
    if (slice) {
      if (!splitMaps.has(slice.url)) {
        const font = openFont(await (await request.get(new URL(slice.url, baseURL).href)).body())
        splitMaps.set(slice.url, new Set('fonts' in font ? [] : font.characterSet))
      }
      inFont = splitMaps.get(slice.url)!.has(c)
    }
    const label = `${String.fromCodePoint(c)} U+${c.toString(16).toUpperCase()} (${where})`
    if (inFont)
      missing.push(label)
    else
      notInFont.push(label)
  }
  expect(missing, 'characters the deck shows that the cut font lacks').toEqual([])
  expect(seen.size).toBeGreaterThan(500)
  // Noto Sans SC has no Greek: the few Greek letters of the charts' formulas are drawn by the system font, as before.
  expect(notInFont.length, notInFont.join(', ')).toBeLessThan(10)
})

test('the inline font rules leave the charset declaration within the first 1024 bytes of the page', async ({ request, baseURL }) => {
  const html = await (await request.get(baseURL!)).text()
  const head = Buffer.from(html).subarray(0, 1024).toString('latin1')
  expect(head).toMatch(/<meta charset=/i)
  expect(html.indexOf('<style id="deck-font">')).toBeGreaterThan(html.search(/<meta charset=/i))
})

test('the full split\'s @font-face rules are not in the render-blocking CSS; they arrive after the page loads', async ({ page, request, baseURL }) => {
  const html = await (await request.get(baseURL!)).text()
  const blocking = Array.from(html.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g), m => m[1]!)
  expect(blocking.length).toBeGreaterThan(0)
  for (const href of blocking) {
    const css = await (await request.get(new URL(href, baseURL).href)).text()
    expect(parseFontFaces(css).filter(face => face.family === SPLIT_FAMILY).length, href).toBe(0)
  }
  await gotoSlide(page, 1)
  await expect.poll(() => hasSplitFaces(page)).toBe(true)
})

/** Whether the page has the full split's @font-face rules. */
function hasSplitFaces(page: Page): Promise<boolean> {
  return page.evaluate(family => [...document.styleSheets].some(sheet =>
    [...sheet.cssRules].some(rule => rule instanceof CSSFontFaceRule && rule.style.getPropertyValue('font-family').includes(family))), SPLIT_FAMILY)
}

test('the reading view never loads the full split (its own cut draws all it shows); the slides get it when the reader goes there', async ({ page }) => {
  const requests: string[] = []
  page.on('request', r => requests.push(new URL(r.url()).pathname))
  await page.goto('read', { waitUntil: 'load' })
  await expect(page.getByTestId('reading-slides-link')).toBeVisible()
  // The loader has had its turn after load and decided to wait (build/vite-plugin-deck-font.ts).
  await expect(page.locator('html')).toHaveAttribute('data-deck-font-split', 'waiting')
  expect(await hasSplitFaces(page)).toBe(false)
  expect(requests.filter(p => /noto-sans-sc/.test(p)), 'split stylesheet or files requested by the reading view').toEqual([])

  await page.getByTestId('reading-slides-link').click()
  await waitForSlide(page, 1)
  await expect(page.locator('html')).toHaveAttribute('data-deck-font-split', 'loading')
  await expect.poll(() => hasSplitFaces(page)).toBe(true)
})

test('a character outside the cut font still gets a real glyph from the full split font', async ({ page, request, baseURL }) => {
  const faces = await cutFaces(request, baseURL!)
  const rare = '龘' // U+9F98: in Noto Sans SC, not in this talk
  const code = rare.codePointAt(0)!
  expect(faces.some(f => inRanges(code, f.ranges) || f.mapped.has(code)), 'the rare character is not in the cut').toBe(false)

  await gotoSlide(page, 1)
  const fontRequests: string[] = []
  page.on('request', (r) => {
    if (r.resourceType() === 'font')
      fontRequests.push(r.url())
  })
  await page.evaluate((text) => {
    const span = document.createElement('span')
    span.id = 'rare-char'
    span.textContent = text
    document.querySelector('.slidev-page-1 h1')!.append(span)
  }, rare)
  await expect.poll(() => page.evaluate(async () => {
    await document.fonts.ready
    return [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family.replace(/"/g, ''))
  })).toContain(SPLIT_FAMILY)
  expect(fontRequests.some(url => /noto-sans-sc-\d+-wght-normal/.test(url)), fontRequests.join(', ')).toBe(true)

  // Ask the renderer which font drew the glyph: a web font (the Noto Sans SC split), not a system font or a box.
  const fonts = await fontsDrawing(page, '#rare-char')
  expect(fonts).toHaveLength(1)
  expect(fonts[0]!.familyName).toMatch(/^Noto Sans SC/)
  expect(fonts[0]!.isCustomFont).toBe(true)
  expect(fonts[0]!.glyphCount).toBe(1)
})

test('the slides load only cut fonts: never the full split, nor the cuts for the speaker notes', async ({ page }) => {
  test.setTimeout(120_000)
  const fontRequests: string[] = []
  page.on('request', (r) => {
    if (r.resourceType() === 'font')
      fontRequests.push(new URL(r.url()).pathname)
  })
  await walkDeck(page, async () => {})
  const cjk = fontRequests.filter(p => !/jetbrains-mono/.test(p))
  expect(cjk.length).toBeGreaterThan(0)
  expect(cjk.filter(p => !/\/deck-sans-sc-[\w-]+-[0-9a-f]{8}\.woff2$/.test(p)), 'split font files loaded').toEqual([])
  expect(cjk.filter(p => /-notes-[0-9a-f]{8}\.woff2$/.test(p)), 'notes-only cuts loaded by the slides').toEqual([])
})

test('the presenter view draws the speaker notes from the cut font too', async ({ page }) => {
  const fontRequests: string[] = []
  page.on('request', (r) => {
    if (r.resourceType() === 'font')
      fontRequests.push(new URL(r.url()).pathname)
  })
  await page.goto('presenter/1')
  await expect(page.locator('.slidev-note').first()).toBeVisible()
  await page.evaluate(() => document.fonts.ready)
  const cjk = fontRequests.filter(p => !/jetbrains-mono/.test(p))
  expect(cjk.some(p => /-notes-[0-9a-f]{8}\.woff2$/.test(p)), 'notes-only cuts loaded').toBe(true)
  expect(cjk.filter(p => !/\/deck-sans-sc-[\w-]+-[0-9a-f]{8}\.woff2$/.test(p)), 'split font files loaded').toEqual([])
})
