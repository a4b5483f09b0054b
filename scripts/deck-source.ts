// The deck as Slidev reads it: slides.md and pages/*.md through Slidev's own parser.
// The one loader of the deck source: the PDF scripts, the engines walk and the tests read the deck here.
import type { SlideSummary } from '../lib/sections'
import { resolve } from 'node:path'
import { load } from '@slidev/parser/fs'
import { plainText } from '../lib/reading/script'

const root = resolve(import.meta.dirname, '..')

export interface DeckSlide extends SlideSummary {
  /** Its frontmatter `title:`, else its first heading, as plain text (outlines, the announcer, the handout). */
  title: string
  /**
   * What the slide shows as its heading: its first `# ` line, as plain text. It differs from the title on a slide
   * whose frontmatter names it (a fact slide: title 「上网的人…」, heading 「99.7%」).
   */
  heading: string
  /** Frontmatter `routeAlias`: the slide's stable name and address (/market). */
  alias?: string
  layout: string
  /** The slide's frontmatter (`routeAlias`, `clicks`, `section`…). */
  frontmatter: Record<string, unknown>
  /** Click steps after the first: the frontmatter's `clicks`. */
  clicks: number
  /** The speaker notes, as written (markdown, click markers included). */
  note: string
  /** The slide's markdown body: no frontmatter, no notes. */
  content: string
}

export interface Deck {
  headmatter: Record<string, unknown>
  slides: DeckSlide[]
}

/** The deck's shown slides (hidden and disabled ones left out), numbered from 1 as Slidev numbers them. */
export async function loadDeck(): Promise<Deck> {
  const data = await load({ roots: [root], userRoot: root }, resolve(root, 'slides.md'))
  const slides = data.slides
    .filter(slide => !slide.frontmatter.hide && !slide.frontmatter.disabled)
    .map((slide, index) => ({
      no: index + 1,
      title: plainText(slide.title),
      heading: plainText(/^# (.+)$/m.exec(slide.content ?? '')?.[1] ?? slide.title),
      alias: typeof slide.frontmatter.routeAlias === 'string' ? slide.frontmatter.routeAlias : undefined,
      layout: String(slide.frontmatter.layout ?? 'default'),
      section: typeof slide.frontmatter.section === 'string' ? slide.frontmatter.section : undefined,
      frontmatter: slide.frontmatter,
      clicks: Number(slide.frontmatter.clicks ?? 0),
      note: slide.note ?? '',
      content: slide.content ?? '',
    }))
  return { headmatter: data.headmatter as Record<string, unknown>, slides }
}
