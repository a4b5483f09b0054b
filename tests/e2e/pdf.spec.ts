import type { DeckSlide } from '../../scripts/deck-source'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib'
import { notPublicReason } from '../../lib/deck-url'
import { describeGap, describePremium } from '../../lib/labor-market/model'
import { OPENING_SECTION, sectionOf } from '../../lib/sections'
import { loadDeck } from '../../scripts/deck-source'
import { scriptParagraphs } from '../../scripts/handout/html'
import { printProblem } from '../../scripts/pdf-meta'
import { expect, gotoSlide, test } from './fixtures'

// The exported PDFs, opened with poppler's tools (pdfinfo, pdftotext, pdffonts, pdfimages) and pdf-lib (outline,
// language, fonts), and compared with the deck's source as Slidev parses it (scripts/deck-source.ts): no slide's
// wording or number is written here. scripts/e2e.ts exports them first.
const EXPORTS = 'exports'
const PDF = `${EXPORTS}/talk.pdf`
const CLICKS = `${EXPORTS}/talk-clicks.pdf`
const NOTES = `${EXPORTS}/talk-notes.pdf`
const HANDOUT = `${EXPORTS}/talk-handout.pdf`

function pdfinfo(file: string): Record<string, string> {
  const text = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' })
  return Object.fromEntries(text.split('\n').filter(Boolean).map((line) => {
    const at = line.indexOf(':')
    return [line.slice(0, at).trim(), line.slice(at + 1).trim()]
  }))
}

function pageText(file: string, page: number): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), '-layout', file, '-'], { encoding: 'utf8' })
}

/** Text without white space, so titles broken across lines or spaced by layout still match. */
const squash = (s: string) => s.replace(/\s+/g, '')

/** The first page (1-based) of each slide in the click-by-click PDF: a page per click step. */
const clicksPageOf = (slides: DeckSlide[]) => (no: number) => 1 + slides.filter(s => s.no < no).reduce((sum, s) => sum + s.clicks + 1, 0)

test.beforeAll(() => {
  for (const tool of ['pdfinfo', 'pdftotext', 'pdffonts', 'pdfimages']) {
    try {
      execFileSync(tool, ['-v'], { stdio: 'ignore' })
    }
    catch {
      throw new Error(`${tool} is missing: install poppler's tools (Debian: apt-get install poppler-utils).`)
    }
  }
})

test('the PDF has one page per slide, each with its title, and the talk\'s title as metadata', async () => {
  const { slides, headmatter } = await loadDeck()
  expect(existsSync(PDF), `${PDF} (run npm run export)`).toBe(true)
  const info = pdfinfo(PDF)
  expect(Number(info.Pages)).toBe(slides.length)
  expect(info.Title).toBe(headmatter.title)
  for (const slide of slides)
    expect(squash(pageText(PDF, slide.no)), `page ${slide.no}`).toContain(squash(slide.heading))
})

