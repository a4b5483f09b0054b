import type { APIRequestContext, Page } from '@playwright/test'
import type { Font } from 'fontkit'
import type { FontWeight } from '../../vite/deck-font'
import type { DeclaredFace } from '../support/deck-font'
import type { ReadingText } from '../support/reading-text'
import { readFileSync } from 'node:fs'
import { create as openFont } from 'fontkit'
import { NARROW_PORTRAIT } from '../../lib/reading/landing'
import { FONT_FAMILY, FONT_FILES, FONT_WEIGHTS } from '../../vite/deck-font'
import { declaredFontFaces, inRanges } from '../support/deck-font'
import { firstScreenReadingText, READING_PHONES, readingTextInPage, readingTextThroughout } from '../support/reading-text'
import { loadDeckSource } from './deck-source'
import { expect, test } from './fixtures'

// The deck's CJK font as the build cuts it from what the built deck draws (scripts/fonts.ts): static regular and
// bold faces, each in a first part (the phone's first screen, preloaded), a second (the rest drawn at that weight)
// and maybe a third (characters drawn only at the other weight). Nothing here names a slide or its text: an author's
// new sentence is in the build's walk, so these hold after any edit of the wording.

interface Face extends DeclaredFace { weight: FontWeight, part: 1 | 2 | 3 }

/** The deck font's faces as the built index.html declares them, with weight and part read from their file names. */
async function deckFaces(request: APIRequestContext, baseURL: string): Promise<Face[]> {
  const faces = (await declaredFontFaces(request, baseURL)).filter(face => face.family === FONT_FAMILY).map((face) => {
    const [, weight, part] = face.url.match(/deck-sans-sc-(400|700)-([123])-[0-9a-f]{8}\.woff2$/) ?? []
    expect(weight, `${face.url} is a deck font file`).toBeTruthy()
    expect(face.weight, face.url).toBe(Number(weight))
    return { ...face, weight: Number(weight) as FontWeight, part: Number(part) as 1 | 2 | 3 }
  })
  for (const weight of FONT_WEIGHTS)
    expect(faces.filter(f => f.weight === weight && f.part < 3).map(f => f.part).sort(), `parts 1 and 2 at ${weight}`).toEqual([1, 2])
  return faces
}

/** The whole static face of a weight, opened once (10 MB each): characters it has no glyph for are no one's. */
const staticFonts = new Map<FontWeight, Font>()
function staticFont(weight: FontWeight): Font {
  if (!staticFonts.has(weight)) {
    const opened = openFont(readFileSync(FONT_FILES[weight]))
    if ('fonts' in opened)
      throw new Error('expected a single font')
    staticFonts.set(weight, opened)
  }
  return staticFonts.get(weight)!
}

/** The characters of `text` that no face of `faces` at the weight they are drawn at claims. */
function unclaimed(text: ReadingText, faces: Face[]): string[] {
  return FONT_WEIGHTS.flatMap(weight => [...text[weight === 700 ? 'bold' : 'regular']]
    .filter(char => staticFont(weight).hasGlyphForCodePoint(char.codePointAt(0)!))
    .filter(char => !faces.some(f => f.weight === weight && inRanges(char.codePointAt(0)!, f.ranges)))
    .map(char => `${char} (${weight})`))
}

/** The fonts index.html preloads: their paths and media queries. */
function preloadedFonts(page: Page): Promise<{ href: string, media: string }[]> {
  return page.evaluate(() => Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"]'), l => ({ href: new URL(l.href).pathname, media: l.media })))
}

function deckFontRequests(page: Page) {
  const urls: string[] = []
  page.on('request', r => /deck-sans-sc-/.test(r.url()) && urls.push(new URL(r.url()).pathname))
  return urls
}

for (const viewport of READING_PHONES) {
  test.describe(`reading font at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport, hasTouch: true, isMobile: true })

    test('the first screen comes from the preloaded first parts; every character read has its face', async ({ page, request, baseURL }) => {
      test.setTimeout(120_000)
      const faces = await deckFaces(request, baseURL!)
      const partOne = faces.filter(f => f.part === 1)
      const requested = deckFontRequests(page)
      const first = await firstScreenReadingText(page, 'read')
      expect(first.regular.length + first.bold.length, 'the first screen has text').toBeGreaterThan(100)
      expect(unclaimed(first, partOne), 'the first screen\'s characters are in the first parts').toEqual([])
      expect(requested.sort(), 'the first screen fetches the first parts, nothing else').toEqual(partOne.map(f => f.url).sort())
      expect((await preloadedFonts(page)).sort((a, b) => a.href.localeCompare(b.href)))
        .toEqual(partOne.map(f => ({ href: f.url, media: NARROW_PORTRAIT })).sort((a, b) => a.href.localeCompare(b.href)))

      // Then the whole talk, read through (each part's name in the header, each chart in every state): each
      // character in a face of the weight it is drawn at.
      const all = await readingTextThroughout(page)
      expect(all.bold.length, 'bold text (titles) is there').toBeGreaterThan(100)
      expect(unclaimed(all, faces), 'every character has a face of its weight').toEqual([])
    })
  })
}

test('the slides and their notes (the overview) draw every character from a face of its weight; a desktop preloads nothing', async ({ page, request, baseURL }) => {
  test.setTimeout(120_000)
  const faces = await deckFaces(request, baseURL!)
  const { slides } = await loadDeckSource()
  await page.goto('overview', { waitUntil: 'networkidle' })
  await expect(page.locator('.slidev-page')).toHaveCount(slides.length)
  await expect(page.locator('.slidev-slide-loading')).toHaveCount(0)
  await page.evaluate(() => document.fonts.ready)
  const drawn = await page.evaluate(readingTextInPage, { laidOutOnly: false, root: 'body' })
  expect(drawn.regular.length, 'the slides have text').toBeGreaterThan(300)
  expect(unclaimed(drawn, faces)).toEqual([])
  // The preloads are for narrow portrait screens only: at 1280×720 their media query does not match.
  expect(await page.evaluate(media => matchMedia(media).matches, NARROW_PORTRAIT)).toBe(false)
})
