// The one function of Slidev's client (composables/useClicks) that the reading view uses to give each slide a fixed click step, typed
// here for the same reason as slidev-client.d.ts; tsconfig.json maps it here.
import type { SlideRouteLike } from './slidev-client'
import type { WidgetClicksContext } from './slidev-client-constants'

export function createFixedClicks(route: SlideRouteLike, current: number): WidgetClicksContext
