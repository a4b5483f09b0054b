import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { loadDeckSource, noteSentences } from './deck-source'
import { expect, test } from './fixtures'

// The exported PDFs, opened with poppler's tools (pdfinfo, pdftotext). scripts/e2e.ts exports them first.
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
  for (const tool of ['pdfinfo', 'pdftotext']) {
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
  const { slides } = await loadDeckSource()
  const file = `${EXPORTS}/talk-notes.pdf`
  const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }))
  expect(text, 'a click marker printed as text').not.toMatch(/\[click/i)
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
