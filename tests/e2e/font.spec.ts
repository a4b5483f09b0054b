import type { Page } from '@playwright/test'
import { Buffer } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { create as openFont } from 'fontkit'
import { FONT_FAMILY, FONT_FILES } from '../../vite/deck-font'
import { declaredFontFaces, inRanges } from '../support/deck-font'
import { readingTextInPage } from '../support/reading-text'
import { slideTextInPage } from '../support/slide-text'
import { expect, gotoSlide, test, walkDeck } from './fixtures'

// The built deck's CJK font, 'Deck Sans SC', is cut by the build to the characters the deck draws and its sources
// hold (scripts/fonts.ts). tests/e2e/reading-font.spec.ts tests its parts on a phone and the printed slides, by
// weight; these test what the slides' widgets print in any state, the presenter's notes, and the page head.

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

test('every character the slides show or a widget prints, in any state, is claimed by a face of the deck font', async ({ page, request, baseURL }) => {
  test.setTimeout(300_000)
  const faces = (await declaredFontFaces(request, baseURL!)).filter(face => face.family === FONT_FAMILY)
  const seen = new Map<number, string>()
  const lastStep = new Map<number, number>()
  await walkDeck(page, async (step) => {
    lastStep.set(step.no, step.clicks)
    addChars(seen, await slideText(page, step.no), `slide ${step.no} step ${step.clicks}`)
  })
  let widgets = 0
  for (const [no, clicks] of lastStep) {
    await gotoSlide(page, no, clicks)
    if (await page.locator(`.slidev-page-${no} [role="slider"], .slidev-page-${no} button`).count() === 0)
      continue
    await exerciseWidgets(page, no, seen)
    widgets++
  }
  expect(widgets, 'slides with widgets').toBeGreaterThanOrEqual(3)
  expect(seen.size).toBeGreaterThan(500)
  // A character Noto Sans SC has no glyph for (⁹ of 10⁹) is no face's: the system's fonts draw it.
  const font = openFont(readFileSync(FONT_FILES[400]))
  const inFont = (c: number) => !('fonts' in font) && font.hasGlyphForCodePoint(c)
  const unclaimed = [...seen].filter(([c]) => inFont(c) && !faces.some(f => inRanges(c, f.ranges)))
  expect(unclaimed.map(([c, where]) => `${String.fromCodePoint(c)} U+${c.toString(16).toUpperCase()} (${where})`)).toEqual([])
})

test('the inline font rules leave the charset declaration within the first 1024 bytes of the page', async ({ request, baseURL }) => {
  const html = await (await request.get(baseURL!)).text()
  const head = Buffer.from(html).subarray(0, 1024).toString('latin1')
  expect(head).toMatch(/<meta charset=/i)
  expect(html.indexOf('<style id="deck-font">')).toBeGreaterThan(html.search(/<meta charset=/i))
})

test('the presenter view draws the speaker notes from the deck font\'s own files', async ({ page, request, baseURL }) => {
  const faces = (await declaredFontFaces(request, baseURL!)).filter(face => face.family === FONT_FAMILY)
  const fontRequests: string[] = []
  page.on('request', r => r.resourceType() === 'font' && fontRequests.push(new URL(r.url()).pathname))
  await page.goto('presenter/1')
  await expect(page.locator('.slidev-note').first()).toBeVisible()
  await page.evaluate(() => document.fonts.ready)
  const notes = await page.evaluate(readingTextInPage, { laidOutOnly: false, root: '.slidev-note' })
  const text = notes.regular + notes.bold
  expect(text.length).toBeGreaterThan(20)
  expect([...text].filter(char => !faces.some(f => inRanges(char.codePointAt(0)!, f.ranges)))).toEqual([])
  expect(fontRequests.filter(p => !/\/(?:deck-sans-sc-(?:400|700)-[123]-[0-9a-f]{8}|jetbrains-mono-[\w-]+)\.woff2$/.test(p))).toEqual([])
})
