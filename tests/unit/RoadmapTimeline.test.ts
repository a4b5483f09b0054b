import type { VueWrapper } from '@vue/test-utils'
import type { Milestone } from '../../lib/roadmap/milestones'
import { describe, expect, it } from 'vitest'
import RoadmapTimeline from '../../components/roadmap/RoadmapTimeline.vue'
import { industryTimeline, industryTimelineLlmEra } from '../../lib/roadmap/industry-timeline'
import { learningRoadmap, learningStages } from '../../lib/roadmap/learning-roadmap'
import { mountPerTest } from '../support/mount'

const timeline = industryTimelineLlmEra
const n = timeline.length
const nowIndex = timeline.findIndex(item => item.state === 'now')

const { render, warn } = mountPerTest(RoadmapTimeline)

const items = (w: VueWrapper) => w.findAll('[data-testid="roadmap-item"]')
const toggles = (w: VueWrapper) => w.findAll<HTMLButtonElement>('[data-testid="roadmap-toggle"]')
function detailShown(w: VueWrapper, index: number) {
  return !items(w)[index]!.find('[data-testid="roadmap-detail"]').classes().includes('collapsed')
}

describe('roadmapTimeline: states and steps', () => {
  it('renders every milestone with its state, one "you are here" and the future dashed', () => {
    const w = render({ items: timeline, step: n })
    expect(items(w)).toHaveLength(n)
    expect(items(w).map(item => item.attributes('data-state'))).toEqual(timeline.map(item => item.state))
    const here = w.findAll('[data-testid="roadmap-here"]')
    expect(here).toHaveLength(1)
    expect(items(w)[nowIndex]!.find('[data-testid="roadmap-here"]').exists()).toBe(true)
    expect(items(w).at(-1)!.find('.card').classes()).toContain('state-next')
    expect(items(w)[0]!.find('.card').classes()).toContain('state-done')
    expect(w.text()).toContain(timeline[0]!.title)
  })

  it('moves the highlight with the step and keeps earlier details open', async () => {
    const w = render({ items: timeline, step: 0 })
    for (let step = 0; step < n; step++) {
      await w.setProps({ step })
      const phases = items(w).map(item => item.attributes('data-phase'))
      expect(phases.indexOf('current')).toBe(step)
      expect(phases.filter(phase => phase === 'current')).toHaveLength(1)
      expect(items(w)[step]!.attributes('aria-current')).toBe('step')
      for (let i = 0; i < n; i++) expect(detailShown(w, i), `step ${step} item ${i}`).toBe(i <= step)
      expect(w.get('[data-testid="roadmap-status"]').text()).toContain(timeline[step]!.title)
    }
    await w.setProps({ step: n })
    expect(items(w).every(item => item.attributes('data-phase') === 'summary')).toBe(true)
    expect(Array.from({ length: n }, (_, i) => detailShown(w, i)).every(Boolean)).toBe(true)
  })

  it('fills the progress bar further at every step', async () => {
    const w = render({ items: timeline, step: 0 })
    let last = -1
    for (let step = 0; step <= n; step++) {
      await w.setProps({ step })
      const bar = w.get('[data-testid="roadmap-progress"]')
      const now = Number(bar.attributes('aria-valuenow'))
      expect(now).toBeGreaterThan(last)
      last = now
    }
    expect(last).toBe(100)
  })

  it('treats Slidev’s huge print click count as the summary', () => {
    const w = render({ items: timeline, step: 999999 })
    expect(items(w).every(item => item.attributes('data-phase') === 'summary')).toBe(true)
  })

  it('shows sources and the footnote in one small line', () => {
    const w = render({ items: timeline, step: n, footnote: '示意' })
    const foot = w.get('[data-testid="roadmap-sources"]').text()
    expect(foot).toMatch(/^来源：/)
    for (const source of ['OpenAI', 'vLLM 论文']) expect(foot).toContain(source)
    expect(foot.match(/OpenAI/g)).toHaveLength(1)
    expect(foot).toContain('示意')
  })
})

