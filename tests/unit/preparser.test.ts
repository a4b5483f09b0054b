// @vitest-environment node
// setup/preparser.ts: a widget slide's click count goes into its frontmatter at parse time, from the widget's data.
import { describe, expect, it } from 'vitest'
import { LAST_STEP as INTERNET_USERS_LAST } from '../../lib/internet-users/layout'
import { industryTimelineRecEra } from '../../lib/roadmap/industry-timeline'
import { roadmapLastStep } from '../../lib/roadmap/steps'
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
