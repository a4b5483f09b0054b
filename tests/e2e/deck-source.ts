// What the deck should contain, read from the slides' markdown with Slidev's own parser,
// so the browser and PDF tests compare the real deck with its source rather than with copied numbers.
import { resolve } from 'node:path'
import { load } from '@slidev/parser/fs'

export interface SourceSlide {
  no: number
  /** The slide title as plain text (tags stripped). */
  title: string
  layout: string
  note: string
  /** Click steps declared in frontmatter (`clicks:`), 0 when none. */
  clicks: number
  /** The slide's markdown body (no frontmatter, no notes). */
  content: string
}

const root = resolve(import.meta.dirname, '../..')

export async function loadDeckSource() {
  const data = await load({ roots: [root], userRoot: root }, resolve(root, 'slides.md'))
  const slides: SourceSlide[] = data.slides
    .filter(slide => !slide.frontmatter.hide && !slide.frontmatter.disabled)
    .map((slide, i) => ({
      no: i + 1,
      title: (slide.title ?? '').replace(/<[^>]+>/g, '').trim(),
      layout: slide.frontmatter.layout ?? 'default',
      note: slide.note ?? '',
      clicks: Number(slide.frontmatter.clicks ?? 0),
      content: slide.content ?? '',
    }))
  return { title: String(data.headmatter.title), slides }
}

/** Plain text of a note: no HTML comments' markdown, no stage directions in full-width brackets. */
export function noteSentences(note: string): string[] {
  return note
    .split(/\n+/)
    .map(line => line.replace(/（[^）]*）/g, '').trim())
    .filter(line => line.length >= 12)
}

/**
 * The lines of text a slide's markdown shows (tags, scripts, markdown markers and the title dropped; only lines with
 * some Chinese), without whitespace, so they can be looked for in rendered text whatever its layout.
 */
export function contentPhrases(slide: SourceSlide): string[] {
  return slide.content
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .split('\n')
    .filter(line => !line.startsWith('# '))
    .map(line => line.replace(/<[^>]*>/g, '').replace(/^\s*(?:[-*>]|\d+\.)\s+/, '').replace(/\*\*|`/g, '').replace(/\s+/g, ''))
    .filter(line => (line.match(/[\u4E00-\u9FFF]/g) ?? []).length >= 4)
}
