// What the deck should contain, read from the slides' markdown with Slidev's own parser,
// so the browser and PDF tests compare the real deck with its source rather than with copied numbers.
import { resolve } from 'node:path'
import { load } from '@slidev/parser/fs'
import { LAST_STEP as DIMINISHING_RETURNS_LAST } from '../../lib/diminishing-returns/layout'
import { LAST_STEP as INTERNET_USERS_LAST } from '../../lib/internet-users/layout'
import { laborMarketClicks } from '../../lib/labor-market/scenarios'
import { industryTimelineLlmEra, industryTimelineRecEra } from '../../lib/roadmap/industry-timeline'
import { learningRoadmap } from '../../lib/roadmap/learning-roadmap'
import { roadmapLastStep } from '../../lib/roadmap/steps'

export interface SourceSlide {
  no: number
  /** The slide title as plain text (tags stripped). */
  title: string
  layout: string
  note: string
  /** Frontmatter `section:`: the slide starts a part of that name (lib/sections.ts). */
  section?: string
  /** Click steps: what the slide's widgets register (see widgetClicks), or its frontmatter `clicks:`. */
  clicks: number
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
      section: typeof slide.frontmatter.section === 'string' ? slide.frontmatter.section : undefined,
      clicks: Math.max(Number(slide.frontmatter.clicks ?? 0), widgetClicks(slide.content)),
    }))
  return { title: String(data.headmatter.title), headmatter: data.headmatter, slides }
}

const TIMELINES: Record<string, readonly unknown[]> = { industryTimelineRecEra, industryTimelineLlmEra, learningRoadmap }

/**
 * The clicks a slide's widgets register with it. Each widget states its own count (components/chart/useWidgetStep);
 * this reads the same sources from the slide's markup, so the tests check what the deck does against the data.
 * A widget given `:step` is pinned and registers none.
 */
export function widgetClicks(content: string): number {
  let clicks = 0
  for (const [, name, attributes = ''] of content.matchAll(/<([A-Z]\w+)(\s[^>]*)?>/g)) {
    if (/:step=/.test(attributes))
      continue
    const lastStep = Number(attributes.match(/:last-step="(\d+)"/)?.[1] ?? Number.NaN)
    const items = attributes.match(/:items="(\w+)"/)?.[1]
    const count = name === 'RoadmapTimeline' && items && TIMELINES[items]
      ? roadmapLastStep(TIMELINES[items])
      : name === 'LaborMarketChart'
        ? laborMarketClicks('story')
        : name === 'DiminishingReturnsChart'
          ? Number.isNaN(lastStep) ? DIMINISHING_RETURNS_LAST : lastStep
          : name === 'InternetUsersChart' ? INTERNET_USERS_LAST : 0
    clicks = Math.max(clicks, count)
  }
  return clicks
}

/** Plain text of a note: no HTML comments' markdown, no stage directions in full-width brackets. */
export function noteSentences(note: string): string[] {
  return note
    .split(/\n+/)
    .map(line => line.replace(/（[^）]*）/g, '').trim())
    .filter(line => line.length >= 12)
}
