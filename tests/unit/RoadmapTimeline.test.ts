import type { VueWrapper } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import RoadmapTimeline from '../../components/roadmap/RoadmapTimeline.vue'
import { industryTimelineLlmEra as timeline } from '../../lib/roadmap/industry-timeline'
import { learningRoadmap } from '../../lib/roadmap/learning-roadmap'
import { mountPerTest, tid } from '../support/mount'

const n = timeline.length
const { render, warn } = mountPerTest(RoadmapTimeline)

const items = (w: VueWrapper) => w.findAll(tid('roadmap-item'))
const toggles = (w: VueWrapper) => w.findAll<HTMLButtonElement>(tid('roadmap-toggle'))
const shown = (w: VueWrapper) => w.findAll(tid('roadmap-detail')).map(detail => !detail.classes().includes('collapsed'))

describe('roadmapTimeline: steps', () => {
  it('walks the milestones: the current one highlighted, earlier details open, later ones closed', async () => {
    const w = render({ items: timeline, step: 0 })
    for (let step = 0; step < n; step++) {
      await w.setProps({ step })
      expect(items(w).map(item => item.attributes('data-phase'))).toEqual(timeline.map((_, i) => i < step ? 'past' : i === step ? 'current' : 'upcoming'))
      expect(items(w)[step]!.attributes('aria-current')).toBe('step')
      expect(shown(w)).toEqual(timeline.map((_, i) => i <= step))
    }
    await w.setProps({ step: n })
    expect(w.get(tid('roadmap')).attributes('data-focus')).toBe('summary')
    expect(shown(w).every(Boolean)).toBe(true)
  })

  it('treats Slidev\'s huge print click count as the summary', () => {
    const w = render({ items: timeline, step: 1e9 })
    expect(w.get(tid('roadmap')).attributes('data-step')).toBe(String(n))
  })

  it('marks the one milestone whose state is now, at every step', () => {
    const w = render({ items: timeline, step: 0 })
    expect(w.findAll(tid('roadmap-here'))).toHaveLength(1)
    expect(items(w)[timeline.findIndex(item => item.state === 'now')]!.find(tid('roadmap-here')).exists()).toBe(true)
  })

  it('draws a roadmap as a stage grid with its total and the goal in the free cell', () => {
    const w = render({ items: learningRoadmap, step: 0, goal: '终点' })
    expect(w.get(tid('roadmap')).classes()).toContain('layout-grid')
    expect(w.findAll('.bar span')).toHaveLength(learningRoadmap.length)
    expect(w.find(tid('roadmap-total')).exists()).toBe(true)
    expect(w.find(tid('roadmap-goal')).exists()).toBe(true)
    expect(render({ items: timeline, goal: '终点' }).find(tid('roadmap-goal')).exists()).toBe(false)
  })

  it('says so, once, when the slide binds no items', () => {
    const w = render({ items: undefined })
    expect(w.find('[role="alert"]').exists()).toBe(true)
    // Vue adds its own prop warnings; ours names the binding, once.
    expect(warn.mock.calls.filter(([text]) => String(text).startsWith('[RoadmapTimeline]'))).toHaveLength(1)
  })
})

describe('roadmapTimeline: details on demand and the keyboard', () => {
  it('opens an upcoming milestone with a click or Enter, with its source; Space toggles once', async () => {
    const w = render({ items: timeline, step: 0 })
    await toggles(w)[3]!.trigger('click')
    expect(items(w)[3]!.attributes('data-open')).toBe('true')
    expect(shown(w)[3]).toBe(true)
    expect(items(w)[3]!.text()).toContain(timeline[3]!.source)
    await toggles(w)[3]!.trigger('keydown', { key: ' ' })
    expect(items(w)[3]!.attributes('data-open')).toBe('false')
    await toggles(w)[2]!.trigger('keydown', { key: 'Enter' })
    expect(items(w)[2]!.attributes('data-open')).toBe('true')
  })

  it('moves with arrows, Home and End (one tab stop, the open detail follows); Escape closes and blurs', async () => {
    const w = render({ items: timeline, step: 0 })
    expect(toggles(w).map(t => t.attributes('tabindex'))).toEqual(timeline.map((_, i) => i === 0 ? '0' : '-1'))
    toggles(w)[0]!.element.focus()
    await toggles(w)[0]!.trigger('keydown', { key: 'Enter' })
    await toggles(w)[0]!.trigger('keydown', { key: 'ArrowRight' })
    expect(document.activeElement).toBe(toggles(w)[1]!.element)
    expect(items(w)[1]!.attributes('data-open')).toBe('true')
    await toggles(w)[1]!.trigger('keydown', { key: 'End' })
    expect(document.activeElement).toBe(toggles(w)[n - 1]!.element)
    expect(toggles(w).filter(t => t.attributes('tabindex') === '0')).toHaveLength(1)
    await toggles(w)[n - 1]!.trigger('keydown', { key: 'Escape' })
    expect(items(w).every(item => item.attributes('data-open') === 'false')).toBe(true)
    expect(document.activeElement).toBe(document.body)
  })

  it('keeps the keys it uses from Slidev and lets the others through', async () => {
    const w = render({ items: timeline, step: 0 })
    const reached: string[] = []
    w.element.parentElement!.addEventListener('keydown', (event: KeyboardEvent) => reached.push(event.key))
    for (const key of ['ArrowRight', 'Home', 'Enter', 'Escape', 'ArrowDown', 'PageDown'])
      await toggles(w)[0]!.trigger('keydown', { key })
    expect(reached).toEqual(['ArrowDown', 'PageDown'])
  })

  it('closes an open detail when the step changes', async () => {
    const w = render({ items: timeline, step: 0 })
    await toggles(w)[4]!.trigger('click')
    await w.setProps({ step: 1 })
    expect(items(w)[4]!.attributes('data-open')).toBe('false')
  })
})