describe('roadmapTimeline: learning roadmap grid', () => {
  it('uses the grid layout for stages and shows the total of their weeks', async () => {
    const w = render({ items: learningRoadmap, step: learningRoadmap.length })
    expect(w.get('[data-testid="roadmap"]').attributes('data-layout')).toBe('grid')
    const sum = learningStages.reduce((acc, stage) => acc + stage.weeks, 0)
    expect(w.get('[data-testid="roadmap-total"]').text()).toContain(`合计 ${sum} 周`)
    await w.setProps({ step: 1 })
    const soFar = learningStages[0]!.weeks + learningStages[1]!.weeks
    expect(w.get('[data-testid="roadmap-total"]').text()).toContain(`累计 ${soFar} 周`)
    expect(w.get('[data-testid="roadmap-progress"]').attributes('aria-valuetext')).toBe(`累计 ${soFar} / ${sum} 周`)
    expect(items(w)[0]!.text()).toContain(learningStages[0]!.carryOver)
  })
})

describe('roadmapTimeline: details on demand and keyboard', () => {
  it('opens a detail with Enter, including an upcoming one, and shows its source', async () => {
    const w = render({ items: timeline, step: 0 })
    const target = 2
    expect(detailShown(w, target)).toBe(false)
    await toggles(w)[target]!.trigger('keydown', { key: 'Enter' })
    expect(detailShown(w, target)).toBe(true)
    expect(toggles(w)[target]!.attributes('aria-expanded')).toBe('true')
    expect(items(w)[target]!.text()).toContain(`来源：${timeline[target]!.source}`)
    await toggles(w)[target]!.trigger('keydown', { key: 'Enter' })
    expect(detailShown(w, target)).toBe(false)
  })

  it('toggles once per Space press and once per click', async () => {
    const w = render({ items: timeline, step: 0 })
    await toggles(w)[3]!.trigger('keydown', { key: ' ' })
    expect(items(w)[3]!.attributes('data-open')).toBe('true')
    await toggles(w)[3]!.trigger('click')
    expect(items(w)[3]!.attributes('data-open')).toBe('false')
  })

  it('moves focus with arrows, Home and End, keeping a single tab stop', async () => {
    const w = render({ items: timeline, step: 0 })
    const buttons = () => toggles(w).map(button => button.element)
    buttons()[0]!.focus()
    await toggles(w)[0]!.trigger('keydown', { key: 'ArrowRight' })
    await w.vm.$nextTick()
    expect(document.activeElement).toBe(buttons()[1])
    await toggles(w)[1]!.trigger('keydown', { key: 'End' })
    await w.vm.$nextTick()
    expect(document.activeElement).toBe(buttons()[n - 1])
    await toggles(w)[n - 1]!.trigger('keydown', { key: 'ArrowRight' })
    await w.vm.$nextTick()
    expect(document.activeElement).toBe(buttons()[n - 1])
    await toggles(w)[n - 1]!.trigger('keydown', { key: 'Home' })
    await w.vm.$nextTick()
    expect(document.activeElement).toBe(buttons()[0])
    await toggles(w)[0]!.trigger('keydown', { key: 'ArrowLeft' })
    expect(buttons().filter(button => button.tabIndex === 0)).toEqual([buttons()[0]])
  })

  it('lets an open detail follow the arrow keys', async () => {
    const w = render({ items: timeline, step: 0 })
    toggles(w)[1]!.element.focus()
    await toggles(w)[1]!.trigger('keydown', { key: 'Enter' })
    await toggles(w)[1]!.trigger('keydown', { key: 'ArrowRight' })
    expect(items(w).map(item => item.attributes('data-open'))).toEqual(
      timeline.map((_, i) => String(i === 2)),
    )
  })

  it('closes and blurs on Escape, giving the keys back to slide navigation', async () => {
    const w = render({ items: timeline, step: 0 })
    const button = toggles(w)[2]!
    button.element.focus()
    await button.trigger('keydown', { key: 'Enter' })
    expect(items(w)[2]!.attributes('data-open')).toBe('true')
    await button.trigger('keydown', { key: 'Escape' })
    expect(items(w)[2]!.attributes('data-open')).toBe('false')
    expect(document.activeElement).not.toBe(button.element)
    expect(w.element.contains(document.activeElement)).toBe(false)
  })

  it('keeps the keys it uses from reaching Slidev, and lets others through', async () => {
    const w = render({ items: timeline, step: 0 })
    const seen: string[] = []
    const listener = (event: KeyboardEvent) => seen.push(event.key)
    window.addEventListener('keydown', listener)
    try {
      for (const key of ['ArrowRight', 'ArrowLeft', 'Home', 'End', 'Enter', ' ', 'Escape', 'PageDown']) {
        toggles(w)[1]!.element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
      }
    }
    finally {
      window.removeEventListener('keydown', listener)
    }
    expect(seen).toEqual(['PageDown'])
  })

  it('closes an open detail when the step changes', async () => {
    const w = render({ items: timeline, step: 0 })
    await toggles(w)[4]!.trigger('click')
    expect(items(w)[4]!.attributes('data-open')).toBe('true')
    await w.setProps({ step: 1 })
    expect(items(w)[4]!.attributes('data-open')).toBe('false')
  })
})

