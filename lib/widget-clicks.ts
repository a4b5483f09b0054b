/**
 * The clicks a slide's widgets register with it, read from the slide's markup and the widgets' own data. Each widget
 * states its count when it mounts (components/chart/useWidgetStep.ts); setup/preparser.ts writes the same count into
 * the slide's frontmatter at parse time, so the slide knows it before its lazily loaded content has mounted, and the
 * tests check the deck against it. A widget given `:step` is pinned and registers none.
 */
import { LAST_STEP as DIMINISHING_RETURNS_LAST } from './diminishing-returns/model'
import { LAST_STEP as INTERNET_USERS_LAST } from './internet-users/model'
import { LAST_STEP as LABOR_MARKET_LAST } from './labor-market/data'
import { industryTimelineLlmEra, industryTimelineRecEra } from './roadmap/industry-timeline'
import { learningRoadmap } from './roadmap/learning-roadmap'
import { roadmapLastStep } from './roadmap/steps'

const TIMELINES: Record<string, readonly unknown[]> = { industryTimelineRecEra, industryTimelineLlmEra, learningRoadmap }

/** The clicks the widgets in a slide's markup register (the most of any one widget). */
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
        ? LABOR_MARKET_LAST
        : name === 'DiminishingReturnsChart'
          ? Number.isNaN(lastStep) ? DIMINISHING_RETURNS_LAST : lastStep
          : name === 'InternetUsersChart' ? INTERNET_USERS_LAST : 0
    clicks = Math.max(clicks, count)
  }
  return clicks
}
