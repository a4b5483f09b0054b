import { injectionSlidevContext } from '@slidev/client/constants'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, reactive } from 'vue'
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

/** A widget showing its step, on a slide printed one page per slide or one page per click. */
function shown(options: { step?: number, last: number, printed?: number }, print?: 'slides' | 'clicks') {
  const widget = defineComponent({
    setup() {
      const step = useWidgetStep(() => options.step, () => options.last, options.printed)
      return () => h('span', String(step.value))
    },
  })
  const nav = { isPrintMode: print !== undefined, isPrintWithClicks: print === 'clicks' }
  return mount(widget, { global: { provide: { [injectionSlidevContext as symbol]: reactive({ nav }) } } }).text()
}

describe('useWidgetStep', () => {
  it('shows the step it is given (the slide\'s $clicks or a pinned one), clamped; none given, step 0', () => {
    expect(shown({ step: 2, last: 4 })).toBe('2')
    expect(shown({ step: 9, last: 4 })).toBe('4')
    expect(shown({ last: 4 })).toBe('0')
  })

  it('prints its chosen step on the one-page-per-slide PDF, and every step on the click-by-click one', () => {
    expect(shown({ step: 4, last: 4, printed: 2 }, 'slides')).toBe('2')
    expect(shown({ step: 1, last: 4, printed: 2 }, 'clicks')).toBe('1')
    // Without a chosen step, the one-page print shows what Slidev holds $clicks at: the slide's last click.
    expect(shown({ step: 3, last: 4 }, 'slides')).toBe('3')
  })
})