describe('roadmapTimeline: bad data', () => {
  const base = (): Milestone[] => timeline.map(item => ({ ...item }))

  it.each([
    ['an empty list', () => [], 'items 为空'],
    ['a milestone without title', () => base().map((item, i) => (i === 1 ? { ...item, title: '' } : item)), '第 2 项'],
    [
      'dates out of order',
      () => base().map((item, i) => (i === 1 ? { ...item, date: '2001-01' } : item)),
      '顺序颠倒',
    ],
    [
      'an unknown state',
      () => base().map((item, i) => (i === 0 ? { ...item, state: 'soon' as never } : item)),
      'soon',
    ],
  ])('shows a message and warns once for %s', async (_, make, expected) => {
    const w = render({ items: make(), step: 2 })
    const alert = w.get('[role="alert"]')
    expect(alert.attributes('data-testid')).toBe('roadmap-error')
    expect(alert.text()).toContain(expected)
    expect(items(w)).toHaveLength(0)
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0]?.[0])).toContain(expected)
    // Re-rendering, even with a fresh array of the same bad items, must not warn again.
    await w.setProps({ step: 3, items: make() })
    expect(warn).toHaveBeenCalledTimes(1)
  })

  it('renders text that may not fit, with one hint in the console', async () => {
    const long = base().map((item, i) => (i === 2 ? { ...item, detail: '很长的说明'.repeat(20) } : item))
    const w = render({ items: long, step: 0 })
    expect(w.find('[role="alert"]').exists()).toBe(false)
    expect(items(w)).toHaveLength(n)
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0]?.[0])).toContain('第 3 项')
  })

  it('shows the brief on narrow cards and the full detail when opened', async () => {
    const twelve = [...industryTimeline]
    const w = render({ items: twelve, step: twelve.length })
    const first = items(w)[0]!
    expect(first.find('.detail-text').text()).toBe(twelve[0]!.brief)
    await first.find('[data-testid="roadmap-toggle"]').trigger('click')
    expect(items(w)[0]!.find('.detail-text').text()).toBe(twelve[0]!.detail)
  })

  it('does not warn for any of the real datasets', () => {
    for (const dataset of [timeline, industryTimeline, learningRoadmap]) {
      render({ items: dataset, step: 0 }).unmount()
    }
    expect(warn).not.toHaveBeenCalled()
  })
})

describe('roadmapTimeline: the goal card in the grid\'s free cell', () => {
  it('fills the eighth cell of a seven-stage grid with the goal and the total', () => {
    expect(learningRoadmap.length % 2).toBe(1)
    const w = render({ items: learningRoadmap, step: 0, goal: '交付作品' })
    const goal = w.find('[data-testid="roadmap-goal"]')
    expect(goal.exists()).toBe(true)
    expect(goal.text()).toContain('交付作品')
    expect(goal.text()).toContain(`合计 ${learningStages.reduce((sum, s) => sum + s.weeks, 0)} 周`)
    // One column wide: the grid has ceil(7 / 2) = 4 columns.
    expect(goal.attributes('style')).toContain('/ 4)')
  })

  it('is left out when there is no free cell, no goal, or no grid', () => {
    const cases = [{ items: learningRoadmap.slice(0, 6), goal: '交付作品' }, { items: learningRoadmap }]
    for (const props of cases) {
      const w = render(props)
      expect(w.find('[data-testid="roadmap-goal"]').exists()).toBe(false)
      w.unmount()
    }
    expect(render({ items: industryTimeline, goal: '交付作品' }).find('[data-testid="roadmap-goal"]').exists()).toBe(false)
  })
})
