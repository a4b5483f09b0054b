import type { VueWrapper } from '@vue/test-utils'
import type { Component } from 'vue'
import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, vi } from 'vitest'

/** A selector for `data-testid="<id>"`. */
export const tid = (id: string) => `[data-testid="${id}"]`

/**
 * Mounts `component` into document.body, one wrapper per test, unmounted (and the body emptied) after each test.
 * console.warn is silenced while a test runs and its calls are recorded in `warn`, so a test can assert that a bad
 * prop was named once, or that nothing was.
 */
export function mountPerTest(component: Component) {
  let wrapper: VueWrapper | undefined
  const warn = vi.fn()

  beforeEach(() => {
    warn.mockClear()
    vi.spyOn(console, 'warn').mockImplementation(warn)
  })

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.restoreAllMocks()
    document.body.innerHTML = ''
  })

  function render(props: Record<string, unknown> = {}) {
    wrapper = mount(component, { props: props as never, attachTo: document.body })
    return wrapper
  }

  return { render, warn }
}
