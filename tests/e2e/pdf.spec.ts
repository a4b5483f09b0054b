import type { SourceSlide } from './deck-source'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib'
import { notPublicReason } from '../../lib/deck-url'
import { OPENING_SECTION, sectionOf } from '../../lib/sections'
import { loadDeckSource, noteSentences } from './deck-source'
import { expect, gotoSlide, test } from './fixtures'

// The exported PDFs, opened with poppler's tools (pdfinfo, pdftotext, pdffonts, pdfimages) and pdf-lib (outline,
// language). scripts/e2e.ts exports them first.
const EXPORTS = 'exports'

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
  const { slides, title } = await loadDeckSource()
  const file = `${EXPORTS}/talk.pdf`
  expect(existsSync(file), `${file} (run npm run export)`).toBe(true)
  const info = pdfinfo(file)
  expect(Number(info.Pages)).toBe(slides.length)
  expect(info.Title).toBe(title)
  for (const slide of slides)
    expect(squash(pageText(file, slide.no)), `page ${slide.no}`).toContain(squash(slide.title))
})

test('the market slide\'s page makes its point: the shortage after the demand shock and the premium it brings', async () => {
  const { slides } = await loadDeckSource()
  const market = slides.find(slide => slide.title.includes('供给跟不上'))!
  const text = squash(pageText(`${EXPORTS}/talk.pdf`, market.no))
  expect(text).toMatch(/缺口\d+/)
  expect(text).toMatch(/工资溢价\+\d+%/)
  // Not the recommender market, the story's last step, which would contradict the title.
  expect(text).not.toContain('工资持平或下降')
})

test('the click-by-click PDF has a page per click step', async () => {
  const { slides } = await loadDeckSource()
  const file = `${EXPORTS}/talk-clicks.pdf`
  const expected = slides.reduce((sum, s) => sum + s.clicks + 1, 0)
  expect(Number(pdfinfo(file).Pages)).toBe(expected)
  // Each slide's pages follow one another in order, each carrying the slide's title.
  let page = 1
  for (const slide of slides) {
    for (let step = 0; step <= slide.clicks; step++, page++)
      expect(squash(pageText(file, page)), `page ${page} = slide ${slide.no} step ${step}`).toContain(squash(slide.title))
  }
})

test('the notes PDF carries the whole speaker script, click markers aside', async () => {
  const { slides, title } = await loadDeckSource()
  const file = `${EXPORTS}/talk-notes.pdf`
  const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }))
  expect(text, 'a click marker printed as text').not.toMatch(/\[click/i)
  // Side margins on every page (at least 1.5 cm: Slidev leaves the sides at 4 mm, style.css widens them), and no
  // date in the exporting browser's locale.
  const words = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' })
  const edges = (name: string) => Array.from(words.matchAll(new RegExp(`${name}="(-?[\\d.]+)"`, 'g')), m => Number(m[1]))
  const pageWidth = Number(words.match(/<page width="([\d.]+)"/)![1])
  const cm = 72 / 2.54
  const [lefts, rights] = [edges('xMin'), edges('xMax')]
  expect(lefts.length).toBeGreaterThan(100)
  expect(rights.length).toBe(lefts.length)
  expect(Math.min(...lefts)).toBeGreaterThanOrEqual(1.5 * cm)
  expect(Math.max(...rights)).toBeLessThanOrEqual(pageWidth - 1.5 * cm)
  // Nothing between the talk's title and the first slide's line (Slidev prints the export date there).
  const head = text.slice(text.indexOf(squash(title)) + squash(title).length, text.indexOf(`1/${slides.length}`))
  expect(head, 'printed under the title').toBe('')
  // Each slide's heading is printed as its title: plain text, never the heading's markup.
  expect(text, 'HTML printed as text').not.toMatch(/<\/?[a-z][^>]*>/i)
  for (const slide of slides)
    expect(text, `slide ${slide.no}'s title`).toContain(squash(`${slide.no}/${slides.length}${slide.title}`))
  // Every paragraph of every slide's script: its opening and its close (markdown emphasis aside).
  const missing: string[] = []
  for (const slide of slides) {
    for (const sentence of noteSentences(slide.note)) {
      const plain = squash(sentence.replace(/\*\*/g, ''))
      for (const part of [plain.slice(0, 16), plain.slice(-16)]) {
        if (!text.includes(part))
          missing.push(`slide ${slide.no}: ${part}`)
      }
    }
  }
  expect(missing).toEqual([])
})

