import type { Milestone } from '../../lib/roadmap/milestones'
import { describe, expect, it } from 'vitest'
import { formatDate, isOutOfOrder, parseDateSpan, sortMilestonesByDate, totalWeeks, weekSpans, whenLabel } from '../../lib/roadmap/dates'
import {
  industryTimeline,
  industryTimelineLlmEra,
  industryTimelineRecEra,
} from '../../lib/roadmap/industry-timeline'
import {
  axisCardPlacement,
  axisColumnCount,
  isDense,
  overBudget,
  textWidth,
} from '../../lib/roadmap/layout'
import {
  learningRoadmap,
  learningRoadmapTotalWeeks,
  learningStages,
  stagesToMilestones,
} from '../../lib/roadmap/learning-roadmap'
import { MAX_MILESTONES, sourceLine, validateMilestones } from '../../lib/roadmap/milestones'
import {
  focusIndexAt,
  nextFocusIndex,
  progressAt,
  roadmapLastStep,
  segmentFills,
  segmentsOf,
  viewAt,
} from '../../lib/roadmap/steps'

function dated(id: string, date: string | undefined, state: Milestone['state'] = 'done'): Milestone {
  return { id, title: `标题 ${id}`, detail: `说明 ${id}`, state, ...(date ? { date } : { label: '某时' }) }
}

const good: Milestone[] = [
  dated('a', '2013-12-04'),
  dated('b', '2016-03'),
  dated('c', '2022-11-30', 'now'),
  dated('d', undefined, 'next'),
]

/** Validates a copy of `good` with one item changed, returning the issues' fields and indices. */
function issuesAfter(change: (items: Record<string, unknown>[]) => void) {
  const items = good.map(item => ({ ...item })) as Record<string, unknown>[]
  change(items)
  const result = validateMilestones(items)
  return result.issues
}

/** The issues as [index, field] after setting `fields` on item `index` of a copy of `good` (undefined deletes). */
function issuesWith(index: number, fields: Record<string, unknown>) {
  return issuesAfter((items) => {
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined)
        delete items[index]![key]
      else
        items[index]![key] = value
    }
  }).map(issue => [issue.index, issue.field])
}

describe('parseDateSpan', () => {
  it('reads years, months, days and intervals as inclusive spans', () => {
    expect(parseDateSpan('2013')).toEqual({ start: 20130101, end: 20131231 })
    expect(parseDateSpan('2016-02')).toEqual({ start: 20160201, end: 20160229 })
    expect(parseDateSpan('2013-12-04')).toEqual({ start: 20131204, end: 20131204 })
    expect(parseDateSpan('2012/2013')).toEqual({ start: 20120101, end: 20131231 })
  })

  it('rejects malformed, impossible and inverted dates', () => {
    for (const bad of ['', '13', '2013-13', '2013-02-30', '2013-1-4', '2013/2012', 'a/b/c', '2013/', '去年']) {
      expect(parseDateSpan(bad), bad).toBeNull()
    }
  })

  it('treats overlapping spans as in order and a wholly earlier one as out of order', () => {
    const year = parseDateSpan('2023')!
    const june = parseDateSpan('2023-06')!
    expect(isOutOfOrder(june, year)).toBe(false)
    expect(isOutOfOrder(year, parseDateSpan('2022-11-30')!)).toBe(true)
  })
})

describe('formatDate', () => {
  it('joins intervals with an en dash and shortens days in the same month', () => {
    expect(formatDate('2012/2013')).toBe('2012–2013')
    expect(formatDate('2016-03-09/2016-03-15')).toBe('2016-03-09–15')
    expect(formatDate('2013-12-04')).toBe('2013-12-04')
  })
})

