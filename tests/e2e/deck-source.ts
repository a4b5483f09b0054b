// What the deck should contain, read from the slides' markdown with Slidev's own parser,
// so the browser and PDF tests compare the real deck with its source rather than with copied numbers.
import type { DeckSlide } from '../../scripts/deck-source'
import { loadDeck } from '../../scripts/deck-source'

export type SourceSlide = DeckSlide & {
  /** The frontmatter `budget` (a stated time budget), if any. */
  budget?: unknown
}

/** The deck as Slidev reads it (scripts/deck-source.ts), with the headmatter's title and duration at hand. */
export async function loadDeckSource() {
  const { headmatter, slides } = await loadDeck()
  return {
    title: String(headmatter.title),
    duration: headmatter.duration as unknown,
    headmatter,
    slides: slides.map(slide => ({ ...slide, budget: slide.frontmatter.budget })) as SourceSlide[],
  }
}

/** A slide with at least two click steps (which one does not matter to the tests that ask). */
export function slideWithSteps(slides: SourceSlide[]): SourceSlide {
  const slide = slides.find(s => s.clicks >= 2)
  if (!slide)
    throw new Error('no slide has two click steps: these tests step through one')
  return slide
}

/** Slidev's notes click markers, `[click]` and `[click:n]`. */
export const CLICK_MARKER = /\[click(?::(\d+))?\]/gi

/** Plain text of a note: no click markers, no stage directions in full-width brackets. */
export function noteSentences(note: string): string[] {
  return note
    .split(/\n+/)
    .map(line => line.replace(CLICK_MARKER, '').replace(/（[^）]*）/g, '').trim())
    .filter(line => line.length >= 12)
}

/**
 * The note's paragraphs that begin with a click marker, with the click step each marks (as Slidev counts them:
 * `[click]` adds one, `[click:n]` adds n) and its text without the marker.
 */
export function markedParagraphs(note: string): { clicks: number, text: string }[] {
  let clicks = 0
  const marked: { clicks: number, text: string }[] = []
  for (const paragraph of note.split(/\n\s*\n/)) {
    const match = /^\s*\[click(?::\d+)?\]/i.exec(paragraph)
    let first: number | undefined
    for (const m of paragraph.matchAll(CLICK_MARKER)) {
      clicks += m[1] === undefined ? 1 : Number(m[1])
      first ??= clicks
    }
    if (match && first !== undefined)
      marked.push({ clicks: first, text: paragraph.replace(CLICK_MARKER, '').trim() })
  }
  return marked
}

/**
 * The lines of text a slide's markdown shows (tags, scripts, markdown markers, table pipes and the title dropped; only lines with
 * some Chinese), without whitespace, so they can be looked for in rendered text whatever its layout.
 */
export function contentPhrases(slide: SourceSlide): string[] {
  return slide.content
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .split('\n')
    .filter(line => !line.startsWith('# '))
    .map(line => line.replace(/<[^>]*>/g, '').replace(/^\s*(?:[-*>]|\d+\.)\s+/, '').replace(/\*\*|`/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\|/g, '').replace(/\s+/g, ''))
    .filter(line => (line.match(/[\u4E00-\u9FFF]/g) ?? []).length >= 4)
}
