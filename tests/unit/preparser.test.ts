// @vitest-environment node
// setup/preparser.ts: a widget slide's click count goes into its frontmatter at parse time, from the widget's data.
import { describe, expect, it } from 'vitest'
import { LAST_STEP as INTERNET_USERS_LAST } from '../../lib/internet-users/model'
import { industryTimelineRecEra } from '../../lib/roadmap/industry-timeline'
import { roadmapLastStep } from '../../lib/roadmap/steps'
import { widgetClicks } from '../../lib/widget-clicks'
import { loadDeck } from '../../scripts/deck-source'
import preparser from '../../setup/preparser'

async function transform(content: string, frontmatter: Record<string, unknown> = {}) {
  const [extension] = await preparser({ filepath: 'slides.md', headmatter: {}, mode: 'build' } as never)
  await extension!.transformSlide!(content, frontmatter)
  return frontmatter
}

describe('the widget-clicks preparser', () => {
  it('states a widget slide\'s clicks from the widget\'s own data', async () => {
    expect((await transform('# 时间线\n\n<RoadmapTimeline :items="industryTimelineRecEra" />')).clicks).toBe(roadmapLastStep(industryTimelineRecEra))
    expect((await transform('<InternetUsersChart />')).clicks).toBe(INTERNET_USERS_LAST)
    expect((await transform('<DiminishingReturnsChart :last-step="2" />')).clicks).toBe(2)
  })

  it('leaves a slide without widgets, a pinned widget and a stated count alone', async () => {
    expect(await transform('# 标题\n\n正文')).toEqual({})
    expect(await transform('<DiminishingReturnsChart :step="3" />')).toEqual({})
    expect((await transform('<InternetUsersChart />', { clicks: 1 })).clicks).toBe(1)
  })
})

describe('the deck loader (scripts/deck-source.ts)', () => {
  it('applies the preparser as Slidev\'s CLI does: every widget slide states its clicks', async () => {
    const { slides } = await loadDeck()
    expect(slides.map(slide => slide.no)).toEqual(slides.map((_, i) => i + 1))
    const widgetSlides = slides.filter(slide => widgetClicks(slide.content) > 0)
    expect(widgetSlides.length).toBeGreaterThan(0)
    for (const slide of widgetSlides) {
      expect(slide.frontmatter.clicks, `slide ${slide.no}: clicks set at parse time`).toBeTypeOf('number')
      expect(slide.clicks).toBe(slide.frontmatter.clicks)
    }
    for (const slide of slides)
      expect(slide.title, `slide ${slide.no}'s title as plain text`).not.toMatch(/<[^>]+>/)
  })
})
