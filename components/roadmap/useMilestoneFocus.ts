/**
 * Details on demand and the keyboard of a timeline's cards: which card is open, and a roving tabindex (one card
 * in the Tab order). Click, Enter or Space toggles a card; Left / Right / Home / End move between cards (an open
 * detail follows); Escape closes and blurs, giving the arrows back to Slidev; focus leaving the timeline closes.
 * A new step (or a new list) closes the open card and puts the roving focus on the step's milestone.
 */
import type { Ref } from 'vue'
import { computed, nextTick, ref, watch } from 'vue'
import { nextFocusIndex } from '../../lib/roadmap/steps'

export function useMilestoneFocus(options: {
  /** The timeline's root element: its toggles are the cards' buttons, in order. */
  root: Ref<HTMLElement | null>
  count: () => number
  step: () => number
  /** The milestone highlighted at this step, or null at the summary. */
  focus: () => number | null
}) {
  const openIndex = ref<number | null>(null)
  const rovingIndex = ref(0)
  const tabbableIndex = computed(() => Math.min(rovingIndex.value, Math.max(options.count() - 1, 0)))

  watch(
    () => [options.step(), options.count()],
    () => {
      openIndex.value = null
      rovingIndex.value = options.focus() ?? 0
    },
    { immediate: true },
  )

  function toggle(index: number) {
    openIndex.value = openIndex.value === index ? null : index
    rovingIndex.value = index
  }

  async function focusCard(index: number) {
    rovingIndex.value = index
    await nextTick()
    options.root.value?.querySelectorAll<HTMLElement>('[data-testid="roadmap-toggle"]')[index]?.focus()
  }

  function onKeydown(event: KeyboardEvent, index: number) {
    if (event.altKey || event.ctrlKey || event.metaKey)
      return
    if (event.key === 'Escape') {
      // Close and hand the keyboard back to slide navigation.
      openIndex.value = null
      ;(event.target as HTMLElement | null)?.blur?.()
    }
    else if (event.key === 'Enter' || event.key === ' ') {
      // Handled here rather than by the button's synthetic click, so that Space cannot toggle twice.
      toggle(index)
    }
    else {
      const target = nextFocusIndex(event.key, index, options.count())
      if (target === null)
        return
      if (openIndex.value !== null)
        openIndex.value = target
      void focusCard(target)
    }
    event.preventDefault()
    event.stopPropagation()
  }

  function onFocusout(event: FocusEvent) {
    const next = event.relatedTarget as Node | null
    if (!next || !options.root.value?.contains(next))
      openIndex.value = null
  }

  function onFocusin(index: number) {
    rovingIndex.value = index
  }

  return { openIndex, tabbableIndex, toggle, onKeydown, onFocusout, onFocusin }
}