/* ---- outline and properties (scripts/pdf-meta.ts) */

function decodeText(value: unknown): string | undefined {
  return value instanceof PDFHexString || value instanceof PDFString ? value.decodeText() : undefined
}

interface OutlineEntry { title: string, depth: number, page: number }

/** The PDF's bookmarks, depth first, each with the 1-based page it opens. */
async function readOutline(file: string): Promise<OutlineEntry[]> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false })
  const pageRefs = doc.getPages().map(page => page.ref)
  const entries: OutlineEntry[] = []
  function walk(ref: unknown, depth: number) {
    while (ref instanceof PDFRef) {
      const item = doc.context.lookup(ref, PDFDict)
      const title = decodeText(item.lookup(PDFName.of('Title'))) ?? ''
      const dest = item.lookup(PDFName.of('Dest'), PDFArray)
      entries.push({ title, depth, page: pageRefs.indexOf(dest.get(0) as PDFRef) + 1 })
      walk(item.get(PDFName.of('First')), depth + 1)
      ref = item.get(PDFName.of('Next'))
    }
  }
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  if (root)
    walk(root.get(PDFName.of('First')), 0)
  return entries
}

async function pdfLanguage(file: string) {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false })
  return decodeText(doc.catalog.lookup(PDFName.of('Lang')))
}

/**
 * What the outline must be, worked out from the slides rather than lib/sections.ts: the opening, each section
 * slide's title and each `section:` name are the parts; every other slide is an entry under its part.
 */
function expectedOutline(slides: SourceSlide[], firstPageOf: (no: number) => number): OutlineEntry[] {
  const entries: OutlineEntry[] = [{ title: OPENING_SECTION, depth: 0, page: firstPageOf(1) }]
  for (const slide of slides) {
    if (slide.section)
      entries.push({ title: slide.section, depth: 0, page: firstPageOf(slide.no) })
    if (slide.layout === 'section')
      entries.push({ title: slide.title, depth: 0, page: firstPageOf(slide.no) })
    else
      entries.push({ title: slide.title, depth: 1, page: firstPageOf(slide.no) })
  }
  return entries
}

const PDFS = {
  'talk.pdf': () => (no: number) => no,
  'talk-clicks.pdf': (slides: SourceSlide[]) => (no: number) => 1 + slides.filter(s => s.no < no).reduce((sum, s) => sum + s.clicks + 1, 0),
  'talk-handout.pdf': () => (no: number) => no + 1,
}

for (const [name, pagesOf] of Object.entries(PDFS)) {
  test(`${name} has bookmarks: the parts, each with its slides' titles, in order`, async () => {
    const { slides } = await loadDeckSource()
    const file = `${EXPORTS}/${name}`
    const outline = await readOutline(file)
    const expected = expectedOutline(slides, pagesOf(slides))
    expect(outline).toEqual(expected)
    expect(outline.filter(e => e.depth === 0).map(e => e.title)).toContain('结语')
    // Each bookmark opens a page that shows it: a slide entry its slide, a part its first slide.
    for (const entry of outline.filter(e => e.depth === 1))
      expect(squash(pageText(file, entry.page)), `${entry.title} → page ${entry.page}`).toContain(squash(entry.title))
  })
}

/** Every web address a PDF links to (URI actions of its link annotations), with the page it is on. */
async function linkTargets(file: string): Promise<{ page: number, uri: string }[]> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false })
  const links: { page: number, uri: string }[] = []
  doc.getPages().forEach((page, i) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)
    for (let j = 0; j < (annots?.size() ?? 0); j++) {
      const action = annots!.lookup(j, PDFDict).lookupMaybe(PDFName.of('A'), PDFDict)
      const uri = decodeText(action?.get(PDFName.of('URI')))
      if (uri)
        links.push({ page: i + 1, uri })
    }
  })
  return links
}

