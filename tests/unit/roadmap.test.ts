import type { Milestone } from '../../lib/roadmap/steps'
import { describe, expect, it } from 'vitest'
import { industryTimelineLlmEra, industryTimelineRecEra } from '../../lib/roadmap/industry-timeline'
import { learningRoadmap } from '../../lib/roadmap/learning-roadmap'
import { footLine, isStageRoadmap, nextFocusIndex, phaseAt, progressText, statusText, totalWeeks } from '../../lib/roadmap/steps'

const timelines = { industryTimelineRecEra, industryTimelineLlmEra, learningRoadmap }
const STATE_ORDER = ['done', 'now', 'next']

/** Rough width in CJK characters (Latin letters, digits and spaces count half), as the layouts are designed. */
function width(text = ''): number {
  return [...text].reduce((sum, char) => sum + (char.charCodeAt(0) < 0x2E80 ? 0.5 : 1), 0)
}

describe.each(Object.entries(timelines))('data: %s', (name, items) => {
  it('has a unique title (it keys the cards) and a detail or facts for every milestone', () => {
    expect(new Set(items.map(item => item.title)).size, 'titles must be unique').toBe(items.length)
    for (const item of items) {
      expect(item.title.trim()).not.toBe('')
      expect(item.detail || item.facts?.length, `${item.title}: needs a detail or facts`).toBeTruthy()
    }
  })

  it('fits its slide: at most 7 milestones, titles ≤ 12 and details ≤ 60 character widths', () => {
    expect(items.length, `${name}: split a longer list over two slides`).toBeLessThanOrEqual(7)
    for (const item of items) {
      expect(width(item.title), `${item.title}: shorten the title`).toBeLessThanOrEqual(12)
      const text = item.detail ?? item.facts!.map(fact => `${fact.label} ${fact.text}`).join('')
      expect(width(text), `${item.title}: shorten the detail`).toBeLessThanOrEqual(60)
    }
  })

  it('orders states done → now → next, with at most one now (当时的我)', () => {
    const ranks = items.map(item => STATE_ORDER.indexOf(item.state))
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
    expect(items.filter(item => item.state === 'now').length).toBeLessThanOrEqual(1)
  })

  it('is either a timeline (every item has `when`) or a roadmap (every item has `weeks`)', () => {
    const stages = isStageRoadmap(items)
    for (const item of items)
      expect(stages ? item.weeks! > 0 : Boolean(item.when), `${item.title}: give ${stages ? 'weeks' : 'when'}`).toBe(true)
  })
})

describe('data: the timelines', () => {
  it('keep their dated milestones in chronological order (a coarser date may follow a finer one of its year)', () => {
    for (const items of [industryTimelineRecEra, industryTimelineLlmEra]) {
      const dates = items.flatMap(item => item.when!.match(/^\d{4}(?:-\d{2}){0,2}/) ?? [])
      dates.slice(1).forEach((date, i) => {
        const length = Math.min(date.length, dates[i]!.length)
        expect(date.slice(0, length) >= dates[i]!.slice(0, length), `${date} comes before ${dates[i]}`).toBe(true)
      })
    }
  })

  it('mark the author\'s claims 我的观察 and cite a source wherever a figure appears', () => {
    for (const item of [...industryTimelineRecEra, ...industryTimelineLlmEra]) {
      if (/\d+(?:\.\d+)?\s*(?:[%亿个倍]|万亿)/.test(item.detail ?? '') && item.note !== '我的观察')
        expect(item.source, `${item.title}: a figure needs its source`).toBeTruthy()
      expect(item.note ?? '我的观察').toBe('我的观察')
    }
  })

  it('roadmap: an odd number of stages leaves the grid a free cell for the goal', () => {
    expect(learningRoadmap.length % 2, 'an even number of stages leaves no cell for the goal').toBe(1)
  })
})

describe('model', () => {
  const items: Milestone[] = [
    { title: 'A', detail: 'a', state: 'done', weeks: 3, source: 'X；Y' },
    { title: 'B', detail: 'b', state: 'now', weeks: 2, source: 'Y' },
    { title: 'C', detail: 'c', state: 'next', weeks: 4 },
  ]

  it('has one step per milestone and a summary step after them', () => {
    expect([0, 1, 2].map(index => phaseAt(index, 1, 3))).toEqual(['past', 'current', 'upcoming'])
    expect([0, 1, 2].map(index => phaseAt(index, 3, 3))).toEqual(['summary', 'summary', 'summary'])
  })

  it('adds up the weeks to the end of the current stage, then shows the total', () => {
    expect(totalWeeks(items)).toBe(9)
    expect(progressText(items, 0)).toMatch(/^累计 3 周 \/ 合计 9 周（约 2 个月）$/)
    expect(progressText(items, 1)).toMatch(/^累计 5 周/)
    expect(progressText(items, 3)).toBe('合计 9 周（约 2 个月）')
  })

  it('tells a screen reader where the walk is', () => {
    expect(statusText(items, 1)).toBe('第 2 / 3 项：B')
    expect(statusText(items, 3)).toBe('全部 3 项已展开')
  })

  it('lists every source once, then the footnote', () => {
    expect(footLine(items, '示意')).toBe('来源：X；Y · 示意')
    expect(footLine([items[2]!])).toBe('')
  })

  it('moves the roving focus with arrows, Home and End, and stays inside the list', () => {
    expect(nextFocusIndex('ArrowRight', 2, 3)).toBe(2)
    expect(nextFocusIndex('ArrowLeft', 0, 3)).toBe(0)
    expect(nextFocusIndex('ArrowRight', 0, 3)).toBe(1)
    expect(nextFocusIndex('End', 0, 3)).toBe(2)
    expect(nextFocusIndex('Home', 2, 3)).toBe(0)
    expect(nextFocusIndex('a', 1, 3)).toBeNull()
  })
})
