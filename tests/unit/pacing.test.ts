import { parseTimeString } from '@slidev/parser/utils'
import { describe, expect, it } from 'vitest'
import { apportion, parseSeconds, planBudgets, scriptLength, spokenText } from '../../lib/pacing/budget'
import { formatClock, formatDifference, paceAt, paceLabel } from '../../lib/pacing/pace'
import { emptyRecord, observe, parseRecord, rehearsalCsv, rehearsalRows, spentPerSlide, titleText, totalsOf } from '../../lib/pacing/rehearsal'
import { loadDeckSource } from '../e2e/deck-source'

describe('script length', () => {
  it('counts Chinese characters once and Latin words or numbers twice, never punctuation or markers', () => {
    expect(scriptLength('大家好。')).toBe(3)
    expect(scriptLength('用 vLLM 部署')).toBe(3 + 2)
    expect(scriptLength('2013 年 12 月')).toBe(2 + 2 + 2)
    expect(scriptLength('[click] 第一步')).toBe(3)
    expect(scriptLength('[click:0] 第一步')).toBe(3)
  })
  it('reads rendered notes the same as their markdown', () => {
    const markdown = '[click] 第一阶段，**Transformer** 基础，大约 3 周。'
    const html = '<p><span class="slidev-note-click-mark" data-clicks="1"></span> 第一阶段，<strong>Transformer</strong> 基础，大约 3 周。</p>'
    expect(scriptLength(html)).toBe(scriptLength(markdown))
    expect(spokenText(html)).not.toContain('click')
  })
})

describe('time strings', () => {
  it('reads what Slidev\'s timer reads', () => {
    expect(parseSeconds('20min')).toBe(1200)
    expect(parseSeconds('45s')).toBe(45)
    expect(parseSeconds('1min30s')).toBe(90)
    expect(parseSeconds('1:30')).toBe(90)
    expect(parseSeconds(75)).toBe(75)
    for (const text of ['20min', '20m', '1h', '1h10m30s', '3mins 5secs', '10.5m3s', '1.5min', '90', '1:30', '1:02:03', '0:45'])
      expect(parseSeconds(text), text).toBeCloseTo(parseTimeString(text).seconds, 9)
  })
  it('rejects what it cannot read', () => {
    for (const bad of ['soon', '', '+10s', -5, Number.NaN, null, undefined, {}, 'abc', '5 parsecs', '1:2:3:4', '-3min'])
      expect(parseSeconds(bad), String(bad)).toBeNull()
  })
})

describe('budgets', () => {
  it('apportions whole seconds that add up exactly', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3])
    expect(apportion(1200, [333, 333, 334]).reduce((a, b) => a + b)).toBe(1200)
    expect(apportion(9, [0, 0, 0])).toEqual([3, 3, 3])
    expect(apportion(5, [])).toEqual([])
  })
  it('shares the talk by script length', () => {
    const plan = planBudgets('1min', [{ note: '一二三' }, { note: '一二三四五六' }, { note: '一二三' }])
    expect(plan.budgets).toEqual([15, 30, 15])
    expect(plan.rate).toBe(12)
    expect(plan.problems).toEqual([])
  })
  it('keeps a stated budget and shares only what is left', () => {
    const plan = planBudgets('2min', [{ note: '一二' }, { note: '很长很长很长', budget: '1min' }, { note: '一二' }])
    expect(plan.budgets).toEqual([30, 60, 30])
    expect(plan.stated).toEqual([false, true, false])
    expect(plan.budgets.reduce((a, b) => a + b)).toBe(120)
  })
  it('says what is wrong with bad input, and still plans', () => {
    const unreadable = planBudgets('20min', [{ note: '一', budget: 'soon' }, { note: '一' }])
    expect(unreadable.budgets).toEqual([600, 600])
    expect(unreadable.problems).toEqual(['第 1 页的 budget 无法识别：soon，改按讲稿长度分配'])
    const over = planBudgets('1min', [{ note: '一', budget: 50 }, { note: '一', budget: 30 }, { note: '一' }])
    expect(over.problems[0]).toContain('超过演讲时长')
    expect(over.budgets).toEqual([50, 30, 0])
    expect(planBudgets('later', [{ note: '一' }]).problems[0]).toContain('duration 无法识别')
  })
  it('fills this deck\'s 20 minutes to the second at a plausible speaking rate', async () => {
    const { slides, duration } = await loadDeckSource()
    const plan = planBudgets(duration, slides.map(s => ({ note: s.note, budget: s.budget })))
    expect(plan.duration).toBe(1200)
    expect(plan.budgets.reduce((a, b) => a + b)).toBe(1200)
    expect(plan.problems).toEqual([])
    expect(plan.budgets.every(b => b >= 15), plan.budgets.join(' ')).toBe(true)
    // Spoken Chinese runs at roughly 200–300 characters a minute.
    expect(plan.rate).toBeGreaterThanOrEqual(200)
    expect(plan.rate).toBeLessThanOrEqual(300)
  })
})

