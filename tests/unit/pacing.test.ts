import { describe, expect, it } from 'vitest'
import { apportion, MIN_BUDGET_SECONDS, parseSeconds, planBudgets, scriptLength, spokenText } from '../../lib/pacing/budget'
import { formatClock, formatCountdown, formatDifference, paceAt, paceLabel, TOLERANCE_SECONDS } from '../../lib/pacing/pace'
import { emptyRecord, observe, parseRecord, rehearsalCsv, rehearsalRows, spentPerSlide, totalsOf } from '../../lib/pacing/rehearsal'
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
    expect(parseSeconds(' 1:02:03 ')).toBe(3723)
  })
  it('rejects what it cannot read', () => {
    for (const bad of ['soon', '', '+10s', -5, Number.NaN, null, undefined, {}, 'abc', '5 parsecs', '1:2:3:4', '-3min'])
      expect(parseSeconds(bad), String(bad)).toBeNull()
  })
})

describe('budgets', () => {
  const sum = (parts: number[]) => parts.reduce((a, b) => a + b, 0)
  it('apportions whole seconds that add up exactly', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3])
    expect(sum(apportion(1200, [333, 333, 334]))).toBe(1200)
    expect(apportion(9, [0, 0, 0])).toEqual([3, 3, 3])
    expect(apportion(5, [])).toEqual([])
  })
  it('shares the talk by script length', () => {
    const plan = planBudgets('2min', [{ note: '一二三' }, { note: '一二三四五六' }, { note: '一二三' }])
    expect(plan.budgets).toEqual([30, 60, 30])
    expect(plan.rate).toBe(6)
  })
  it('keeps a stated budget and shares only what is left', () => {
    const plan = planBudgets('2min', [{ note: '一二' }, { note: '很长很长很长', budget: '1min' }, { note: '一二' }])
    expect(plan.budgets).toEqual([30, 60, 30])
  })
  it('gives a one-line slide the floor and still adds up to the duration, with a warning for the author', () => {
    const long = '很长的讲稿'.repeat(470)
    const plan = planBudgets('20min', [{ note: long }, { note: '一句。' }, { note: long }, { note: '' }])
    expect(plan.budgets[1]).toBe(MIN_BUDGET_SECONDS)
    expect(plan.budgets[3]).toBe(MIN_BUDGET_SECONDS)
    expect(sum(plan.budgets)).toBe(1200)
    expect(plan.budgets[0]).toBe(plan.budgets[2])
    expect(plan.warnings).toEqual([`第 2 页讲稿很短，按最少 ${MIN_BUDGET_SECONDS} 秒计时`, `第 4 页讲稿很短，按最少 ${MIN_BUDGET_SECONDS} 秒计时`])
    // Too short a talk for the floor: every slide gets an equal share.
    expect(planBudgets('20s', [{ note: long }, { note: '' }, { note: '' }]).budgets).toEqual([8, 6, 6])
  })
  it('floors whatever the script lengths, to the second', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const lengths = Array.from({ length: 1 + (seed % 30) }, (_, i) => ((seed * 7919 + i * 104729) % 97) ** 2 % 500)
      const plan = planBudgets(60 + seed * 13, lengths.map(n => ({ note: '字'.repeat(n) })))
      expect(sum(plan.budgets), `seed ${seed}`).toBe(plan.duration)
      const floor = Math.min(MIN_BUDGET_SECONDS, Math.floor(plan.duration / lengths.length))
      expect(Math.min(...plan.budgets), `seed ${seed}`).toBeGreaterThanOrEqual(floor)
    }
  })
  it('warns about what it cannot read and still plans', () => {
    const unreadable = planBudgets('20min', [{ note: '一', budget: 'soon' }, { note: '一' }])
    expect(unreadable.budgets).toEqual([600, 600])
    expect(unreadable.warnings).toContain('第 1 页的 budget 无法识别：soon，改按讲稿长度分配')
    const over = planBudgets('1min', [{ note: '一', budget: 50 }, { note: '一', budget: 30 }, { note: '一' }])
    expect(over.warnings[0]).toContain('超过演讲时长')
    expect(over.budgets).toEqual([50, 30, 0])
    expect(planBudgets('later', [{ note: '一' }]).warnings[0]).toContain('duration 无法识别')
  })
  it('warns when the script is far longer or shorter than the talk', () => {
    expect(planBudgets('1min', [{ note: '字'.repeat(1000) }]).warnings).toEqual(['讲稿要按每分钟约 1000 字来讲（口语通常 200–300 字），讲稿可能太长'])
    expect(planBudgets('1min', [{ note: '字'.repeat(250) }]).warnings).toEqual([])
  })
  it('fills this deck\'s duration to the second, and an author\'s new one-line slide gets the floor', async () => {
    const { slides, duration } = await loadDeckSource()
    const inputs = slides.map(s => ({ note: s.note, budget: s.budget }))
    const plan = planBudgets(duration, inputs)
    expect(sum(plan.budgets)).toBe(plan.duration)
    expect(plan.budgets.length).toBe(slides.length)
    const added = planBudgets(duration, [...inputs, { note: '一句。' }])
    expect(sum(added.budgets)).toBe(plan.duration)
    expect(added.budgets.at(-1)).toBe(MIN_BUDGET_SECONDS)
    // Content advice is the author's to read, not a reason to fail.
    if (plan.warnings.length)
      console.warn(`时间预算：${plan.warnings.join('；')}`)
  })
})