describe('validateMilestones', () => {
  it('accepts a well-formed list', () => {
    const result = validateMilestones(good)
    expect(result.ok).toBe(true)
    expect(result.items).toHaveLength(good.length)
  })

  it('rejects what is not a non-empty array', () => {
    for (const bad of [undefined, null, 'x', {}, []]) {
      const result = validateMilestones(bad)
      expect(result.ok).toBe(false)
      expect(result.issues[0]?.index).toBeNull()
    }
  })

  it('rejects more than the layouts can hold', () => {
    const many = Array.from({ length: MAX_MILESTONES + 1 }, (_, i) => dated(`m${i}`, `${2000 + i}`))
    expect(validateMilestones(many).issues.map(issue => issue.field)).toContain('items')
    expect(validateMilestones(many.slice(0, MAX_MILESTONES)).ok).toBe(true)
  })

  it('names the item without a title', () => {
    const issues = issuesAfter((items) => {
      items[1]!.title = '  '
    })
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ index: 1, field: 'title' })
    expect(issues[0]!.message).toContain('第 2 项')
  })

  it('rejects an unknown state', () => {
    const issues = issuesAfter((items) => {
      items[0]!.state = 'doing'
    })
    expect(issues.map(issue => [issue.index, issue.field])).toEqual([[0, 'state']])
    expect(issues[0]!.message).toContain('doing')
  })

  it('rejects dates out of order, naming the later item', () => {
    const issues = issuesAfter((items) => {
      items[1]!.date = '2010-01'
    })
    expect(issues.map(issue => [issue.index, issue.field])).toEqual([[1, 'date']])
    expect(issues[0]!.message).toContain('标题 b')
  })

  it('compares dates across undated items', () => {
    const items = [dated('a', '2020'), dated('b', undefined), dated('c', '2019')]
    expect(validateMilestones(items).issues.map(issue => issue.index)).toEqual([2])
  })

  it('rejects a malformed date', () => {
    const issues = issuesAfter((items) => {
      items[2]!.date = '2022-11-31'
    })
    expect(issues.map(issue => [issue.index, issue.field])).toEqual([[2, 'date']])
  })

  it('rejects an item with no date, weeks or label', () => {
    const issues = issuesAfter((items) => {
      delete items[3]!.label
    })
    expect(issues.map(issue => [issue.index, issue.field])).toEqual([[3, 'date']])
  })

  it('rejects a missing detail unless facts are given', () => {
    expect(issuesWith(0, { detail: undefined })).toEqual([[0, 'detail']])
    expect(issuesWith(0, { detail: undefined, facts: [{ label: '学', text: '注意力' }] })).toEqual([])
    expect(issuesWith(0, { facts: [{ label: '学' }] })).toEqual([[0, 'facts']])
  })

  it('rejects duplicate or missing ids', () => {
    expect(issuesWith(2, { id: 'a' })).toEqual([[2, 'id']])
    expect(issuesWith(2, { id: undefined })).toEqual([[2, 'id']])
  })

  it('rejects states out of the order done → now → next, and a second now', () => {
    expect(issuesWith(3, { state: 'done' })).toEqual([[3, 'state']])
    expect(issuesWith(3, { state: 'now' })).toEqual([[3, 'state']])
  })

  it('rejects an unknown world', () => {
    expect(issuesWith(1, { world: 'ads' })).toEqual([[1, 'world']])
  })

  it('rejects non-positive weeks and a list mixing weeks with dates', () => {
    const stages = stagesToMilestones(learningStages.slice(0, 3))
    expect(validateMilestones(stages).ok).toBe(true)
    for (const weeks of [0, -2, Number.NaN, Infinity]) {
      const bad = stages.map((stage, i) => (i === 1 ? { ...stage, weeks } : stage))
      expect(validateMilestones(bad).issues.map(issue => [issue.index, issue.field]), String(weeks)).toEqual([
        [1, 'weeks'],
      ])
    }
    const mixed = [...stages, { ...dated('z', '2024'), state: 'next' as const }]
    const fields = validateMilestones(mixed).issues.map(issue => issue.field)
    expect(fields).toContain('weeks')
    expect(fields).toContain('date')
  })

  it('rejects an item that is not an object without throwing', () => {
    const result = validateMilestones([good[0], 42, null])
    expect(result.issues.map(issue => issue.index)).toEqual([1, 2])
  })
})

