/**
 * The step a widget shows, with its click count stated once, by the widget (as Slidev's built-in VSwitch does).
 *
 * - `step` omitted: the widget follows the slide's clicks and registers `last` clicks with the slide, so the slide
 *   needs no `clicks:` frontmatter (setup/preparser.ts writes the same count at parse time, from lib/widget-clicks.ts,
 *   so a key pressed before the lazily loaded slide has mounted does not skip its steps).
 * - `step` given: the widget shows that step (a slide that pins a state) and registers nothing.
 * Shown as one page (the one-page-per-slide PDF, the reading view: components/chart/print.ts) a widget that follows
 * the clicks shows `printed`, its step that carries the slide's point (default the last). Outside a slide (unit
 * tests) it shows `step` or 0.
 */
import type { ComputedRef } from 'vue'
// With the extension, as Slidev's own generated code writes it: Slidev aliases @slidev/client/* to the package's
// folder, bypassing its exports map, so the bare subpath fails to load in `slidev build`.
import { injectionClicksContext } from '@slidev/client/constants.ts'
import { computed, inject, onMounted, onUnmounted } from 'vue'
import { clampStep } from '../../lib/chart/steps'
import { useOnePage } from './print'

let nextId = 0

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