describe('ahead or behind', () => {
  const budgets = [60, 120, 60]
  it('is on time inside the slide\'s window', () => {
    expect(paceAt(budgets, 2, 60)).toMatchObject({ status: 'on-time', seconds: 0, budget: 120, plannedStart: 60, plannedEnd: 180 })
    expect(paceAt(budgets, 2, 180.9).status).toBe('on-time')
  })
  it('is behind by the time since the window closed', () => {
    expect(paceAt(budgets, 2, 220)).toMatchObject({ status: 'behind', seconds: 40 })
    expect(paceLabel(paceAt(budgets, 2, 220))).toBe('落后 0:40')
  })
  it('is ahead by the time until the window opens', () => {
    expect(paceAt(budgets, 3, 160)).toMatchObject({ status: 'ahead', seconds: 20 })
    expect(paceLabel(paceAt(budgets, 3, 160))).toBe('领先 0:20')
    expect(paceLabel(paceAt(budgets, 1, 0))).toBe('按时')
  })
  it('keeps slide numbers and times in range', () => {
    expect(paceAt(budgets, 99, 0).budget).toBe(60)
    expect(paceAt(budgets, 0, Number.NaN).status).toBe('on-time')
    expect(paceAt([], 1, 10)).toMatchObject({ status: 'behind', seconds: 10, budget: 0 })
  })
  it('formats clocks and differences', () => {
    expect(formatClock(40)).toBe('0:40')
    expect(formatClock(725.9)).toBe('12:05')
    expect(formatClock(3723)).toBe('1:02:03')
    expect(formatDifference(40)).toBe('+0:40')
    expect(formatDifference(-20)).toBe('−0:20')
    expect(formatDifference(0)).toBe('0:00')
  })
})

describe('the rehearsal record', () => {
  it('credits each slide with the timer time it was on screen', () => {
    let record = emptyRecord()
    record = observe(record, 1, 0)
    record = observe(record, 1, 30_000)
    record = observe(record, 2, 45_000)
    record = observe(record, 3, 105_000)
    expect(spentPerSlide(record, 3)).toEqual([45_000, 60_000, 0])
    // The slide on screen keeps counting until the table is read.
    expect(spentPerSlide(record, 3, 125_000)).toEqual([45_000, 60_000, 20_000])
  })
  it('adds a second visit to the first and survives a timer that went back', () => {
    let record = observe(observe(emptyRecord(), 1, 0), 2, 10_000)
    record = observe(record, 1, 15_000)
    record = observe(record, 1, 2_000) // timer reset or page reloaded: nothing lost, nothing counted
    record = observe(record, 2, 7_000)
    expect(spentPerSlide(record, 2)).toEqual([10_000 + 5_000, 5_000])
  })
  it('is read back from storage, and anything else gives an empty record', () => {
    const record = observe(observe(emptyRecord(), 4, 0), 5, 360_000)
    expect(parseRecord(JSON.stringify(record))).toEqual(record)
    for (const bad of [null, '', 'not json', '{"version":2}', '{"version":1,"spentMs":null}'])
      expect(parseRecord(bad)).toEqual(emptyRecord())
    expect(parseRecord('{"version":1,"spentMs":{"1":-5,"2":1000,"x":3},"mark":{"no":"a"}}')).toEqual({ version: 1, spentMs: { 2: 1000 }, mark: null })
  })
  it('shows titles as text', () => {
    expect(titleText('一个字：<span class="text-llm">快</span>')).toBe('一个字：快')
    expect(titleText('A &amp; B')).toBe('A & B')
  })
  it('tabulates and exports the same numbers', () => {
    const rows = rehearsalRows(['封面', '今天的三个问题, 上', '没排到'], [60, 120, 30], [75_400, 99_600, 0])
    expect(rows).toEqual([
      { no: 1, title: '封面', budget: 60, actual: 75, difference: 15, visited: true },
      { no: 2, title: '今天的三个问题, 上', budget: 120, actual: 100, difference: -20, visited: true },
      { no: 3, title: '没排到', budget: 30, actual: 0, difference: -30, visited: false },
    ])
    // The difference counts only the slides rehearsed.
    expect(totalsOf(rows)).toEqual({ budget: 210, actual: 175, difference: -5 })
    const csv = rehearsalCsv(rows)
    expect(csv.startsWith('\uFEFF页,标题,预算（秒）,实际（秒）,差（秒）,预算,实际,差\r\n')).toBe(true)
    expect(csv.split('\r\n').slice(1)).toEqual([
      '1,封面,60,75,15,1:00,1:15,+0:15',
      '2,"今天的三个问题, 上",120,100,-20,2:00,1:40,−0:20',
      '3,没排到,30,,,0:30,,',
      ',合计,210,175,-5,3:30,2:55,−0:05',
      '',
    ])
  })
})
