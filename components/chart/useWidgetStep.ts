/**
 * The step a widget shows, with its click count stated once, by the widget (as Slidev's built-in VSwitch does).
 *
 * - `step` omitted: the widget follows the slide's clicks and registers `last` clicks with the slide, so the slide
 *   needs no `clicks:` frontmatter; the presenter's click bar and the click-by-click PDF take the count from here.
 * - `step` given: the widget shows that step (a slide that pins a state) and registers nothing.
 * Shown as one page (the one-page-per-slide PDF, the reading view) a widget that follows the clicks shows `printed`
 * (its step that carries the slide's point; default the last). Outside a slide (unit tests) it shows `step` or 0.
 */
import type { ComputedRef, InjectionKey } from 'vue'
// With the extension, as Slidev's own generated code writes it: Slidev aliases @slidev/client/* to the package's
// folder, bypassing its exports map, so the bare subpath fails to load in `slidev build`.
import { injectionClicksContext, injectionSlidevContext } from '@slidev/client/constants.ts'
import { computed, inject, onMounted, onUnmounted, provide, toValue } from 'vue'
import { clampStep } from '../../lib/chart/steps'

let nextId = 0

/**
 * How the slide is being printed: 'slides' one page per slide (the PDF without clicks), 'clicks' one page per
 * click, null on screen. The app's injected nav says so; under `slidev export` (52.20.1) its print page leaves
 * `isPrintMode` unset (measured: undefined), so the page's query decides then, as Slidev itself reads it: `?print`
 * (or `?print=true`) one page per slide, `?print=clicks` one page per click.
 */
export function usePrintKind(): ComputedRef<'slides' | 'clicks' | null> {
  const slidev = inject(injectionSlidevContext, null)
  return computed(() => {
    const nav = slidev?.nav
    const printMode = nav ? toValue(nav.isPrintMode) : undefined
    if (printMode !== undefined)
      return printMode ? (toValue(nav!.isPrintWithClicks) ? 'clicks' : 'slides') : null
    if (!slidev)
      return null
    const print = typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('print')
    return print === null ? null : print === 'clicks' ? 'clicks' : 'slides'
  })
}

const ONE_PAGE: InjectionKey<boolean> = Symbol('one-page')

/** Every slide under the calling component is shown once, as one settled page (the phone's reading view). */
export function provideOnePage(): void {
  provide(ONE_PAGE, true)
}

/**
 * Whether the slide is shown as one page, not click by click: printed one page per slide (the PDF without clicks),
 * or in the reading view. A widget then shows the step that carries the slide's point (`printed`).
 */
export function useOnePage(): ComputedRef<boolean> {
  const kind = usePrintKind()
  const reading = inject(ONE_PAGE, false)
  return computed(() => reading || kind.value === 'slides')
}

export function useWidgetStep(options: {
  step: () => number | undefined
  last: () => number
  printed?: () => number
}): ComputedRef<number> {
  const clicks = inject(injectionClicksContext, null)
  const onePage = useOnePage()
  const id = `widget-step-${nextId++}`
  const follows = () => options.step() === undefined && clicks !== null

  onMounted(() => {
    // Registered before the slide finishes mounting (children mount first), as Slidev requires.
    if (follows()) {
      const last = Math.max(0, Math.floor(options.last()))
      clicks!.value.register(id, { max: last, delta: last })
    }
  })
  onUnmounted(() => clicks?.value.unregister(id))

  return computed(() => {
    const last = options.last()
    const pinned = options.step()
    if (pinned !== undefined)
      return clampStep(pinned, last)
    if (!clicks)
      return 0
    if (onePage.value)
      return clampStep(options.printed?.() ?? last, last)
    return clampStep(clicks.value.current, last)
  })
}