describe('the real datasets', () => {
  it.each([
    ['industryTimeline', industryTimeline],
    ['industryTimelineRecEra', industryTimelineRecEra],
    ['industryTimelineLlmEra', industryTimelineLlmEra],
    ['learningRoadmap', learningRoadmap],
  ])('%s passes validation and fits the layouts', (_, items) => {
    const result = validateMilestones(items)
    expect(result.issues).toEqual([])
    expect(items.length).toBeGreaterThanOrEqual(5)
    expect(items.length).toBeLessThanOrEqual(MAX_MILESTONES)
    for (const item of items) {
      expect(textWidth(item.title), item.title).toBeLessThanOrEqual(12)
      const detail = item.detail ?? item.facts?.map(fact => fact.text).join('') ?? ''
      expect(textWidth(detail), item.id).toBeLessThanOrEqual(60)
    }
  })

  it('keeps every card within the text budget of its layout, using briefs when all 12 share a slide', () => {
    expect(overBudget(industryTimelineRecEra, 'axis')).toEqual([])
    expect(overBudget(industryTimelineLlmEra, 'axis')).toEqual([])
    expect(overBudget(learningRoadmap, 'grid')).toEqual([])
    expect(isDense(industryTimeline.length)).toBe(true)
    expect(overBudget(industryTimeline, 'axis')).toEqual([])
    // Without the briefs the full timeline would not fit: the budget check is what keeps it honest.
    const withoutBriefs = industryTimeline.map(({ brief: _brief, ...item }) => item)
    expect(overBudget(withoutBriefs, 'axis').length).toBeGreaterThan(0)
  })

  it('splits the industry timeline into two eras that together make the whole', () => {
    expect([...industryTimelineRecEra, ...industryTimelineLlmEra].map(item => item.id)).toEqual(
      industryTimeline.map(item => item.id),
    )
    expect(industryTimeline.length).toBeGreaterThanOrEqual(8)
    expect(industryTimelineRecEra.every(item => item.state === 'done')).toBe(true)
    expect(industryTimeline.filter(item => item.state === 'now')).toHaveLength(1)
  })

  it('marks the essay’s undated claims as the author’s observation', () => {
    for (const item of industryTimeline.filter(m => m.date === undefined && m.state !== 'now')) {
      expect(item.note, item.id).toBe('作者观察')
    }
  })

  it('has seven stages whose weeks add up to the total the component shows', () => {
    expect(learningStages).toHaveLength(7)
    let sum = 0
    for (const stage of learningStages) sum += stage.weeks
    expect(learningRoadmapTotalWeeks).toBe(sum)
    expect(totalWeeks(learningRoadmap)).toBe(sum)
    expect(weekSpans(learningRoadmap).at(-1)?.endWeek).toBe(sum)
  })

  it('gives every stage something to learn, to build and a recommender skill that carries over', () => {
    for (const stage of learningRoadmap) {
      expect(stage.facts?.map(fact => fact.label)).toEqual(['学', '做', '迁移'])
      expect(stage.facts?.[2]?.world).toBe('rec')
    }
    expect(learningRoadmap.map(stage => stage.state)).toEqual(['now', ...Array.from({ length: 6 }).fill('next')])
  })
})

describe('ordering', () => {
  it('sorts by date and keeps undated items after the one they followed', () => {
    const shuffled = [dated('c', '2022'), dated('note', undefined), dated('a', '2012/2013'), dated('b', '2013-12-04')]
    expect(sortMilestonesByDate(shuffled).map(item => item.id)).toEqual(['a', 'b', 'c', 'note'])
    const sorted = sortMilestonesByDate([...industryTimeline].reverse().filter(item => item.date))
    expect(validateMilestones(sorted).issues.filter(issue => issue.field === 'date')).toEqual([])
  })
})

describe('textWidth', () => {
  it('counts Latin letters and digits as half a CJK character', () => {
    const widths = { '推荐': 2, 'GPT-4': 2.5, '4G 牌照': 3.5, '，。': 2 }
    for (const [text, width] of Object.entries(widths))
      expect(textWidth(text), text).toBe(width)
  })
})

describe('durations and labels', () => {
  const stages = stagesToMilestones(learningStages)

  it('turns weeks into cumulative ranges', () => {
    const spans = weekSpans([{ weeks: 3 }, { weeks: 2 }, { weeks: 1 }])
    expect(spans).toEqual([
      { startWeek: 1, endWeek: 3 },
      { startWeek: 4, endWeek: 5 },
      { startWeek: 6, endWeek: 6 },
    ])
  })

  it('labels with the label, else the date, else the week range', () => {
    expect(whenLabel(industryTimelineLlmEra as Milestone[], 4)).toBe('2023 · 30 岁')
    expect(whenLabel(industryTimelineRecEra as Milestone[], 0)).toBe('2012–2013')
    const first = learningStages[0]!.weeks
    expect(whenLabel(stages, 0)).toBe(`第 1–${first} 周 · ${first} 周`)
  })

  it('collects each source once, in order', () => {
    const items = [
      { ...good[0]!, source: 'A；B' },
      { ...good[1]!, source: 'B' },
      { ...good[2]!, source: 'C' },
    ]
    expect(sourceLine(items)).toBe('A；B；C')
  })
})