for (const name of Object.keys(PDFS)) {
  test(`${name} links only to public addresses: no link to the machine that exported it`, async () => {
    const links = await linkTargets(`${EXPORTS}/${name}`)
    expect(links.filter(link => notPublicReason(link.uri) !== null)).toEqual([])
  })
}

for (const name of [...Object.keys(PDFS), 'talk-notes.pdf']) {
  test(`${name} names the talk, its author, subject, keywords, language and the deck as its creator`, async () => {
    const { title, headmatter } = await loadDeckSource()
    const file = `${EXPORTS}/${name}`
    const info = pdfinfo(file)
    expect(info.Title?.startsWith(title)).toBe(true)
    expect(info.Author).toBe(headmatter.author)
    expect(info.Subject).toBe(String(headmatter.info).trim())
    expect(info.Keywords?.split(/\s+/)).toEqual(String(headmatter.keywords).split(/,\s*/))
    expect(info.Creator).toContain(title)
    expect(info.Creator).not.toMatch(/chrome|mozilla/i)
    expect(await pdfLanguage(file)).toBe('zh-CN')
  })
}

/* ---- the handout (scripts/handout/) */

const MM_PER_PT = 25.4 / 72

/** The script as the handout prints it: prose paragraphs, no click cues, split into sentences. */
function scriptSentences(note: string): string[] {
  return note
    .replace(/\[click(?::[+-]?\d+)?\]/g, '')
    .replace(/（点击）/g, '')
    .split(/(?<=[。！？])|\n+/)
    .map(sentence => squash(sentence))
    .filter(Boolean)
}

test('the handout: a title page, then each slide with its part, its title and its whole script on one A4 page', async () => {
  const { title, slides } = await loadDeckSource()
  const file = `${EXPORTS}/talk-handout.pdf`
  expect(existsSync(file), `${file} (run npm run export -- --only handout)`).toBe(true)
  const info = pdfinfo(file)
  expect(Number(info.Pages)).toBe(slides.length + 1)
  const [width, height] = info['Page size']!.match(/[\d.]+/g)!.map(Number)
  expect(Math.round(width! * MM_PER_PT)).toBe(210)
  expect(Math.round(height! * MM_PER_PT)).toBe(297)
  expect(statSync(file).size).toBeLessThan(6 * 1024 * 1024)
  expect(squash(pageText(file, 1))).toContain(squash(title))

  const sourceSlides = slides.map(({ no, layout, title, section }) => ({ no, layout, title, section }))
  const pages = slides.map(slide => squash(pageText(file, slide.no + 1)))
  for (const slide of slides) {
    const text = pages[slide.no - 1]!
    expect(text, `page ${slide.no + 1}: title of slide ${slide.no}`).toContain(squash(slide.title))
    expect(text, `page ${slide.no + 1}: part in the header`).toContain(squash(sectionOf(slide.no, sourceSlides)))
    // Every sentence whole on its slide's page: nothing split across pages, nothing missing, in slide order.
    const sentences = scriptSentences(slide.note)
    expect(sentences.length, `slide ${slide.no} has a script`).toBeGreaterThan(0)
    for (const sentence of sentences)
      expect(text, `slide ${slide.no}: ${sentence}`).toContain(sentence)
  }
  const whole = pages.join('')
  expect(whole).not.toContain('（点击）')
  expect(whole).not.toMatch(/\[click/)
})

test('the handout\'s text is real text in embedded fonts, not pictures of it', () => {
  const file = `${EXPORTS}/talk-handout.pdf`
  const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2)
  // The slides' only raster images may be icons; never a page-sized screenshot.
  for (const line of images) {
    const [, , , width, height] = line.trim().split(/\s+/).map(Number)
    expect(width! * height!, line).toBeLessThan(400 * 300)
  }
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2)
  expect(fonts.length).toBeGreaterThan(0)
  // The script's font is embedded once as subset TrueType (scripts/handout/font.ts), not page by page as Type 3.
  expect(fonts.some(line => /CID TrueType/.test(line))).toBe(true)
  for (const line of fonts)
    expect(line, 'embedded, with a Unicode map').toMatch(/\byes\s+(?:yes|no)\s+yes\b/)
})

test('the hosted deck offers the handout in the navigation bar and on the last slide', async ({ page, request }) => {
  const { slides } = await loadDeckSource()
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