test('the market slide\'s page makes its point: the shortage after the demand shock beside the premium it brings', async () => {
  const { slides } = await loadDeck()
  const market = slides.find(slide => slide.frontmatter.routeAlias === 'market')
  expect(market, 'the slide with routeAlias: market (the labour-market chart)').toBeDefined()
  // The chart's own words (lib/labor-market/model.ts), any figure in place of the example's, in text whose white
  // space is kept (squashed, a label's figure would run into the axis ticks next to it).
  const wordsOf = (words: string) => new RegExp(words.split(/[+\-−]?\d+/).map(part => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*')).join('[+\\-−]?\\d+'))
  const [shortage, premium] = [wordsOf(describeGap(60)), wordsOf(describePremium(45))]
  // The click-by-click pages show the shortage (right after the demand shock) and the premium (once pay has risen)
  // at different steps; the one page shows both, with the same figures.
  const first = clicksPageOf(slides)(market!.no)
  const steps = Array.from({ length: market!.clicks + 1 }, (_, step) => pageText(CLICKS, first + step).replace(/\s+/g, ' '))
  const shown = [shortage, premium].map(words => steps.map(text => text.match(words)?.[0]).find(Boolean))
  expect(shown.every(Boolean), `the click-by-click pages show ${shortage} and ${premium}: ${steps.join(' | ')}`).toBe(true)
  const page = pageText(PDF, market!.no).replace(/\s+/g, ' ')
  for (const text of shown)
    expect(squash(page)).toContain(squash(text!))
})

test('the click-by-click PDF has a page per click step, each with its slide\'s title', async () => {
  const { slides } = await loadDeck()
  expect(Number(pdfinfo(CLICKS).Pages)).toBe(slides.reduce((sum, s) => sum + s.clicks + 1, 0))
  const pageOf = clicksPageOf(slides)
  for (const slide of slides) {
    for (let step = 0; step <= slide.clicks; step++)
      expect(squash(pageText(CLICKS, pageOf(slide.no) + step)), `slide ${slide.no} step ${step}`).toContain(squash(slide.heading))
  }
})

test('the notes PDF carries the whole speaker script, with side margins and no markup', async () => {
  const { slides, headmatter } = await loadDeck()
  const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', NOTES, '-'], { encoding: 'utf8' }))
  expect(text, 'a click marker printed as text').not.toMatch(/\[click/i)
  // Side margins on every page (at least 1.5 cm: Slidev leaves 4 mm, style.css widens them).
  const words = execFileSync('pdftotext', ['-bbox', NOTES, '-'], { encoding: 'utf8' })
  const edges = (name: string) => Array.from(words.matchAll(new RegExp(`${name}="(-?[\\d.]+)"`, 'g')), m => Number(m[1]))
  const pageWidth = Number(words.match(/<page width="([\d.]+)"/)![1])
  const cm = 72 / 2.54
  expect(edges('xMin').length).toBeGreaterThan(100)
  expect(Math.min(...edges('xMin'))).toBeGreaterThanOrEqual(1.5 * cm)
  expect(Math.max(...edges('xMax'))).toBeLessThanOrEqual(pageWidth - 1.5 * cm)
  // Nothing between the talk's title and the first slide's line (Slidev prints the export date there).
  const title = squash(String(headmatter.title))
  expect(text.slice(text.indexOf(title) + title.length, text.indexOf(`1/${slides.length}`)), 'printed under the title').toBe('')
  expect(text, 'HTML printed as text').not.toMatch(/<\/?[a-z][^>]*>/i)
  const missing: string[] = []
  for (const slide of slides) {
    if (!text.includes(squash(`${slide.no}/${slides.length}${slide.title}`)))
      missing.push(`slide ${slide.no}'s title`)
    // Every paragraph of the script: its opening and its close (markdown emphasis aside).
    for (const paragraph of scriptParagraphs(slide.note).map(p => squash(p.replace(/\*\*|`/g, '')))) {
      for (const part of [paragraph.slice(0, 16), paragraph.slice(-16)].filter(part => !text.includes(part)))
        missing.push(`slide ${slide.no}: ${part}`)
    }
  }
  expect(missing).toEqual([])
})

test('every PDF draws its text in the deck\'s own fonts, not a system fallback (a box for each Chinese character)', async () => {
  for (const file of [PDF, CLICKS, NOTES, HANDOUT])
    expect(await printProblem(file)).toBeNull()
})

/* ---- bookmarks and properties (scripts/pdf-meta.ts) */

const decodeText = (value: unknown) => value instanceof PDFHexString || value instanceof PDFString ? value.decodeText() : undefined

interface OutlineEntry { title: string, depth: number, page: number }

/** The PDF's bookmarks, depth first, each with the 1-based page it opens. */
async function readOutline(file: string): Promise<OutlineEntry[]> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false })
  const pageRefs = doc.getPages().map(page => page.ref)
  const entries: OutlineEntry[] = []
  function walk(ref: unknown, depth: number) {
    for (; ref instanceof PDFRef; ref = doc.context.lookup(ref, PDFDict).get(PDFName.of('Next'))) {
      const item = doc.context.lookup(ref, PDFDict)
      const dest = item.lookup(PDFName.of('Dest'), PDFArray)
      entries.push({ title: decodeText(item.lookup(PDFName.of('Title'))) ?? '', depth, page: pageRefs.indexOf(dest.get(0) as PDFRef) + 1 })
      walk(item.get(PDFName.of('First')), depth + 1)
    }
  }
  walk(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.get(PDFName.of('First')), 0)
  return entries
}

/**
 * The bookmarks worked out from the source rather than lib/sections.ts: the opening, each section slide's title and
 * each `section:` name are the parts; every other slide is an entry under its part.
 */
function expectedOutline(slides: DeckSlide[], pageOf: (no: number) => number): OutlineEntry[] {
  const entries: OutlineEntry[] = [{ title: OPENING_SECTION, depth: 0, page: pageOf(1) }]
  for (const slide of slides) {
    if (slide.section)
      entries.push({ title: slide.section, depth: 0, page: pageOf(slide.no) })
    entries.push({ title: slide.title, depth: slide.layout === 'section' ? 0 : 1, page: pageOf(slide.no) })
  }
  return entries
}

const OUTLINED: Record<string, (slides: DeckSlide[]) => (no: number) => number> = {
  [PDF]: () => no => no,
  [CLICKS]: clicksPageOf,
  [HANDOUT]: () => no => no + 1,
}

for (const [file, pagesOf] of Object.entries(OUTLINED)) {
  test(`${file} has bookmarks: the parts, each with its slides' titles, in order`, async () => {
    const { slides } = await loadDeck()
    const outline = await readOutline(file)
    expect(outline).toEqual(expectedOutline(slides, pagesOf(slides)))
    // Each slide's bookmark opens a page that shows the slide (its heading: a fact slide's title is not on it).
    const pageOf = pagesOf(slides)
    for (const slide of slides)
      expect(squash(pageText(file, pageOf(slide.no))), `${slide.title} → page ${pageOf(slide.no)}`).toContain(squash(slide.heading))
  })

  test(`${file} links only to public addresses: no link to the machine that exported it`, async () => {
    const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false })
    const links = doc.getPages().flatMap((page) => {
      const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)
      return Array.from({ length: annots?.size() ?? 0 }, (_, j) => decodeText(annots!.lookup(j, PDFDict).lookupMaybe(PDFName.of('A'), PDFDict)?.get(PDFName.of('URI'))))
    }).filter((uri): uri is string => uri !== undefined)
    expect(links.filter(uri => notPublicReason(uri) !== null)).toEqual([])
  })
}

for (const file of [PDF, CLICKS, NOTES, HANDOUT]) {
  test(`${file} names the talk, its author, subject, keywords, language and the deck as its creator`, async () => {
    const { headmatter } = await loadDeck()
    const info = pdfinfo(file)
    expect(info.Title?.startsWith(String(headmatter.title))).toBe(true)
    expect(info.Author).toBe(headmatter.author)
    expect(info.Subject).toBe(String(headmatter.info).trim())
    expect(info.Keywords?.split(/\s+/)).toEqual(String(headmatter.keywords).split(/,\s*/))
    expect(info.Creator).toContain(headmatter.title)
    expect(info.Creator).not.toMatch(/chrome|mozilla/i)
    const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false })
    expect(decodeText(doc.catalog.lookup(PDFName.of('Lang')))).toBe('zh-CN')
  })
}

/* ---- the handout (scripts/handout/) */

test('the handout: a title page, then each slide with its part, its title and its whole script on one A4 page', async () => {
  const { headmatter, slides } = await loadDeck()
  expect(existsSync(HANDOUT), `${HANDOUT} (run npm run export -- --only handout)`).toBe(true)
  const info = pdfinfo(HANDOUT)
  expect(Number(info.Pages)).toBe(slides.length + 1)
  const [width, height] = info['Page size']!.match(/[\d.]+/g)!.map(pt => Math.round(Number(pt) * 25.4 / 72))
  expect([width, height]).toEqual([210, 297])
  expect(statSync(HANDOUT).size).toBeLessThan(6 * 1024 * 1024)
  expect(squash(pageText(HANDOUT, 1))).toContain(squash(String(headmatter.title)))
  for (const slide of slides) {
    const text = squash(pageText(HANDOUT, slide.no + 1))
    expect(text, `page ${slide.no + 1}: title of slide ${slide.no}`).toContain(squash(slide.title))
    expect(text, `page ${slide.no + 1}: part in the header`).toContain(squash(sectionOf(slide.no, slides)))
    expect(text, 'a click cue printed').not.toMatch(/\[click|（点击）/)
    // Every sentence whole on its slide's page: nothing split across pages, nothing missing.
    const sentences = slide.note.replace(/\[click(?::[+-]?\d+)?\]|（点击）/g, '').split(/(?<=[。！？])|\n+/).map(squash).filter(Boolean)
    expect(sentences.length, `slide ${slide.no} has a script`).toBeGreaterThan(0)
    for (const sentence of sentences)
      expect(text, `slide ${slide.no}: ${sentence}`).toContain(sentence)
  }
})

test('the handout\'s text is real text in embedded fonts, not pictures of it', () => {
  const images = execFileSync('pdfimages', ['-list', HANDOUT], { encoding: 'utf8' }).trim().split('\n').slice(2)
  // The slides' only raster images may be icons; never a page-sized screenshot.
  for (const line of images) {
    const [, , , width, height] = line.trim().split(/\s+/).map(Number)
    expect(width! * height!, line).toBeLessThan(400 * 300)
  }
  const fonts = execFileSync('pdffonts', [HANDOUT], { encoding: 'utf8' }).trim().split('\n').slice(2)
  // The script's static faces are embedded once, as subset TrueType, not page by page as Type 3.
  expect(fonts.some(line => /CID TrueType/.test(line))).toBe(true)
  for (const line of fonts)
    expect(line, 'embedded, with a Unicode map').toMatch(/\byes\s+(?:yes|no)\s+yes\b/)
})

test('the hosted deck offers the handout in the navigation bar and on the last slide', async ({ page, request }) => {
  const { slides } = await loadDeck()
  await gotoSlide(page, slides.length)
  const links = [page.getByTestId('handout-link'), page.getByTestId('nav-handout')]
  await expect(links[0]!).toBeVisible()
  for (const link of links) {
    const href = await link.getAttribute('href')
    expect(href).toBe('/talk-handout.pdf')
    const response = await request.get(new URL(href!, page.url()).href)
    expect(response.status()).toBe(200)
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-')
  }
})
