// The deck as the PDF scripts need it: slide titles, layouts, parts and speaker notes, read from the markdown with
// Slidev's own parser. The parts come from lib/sections.ts, the footer's source too.
import type { SlideSummary } from '../lib/sections'
import { resolve } from 'node:path'
import { load } from '@slidev/parser/fs'
import { plainText } from '../lib/reading/script'

const root = resolve(import.meta.dirname, '..')

export interface DeckSlide extends SlideSummary {
  title: string
  layout: string
  note: string
}

export interface Deck {
  headmatter: Record<string, unknown>
  slides: DeckSlide[]
}

export async function loadDeck(): Promise<Deck> {
  const data = await load({ roots: [root], userRoot: root }, resolve(root, 'slides.md'))
  const slides = data.slides
    .filter(slide => !slide.frontmatter.hide && !slide.frontmatter.disabled)
    .map((slide, index) => ({
      no: index + 1,
      title: plainText(slide.title),
      layout: String(slide.frontmatter.layout ?? 'default'),
      section: typeof slide.frontmatter.section === 'string' ? slide.frontmatter.section : undefined,
      note: slide.note ?? '',
    }))
  return { headmatter: data.headmatter as Record<string, unknown>, slides }
}