describe('step → view', () => {
  const n = good.length

  it('needs one click per milestone', () => {
    expect(roadmapLastStep(good)).toBe(n)
    expect(roadmapLastStep(learningRoadmap)).toBe(7)
  })

  it('clamps odd steps instead of failing', () => {
    expect(focusIndexAt(n, Number.NaN)).toBe(0)
    expect(focusIndexAt(n, -3)).toBe(0)
    expect(focusIndexAt(n, 2.7)).toBe(2)
    expect(focusIndexAt(n, Number.POSITIVE_INFINITY)).toBeNull()
    expect(focusIndexAt(n, 999999)).toBeNull()
  })

  it('walks one milestone per step, then shows the summary', () => {
    for (let step = 0; step < n; step++) {
      const views = viewAt(good, step)
      expect(views.filter(view => view.phase === 'current').map(view => view.index)).toEqual([step])
      expect(views.filter(view => view.phase === 'past')).toHaveLength(step)
      expect(views.filter(view => view.phase === 'upcoming')).toHaveLength(n - step - 1)
      expect(views.map(view => view.expanded)).toEqual(views.map(view => view.index <= step))
    }
    const summary = viewAt(good, n)
    expect(summary.every(view => view.phase === 'summary' && view.expanded)).toBe(true)
  })

  it('never changes the data state and marks only the now item as here', () => {
    for (let step = 0; step <= n; step++) {
      const views = viewAt(good, step)
      expect(views.map(view => view.state)).toEqual(good.map(item => item.state))
      expect(views.filter(view => view.isHere).map(view => view.index)).toEqual([2])
    }
  })

  it('fills the line monotonically and completely at the summary', () => {
    let last = -1
    for (let step = 0; step <= n; step++) {
      const progress = progressAt(good, step)
      expect(progress).toBeGreaterThan(last)
      last = progress
    }
    expect(last).toBe(1)
    // A dated line fills exactly to the current milestone's dot, which sits mid-card on the axis grid.
    for (let step = 0; step < n; step++) {
      const placement = axisCardPlacement(step, n)
      const dotLine = (placement.columnStart + placement.columnEnd) / 2
      expect(progressAt(good, step)).toBeCloseTo((dotLine - 1) / axisColumnCount(n))
      const segment = segmentsOf(good)[step]!
      expect(progressAt(good, step)).toBeGreaterThan(segment.from)
      expect(progressAt(good, step)).toBeLessThan(segment.to)
    }
  })

  it('fills a stage roadmap by elapsed weeks', () => {
    const total = totalWeeks(stages())
    const firstTwo = learningStages[0]!.weeks + learningStages[1]!.weeks
    expect(progressAt(stages(), 1)).toBeCloseTo(firstTwo / total)
    const fills = segmentFills(stages(), 1)
    expect(fills.slice(0, 2)).toEqual([1, 1])
    expect(fills.slice(2).every(fill => fill === 0)).toBe(true)
    function stages() {
      return stagesToMilestones(learningStages)
    }
  })
})

describe('keyboard and geometry helpers', () => {
  it('moves focus with arrows, Home and End, clamped to the list', () => {
    expect(nextFocusIndex('ArrowRight', 2, 5)).toBe(3)
    expect(nextFocusIndex('ArrowRight', 4, 5)).toBe(4)
    expect(nextFocusIndex('ArrowLeft', 0, 5)).toBe(0)
    expect(nextFocusIndex('Home', 3, 5)).toBe(0)
    expect(nextFocusIndex('End', 1, 5)).toBe(4)
    expect(nextFocusIndex('ArrowUp', 1, 5)).toBeNull()
  })

  it('alternates equally wide axis cards that stay inside the grid and never overlap on one side', () => {
    for (const count of [1, 5, 6, 7, 12]) {
      const placements = Array.from({ length: count }, (_, i) => axisCardPlacement(i, count))
      placements.forEach((placement, i) => {
        expect(placement.side).toBe(i % 2 === 0 ? 'above' : 'below')
        expect(placement.columnStart).toBeGreaterThanOrEqual(1)
        expect(placement.columnEnd).toBeLessThanOrEqual(axisColumnCount(count) + 1)
        expect(placement.columnEnd - placement.columnStart).toBe(4)
        const sameSide = placements[i + 2]
        if (sameSide)
          expect(sameSide.columnStart).toBeGreaterThanOrEqual(placement.columnEnd)
      })
    }
  })

  it('covers the whole line with the segments of a dated timeline', () => {
    const segments = segmentsOf(good)
    expect(segments[0]!.from).toBe(0)
    expect(segments.at(-1)!.to).toBe(1)
    segments.slice(1).forEach((segment, i) => expect(segment.from).toBeCloseTo(segments[i]!.to))
  })
})