describe('pace against the plan', () => {
  const plan = { budgets: [60, 120, 60], duration: 240 }
  it('is on plan arriving at the planned start, and stays so for the slide\'s budget', () => {
    expect(paceAt(plan, 2, 60, 0)).toMatchObject({ status: 'on-plan', behind: 0, budget: 120, plannedStart: 60, slideLeft: 120, talkLeft: 180 })
    expect(paceAt(plan, 2, 170, 110)).toMatchObject({ status: 'on-plan', behind: 0, slideLeft: 10 })
  })
  it('is behind by the late arrival for as long as the slide\'s budget lasts, even inside the slide\'s slot', () => {
    // Arrived 66 s after the planned start: still inside the planned 60–180 s slot, and behind.
    expect(paceAt(plan, 2, 126, 0)).toMatchObject({ status: 'behind', behind: 66 })
    expect(paceAt(plan, 2, 186, 60)).toMatchObject({ status: 'behind', behind: 66, slideLeft: 60 })
    expect(paceLabel(paceAt(plan, 2, 126, 0))).toBe('落后 1:06')
  })
  it('adds the time over the slide\'s budget, and gives back a budget left unused at the next slide', () => {
    expect(paceAt(plan, 1, 90, 90)).toMatchObject({ status: 'behind', behind: 30, slideLeft: -30 })
    // Left slide 1 after 30 s: arrives at slide 2 30 s early.
    expect(paceAt(plan, 1, 30, 30).behind).toBe(0)
    expect(paceAt(plan, 2, 30, 0)).toMatchObject({ status: 'ahead', behind: -30 })
    expect(paceLabel(paceAt(plan, 2, 30, 0))).toBe('领先 0:30')
  })
  it('has a small tolerance either way', () => {
    expect(paceAt(plan, 2, 60 + TOLERANCE_SECONDS, 0).status).toBe('on-plan')
    expect(paceAt(plan, 2, 60 + TOLERANCE_SECONDS + 1, 0).status).toBe('behind')
    expect(paceAt(plan, 2, 60 - TOLERANCE_SECONDS - 1, 0).status).toBe('ahead')
    expect(paceLabel(paceAt(plan, 2, 65, 0))).toBe('按计划')
  })
  it('keeps slide numbers in range', () => {
    expect(paceAt(plan, 99, 0, 0).budget).toBe(60)
    expect(paceAt(plan, 0, 0, 0).plannedStart).toBe(0)
    expect(paceAt({ budgets: [], duration: 0 }, 1, 30, 0)).toMatchObject({ status: 'behind', behind: 30, budget: 0 })
  })
  it('formats clocks, countdowns past zero and differences', () => {
    expect(formatClock(40)).toBe('0:40')
    expect(formatClock(725.9)).toBe('12:05')
    expect(formatClock(3723)).toBe('1:02:03')
    expect(formatCountdown(1200)).toBe('20:00')
    expect(formatCountdown(1199.2)).toBe('20:00')
    expect(formatCountdown(0.4)).toBe('0:01')
    expect(formatCountdown(-0.6)).toBe('0:00')
    expect(formatCountdown(-123)).toBe('+2:03 超时')
    expect(formatCountdown(-304.9)).toBe('+5:04 超时')
    expect(formatCountdown(-3723)).toBe('+1:02:03 超时')
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
    expect(rehearsalRows(['一个字：<span class="text-llm">快</span>', 'A &amp; B'], [], []).map(row => row.title)).toEqual(['一个字：快', 'A & B'])
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
