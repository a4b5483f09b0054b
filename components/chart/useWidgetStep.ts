/**
 * The step a widget shows. Its slide states `clicks: N` and binds `:step="$clicks"` (Slidev holds `$clicks` at the
 * slide's last click when it prints one page per slide or the reading view shows it), or pins one with `:step="3"`.
 * A widget whose point is not its last step gives `printed`: shown as one page (components/chart/print.ts) it shows
 * that step instead. Any incoming value becomes a step the widget has (lib/chart/steps.ts clampStep).
 */
import type { ComputedRef } from 'vue'
import { computed } from 'vue'
import { clampStep } from '../../lib/chart/steps'
import { useOnePage } from './print'

export function useWidgetStep(step: () => number | undefined, last: () => number, printed?: number): ComputedRef<number> {
  const onePage = useOnePage()
  return computed(() => onePage.value && printed !== undefined ? printed : clampStep(step() ?? 0, last()))
}
