import type { ClicksContext } from '@slidev/types'
import { injectionClicksContext, injectionSlidevContext } from '@slidev/client/constants'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, reactive, ref } from 'vue'
import { useWidgetStep } from '../../components/chart/useWidgetStep'
import { clampStep } from '../../lib/chart/steps'

describe('clampStep', () => {
  it('turns any click value into a step the widget has', () => {
    expect(clampStep(2, 4)).toBe(2)
    expect(clampStep(Number.NaN, 4)).toBe(0)
    expect(clampStep(-3, 4)).toBe(0)
    expect(clampStep(2.7, 4)).toBe(2)
    expect(clampStep(999999, 4)).toBe(4)
    expect(clampStep(Number.POSITIVE_INFINITY, 4)).toBe(4)
    expect(clampStep(3, 0)).toBe(0)
  })
})

/** A fake slide: the clicks context Slidev provides, recording what widgets register. */
function fakeSlide(current: number, print: { isPrintMode: boolean, isPrintWithClicks: boolean } = { isPrintMode: false, isPrintWithClicks: false }) {
  const registered = new Map<string, { max: number, delta: number }>()
  const context = reactive({
    current,
    register: (id: string, info: { max: number, delta: number }) => registered.set(id, info),
    unregister: (id: string) => registered.delete(id),
  }) as unknown as ClicksContext
  const provide = { [injectionClicksContext as symbol]: ref(context), [injectionSlidevContext as symbol]: reactive({ nav: print }) }
  return { context, registered, provide }
}

function widget(options: { step?: number, last: number, printed?: number }) {
  return defineComponent({
    setup() {
      const shown = useWidgetStep({ step: () => options.step, last: () => options.last, printed: options.printed === undefined ? undefined : () => options.printed! })
      return () => h('span', String(shown.value))
    },
  })
}

describe('useWidgetStep', () => {
  it('follows the slide\'s clicks and registers its own count when no step is given', async () => {
    const slide = fakeSlide(2)
    const wrapper = mount(widget({ last: 4 }), { global: { provide: slide.provide } })
    expect(wrapper.text()).toBe('2')
    expect([...slide.registered.values()]).toEqual([{ max: 4, delta: 4 }])
    slide.context.current = 9
    await wrapper.vm.$nextTick()
    expect(wrapper.text()).toBe('4')
    wrapper.unmount()
    expect(slide.registered.size).toBe(0)
  })

  it('shows a pinned step and registers nothing', () => {
    const slide = fakeSlide(0)
    const wrapper = mount(widget({ step: 3, last: 3 }), { global: { provide: slide.provide } })
    expect(wrapper.text()).toBe('3')
    expect(slide.registered.size).toBe(0)
  })

  it('prints its chosen step on the one-page-per-slide PDF, and every step on the click-by-click one', () => {
    const print = fakeSlide(4, { isPrintMode: true, isPrintWithClicks: false })
    expect(mount(widget({ last: 4, printed: 2 }), { global: { provide: print.provide } }).text()).toBe('2')
    const clicks = fakeSlide(1, { isPrintMode: true, isPrintWithClicks: true })
    expect(mount(widget({ last: 4, printed: 2 }), { global: { provide: clicks.provide } }).text()).toBe('1')
  })

  it('outside a slide shows its step, or 0', () => {
    expect(mount(widget({ last: 4 })).text()).toBe('0')
    expect(mount(widget({ step: 7, last: 4 })).text()).toBe('4')
  })
})
