import { describe, expect, it } from 'vitest'
import { industryTimelineLlmEra } from '../../lib/roadmap/industry-timeline'
import { axisCardStyle, cardWhen, listColumns, timelineWarning } from '../../lib/roadmap/layout'
import { learningRoadmap } from '../../lib/roadmap/learning-roadmap'
import { footLine, validateMilestones, validationMessage } from '../../lib/roadmap/milestones'
import { cardsAt, roadmapLastStep, timelineWords, trackSegments } from '../../lib/roadmap/steps'

describe('roadmap layout: where the cards go', () => {
  it('gives the axis two half-columns per milestone plus margins, the grid ⌈N / 2⌉ columns', () => {
    expect(listColumns('axis', 6)).toBe('repeat(14, minmax(0, 1fr))')
    expect(listColumns('grid', 7)).toBe('repeat(4, minmax(0, 1fr))')
  })

  it('alternates axis cards and keeps same-side neighbours from overlapping, at every count', () => {
    for (let count = 1; count <= 12; count++) {
      const styles = Array.from({ length: count }, (_, i) => axisCardStyle(i, count))
      styles.forEach((style, i) => {
        expect(style.side).toBe(i % 2 === 0 ? 'above' : 'below')
        const [start, end] = style.gridColumn.split(' / ').map(Number)
        expect(start).toBeGreaterThanOrEqual(1)
        expect(end).toBeLessThanOrEqual(2 * count + 3)
        const next = styles[i + 2]
        if (next)
          expect(Number(next.gridColumn.split(' / ')[0])).toBeGreaterThanOrEqual(end!)
      })
    }
  })

  it('shows a stage’s duration on grid cards and the date or label on the axis', () => {
    expect(cardWhen(learningRoadmap, 0, 'grid')).toBe(`${learningRoadmap[0]!.weeks} 周`)
    expect(cardWhen(learningRoadmap, 0, 'axis')).toMatch(/^第 1/)
    expect(cardWhen(industryTimelineLlmEra, 0, 'axis')).toBe(industryTimelineLlmEra[0]!.label ?? industryTimelineLlmEra[0]!.date)
  })

  it('hands each card what it shows at a step and where it goes', () => {
    const axis = cardsAt(industryTimelineLlmEra, 1, 'axis')
    expect(axis.map(card => card.item)).toEqual(industryTimelineLlmEra)
    expect(axis.map(card => card.view.phase).slice(0, 3)).toEqual(['past', 'current', 'upcoming'])
    expect(axis[1]!.axis).toEqual(axisCardStyle(1, industryTimelineLlmEra.length))
    expect(axis[1]!.when).toBe(cardWhen(industryTimelineLlmEra, 1, 'axis'))
    expect(axis.every(card => card.number === null)).toBe(true)
    const grid = cardsAt(learningRoadmap, learningRoadmap.length, 'grid')
    expect(grid.map(card => card.number)).toEqual(learningRoadmap.map((_, i) => i + 1))
    expect(grid.every(card => card.axis === null && card.view.phase === 'summary')).toBe(true)
    const many = Array.from({ length: 10 }, (_, i) => ({ ...industryTimelineLlmEra[0]!, id: `m${i}` }))
    expect(cardsAt(many, 0, 'axis').every(card => card.compact)).toBe(true)
    expect(axis.some(card => card.compact)).toBe(false)
  })

  it('warns for bad data, for text over budget, and not for the real data', () => {
    expect(timelineWarning(validateMilestones([]), 'axis')).toMatch(/^items 数据有误/)
    const long = industryTimelineLlmEra.map(item => ({ ...item, detail: '很长的说明'.repeat(20) }))
    expect(timelineWarning(validateMilestones(long), 'axis')).toMatch(/^文字可能放不下/)
    expect(timelineWarning(validateMilestones(industryTimelineLlmEra), 'axis')).toBe('')
  })
})

describe('roadmap words and track at a step', () => {
  it('has one step per milestone plus the summary', () => {
    expect(roadmapLastStep(industryTimelineLlmEra)).toBe(industryTimelineLlmEra.length)
  })

  it('says where the walk is, and the total of a stage roadmap', () => {
    const first = timelineWords(learningRoadmap, 0)
    expect(first.progress).toMatch(/^累计 \d+ \/ \d+ 周$/)
    expect(first.total).toMatch(/^累计 \d+ 周 \/ 合计 \d+ 周（约 \d+ 个月）$/)
    expect(timelineWords(learningRoadmap, null).total).toMatch(/^合计/)
    const n = industryTimelineLlmEra.length
    expect(timelineWords(industryTimelineLlmEra, 1).progress).toBe(`第 2 / ${n} 项`)
    expect(timelineWords(industryTimelineLlmEra, 1).status).toBe(`第 2 / ${n} 项：${industryTimelineLlmEra[1]!.title}`)
    expect(timelineWords(industryTimelineLlmEra, null).status).toBe(`全部 ${n} 项已展开`)
  })

  it('numbers the grid’s segments and fills them up to the step', () => {
    const segments = trackSegments(learningRoadmap, 1, 'grid')
    expect(segments.map(s => s.label)).toEqual(learningRoadmap.map((_, i) => String(i + 1)))
    expect(segments.slice(0, 2).every(s => s.fill === 1)).toBe(true)
    expect(segments.slice(2).every(s => s.fill === 0)).toBe(true)
    expect(trackSegments(industryTimelineLlmEra, 0, 'axis').every(s => s.label === undefined)).toBe(true)
  })

  it('names the first issue and counts the rest, and puts sources and footnote on one line', () => {
    const bad = validateMilestones([{ id: 'a' }, { id: 'b' }])
    expect(validationMessage(bad.issues)).toMatch(/^时间线数据有误：.*（另有 \d+ 处）$/)
    expect(validationMessage([])).toBe('')
    expect(footLine(industryTimelineLlmEra, '示意')).toMatch(/^来源：.* · 示意$/)
  })
})
