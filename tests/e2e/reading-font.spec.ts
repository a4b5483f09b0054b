import type { APIRequestContext, Page } from '@playwright/test'
import type { Font } from 'fontkit'
import type { FontSlice } from '../../build/font-chars'
import type { ReadingText, ReadingWeight } from '../../build/reading-font'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { create as openFont } from 'fontkit'
import { inRanges } from '../../build/font-chars'
import { READING_WEIGHTS, TEXT_OF_WEIGHT } from '../../build/reading-font'
import { READING_FONT_FAMILY, READING_FONT_FILES } from '../../build/vite-plugin-deck-font'
import { NARROW_PORTRAIT } from '../../lib/reading/landing'
import { declaredFontFaces } from '../support/deck-font'
import { firstScreenReadingText, READING_PHONES, readingTextThroughout } from '../support/reading-text'
import { expect, test, waitForSlide } from './fixtures'

// The reading view's own font (build/reading-font.ts): static regular and bold faces, each cut in reading order
// into the first screen's characters (part 1, preloaded) and the rest (part 2), by the recording in
// build/reading-recording.json. When these fail after a change to the slides' text or styles, run
// `npm run fonts:reading` and commit the new recording.

const require = createRequire(import.meta.url)
const REFRESH = 'out of date: run npm run fonts:reading'

interface DeclaredFace { url: string, weight: 400 | 700, part: 1 | 2, ranges: FontSlice['ranges'] }

/** The reading faces as the built index.html declares them, with weight and part read from their file names. */
async function readingFaces(request: APIRequestContext, baseURL: string): Promise<DeclaredFace[]> {
  const faces = (await declaredFontFaces(request, baseURL)).filter(face => face.family === READING_FONT_FAMILY).map((face) => {
    const [, weight, part] = face.url.match(/deck-sans-sc-read-(400|700)-([12])-[0-9a-f]{8}\.woff2$/) ?? []
    expect(weight, `${face.url} is a reading font file`).toBeTruthy()
    expect(face.weight, face.url).toBe(weight)
    return { url: face.url, weight: Number(weight) as 400 | 700, part: Number(part) as 1 | 2, ranges: face.ranges }
  })
  expect(faces.map(f => `${f.weight}/${f.part}`).sort()).toEqual(['400/1', '400/2', '700/1', '700/2'])
  return faces
}

/** The whole static font of a reading face, opened once (10 MB each). */
const staticFonts = new Map<ReadingWeight, Font>()
function staticFont(weight: ReadingWeight): Font {
  let font = staticFonts.get(weight)
  if (!font) {
    const opened = openFont(readFileSync(require.resolve(READING_FONT_FILES[weight])))
    if ('fonts' in opened)
      throw new Error('expected a single font')
    font = opened
    staticFonts.set(weight, font)
  }
  return font
}

/** The characters of `text` that no face of `faces` claims, for each weight (those no static face has are left out). */
function unclaimed(text: ReadingText, faces: DeclaredFace[]): string[] {
  const missing: string[] = []
  for (const weight of READING_WEIGHTS) {
    const font = staticFont(weight)
    for (const char of text[TEXT_OF_WEIGHT[weight]]) {
      const c = char.codePointAt(0)!
      if (font.hasGlyphForCodePoint(c) && !faces.some(f => f.weight === weight && inRanges(c, f.ranges)))
        missing.push(`${char} (${weight})`)
    }
  }
  return missing
}

/** The fonts index.html preloads: their paths and media queries. */
function preloadedFonts(page: Page): Promise<{ href: string, media: string }[]> {
  return page.evaluate(() => Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"]'), l => ({ href: new URL(l.href).pathname, media: l.media })))
}

function readingRequests(page: Page) {
  const urls: string[] = []
  page.on('request', r => /deck-sans-sc-read-/.test(r.url()) && urls.push(new URL(r.url()).pathname))
  return urls
}

for (const viewport of READING_PHONES) {
  test.describe(`reading font at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport, hasTouch: true, isMobile: true })

    test('the first screen comes from the preloaded first parts; every character read has its face', async ({ page, request, baseURL }) => {
      test.setTimeout(120_000)
      const faces = await readingFaces(request, baseURL!)
      const requested = readingRequests(page)
      const first = await firstScreenReadingText(page, 'read')
      const partOne = faces.filter(f => f.part === 1)
      expect(first.regular.length + first.bold.length, 'the first screen has text').toBeGreaterThan(100)
      expect(unclaimed(first, partOne), `the first screen's characters are in the first parts: ${REFRESH}`).toEqual([])
      expect(requested.sort(), 'the first screen fetches the first parts, nothing else').toEqual(partOne.map(f => f.url).sort())
      expect((await preloadedFonts(page)).map(l => l.href).sort()).toEqual(partOne.map(f => f.url).sort())

      // Then the whole talk, read through (each part's name in the header, each chart in every state): each
      // character in a face of the weight it is drawn at.
      const all = await readingTextThroughout(page)
      expect(all.bold.length, 'bold text (titles) is there').toBeGreaterThan(100)
      expect(unclaimed(all, faces), `every character has a face of its weight: ${REFRESH}`).toEqual([])
    })
  })
}

test('the slides on a desktop fetch no reading font: its preloads are for narrow portrait screens', async ({ page }) => {
  const requested = readingRequests(page)
  await page.goto('3')
  await waitForSlide(page, 3)
  const preloads = await preloadedFonts(page)
  expect(preloads).toHaveLength(2)
  expect(preloads.every(l => l.media === NARROW_PORTRAIT)).toBe(true)
  await page.evaluate(() => document.fonts.ready)
  expect(requested).toEqual([])
})
