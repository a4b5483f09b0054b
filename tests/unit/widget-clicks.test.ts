// @vitest-environment node
// A widget slide states its click count (`clicks:`) and binds `:step="$clicks"`: the count must match the widget's
// steps, or a click would show nothing new (too many) or a step would never be shown (too few).
import { describe, expect, it } from 'vitest'
import { LAST_STEP as DIMINISHING_RETURNS_LAST } from '../../lib/diminishing-returns/model'
import { LAST_STEP as GPU_SERVING_LAST } from '../../lib/gpu-serving/model'
import { LAST_STEP as INTERNET_USERS_LAST } from '../../lib/internet-users/model'
import { LAST_STEP as LABOR_MARKET_LAST } from '../../lib/labor-market/data'
import { industryTimelineLlmEra, industryTimelineRecEra } from '../../lib/roadmap/industry-timeline'
import { learningRoadmap } from '../../lib/roadmap/learning-roadmap'
import { loadDeck } from '../../scripts/deck-source'

const TIMELINES: Record<string, readonly unknown[]> = { industryTimelineRecEra, industryTimelineLlmEra, learningRoadmap }

/** A widget's last step from its tag's attributes (a timeline has one step per milestone, then its summary). */
const LAST_STEPS: Record<string, (attributes: string) => number | undefined> = {
  RoadmapTimeline: attributes => TIMELINES[attributes.match(/:items="(\w+)"/)?.[1] ?? '']?.length,
  InternetUsersChart: () => INTERNET_USERS_LAST,
  DiminishingReturnsChart: () => DIMINISHING_RETURNS_LAST,
  LaborMarketChart: () => LABOR_MARKET_LAST,
  GpuServing: () => GPU_SERVING_LAST,
}

/** Slides that stop before their widget's last step, on purpose: 深水区 leaves the lower panel to 老板视角. */
const STOPS_EARLY: Record<string, number> = { 'deep-water': 2 }

describe('widget slides', () => {
  it('state as many clicks as their widget has steps, and bind them', async () => {
    const { slides } = await loadDeck()
    let widgets = 0
    for (const slide of slides) {
      for (const [, tag, attributes = ''] of slide.content.matchAll(/<([A-Z]\w+)(\s[^>]*)?>/g)) {
        const last = LAST_STEPS[tag!]?.(attributes)
        const name = `slide ${slide.alias ?? slide.no} (<${tag}>)`
        if (tag! in LAST_STEPS)
          expect(last, `${name}: no steps known for its :items; add the list to TIMELINES in this test`).toBeTypeOf('number')
        if (last === undefined || /:step="\d+"/.test(attributes))
          continue // no widget, or one pinned to a step: no clicks of its own
        widgets++
        expect(attributes, `${name}: bind the slide's clicks with :step="$clicks"`).toContain(':step="$clicks"')
        const expected = STOPS_EARLY[slide.alias ?? ''] ?? last
        expect(slide.clicks, `${name}: the widget has ${expected} click steps; set \`clicks: ${expected}\` in the slide's frontmatter`).toBe(expected)
      }
    }
    expect(widgets).toBeGreaterThan(0)
  })
})
