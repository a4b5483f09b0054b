import { useNav } from '@slidev/client'
import { defineShortcutsSetup } from '@slidev/types'
import { toggleTimer } from '../components/presenter/run'
import { TIMER_KEY } from '../lib/pacing/pace'

// Slidev's shortcuts, plus the timer's key (T: start, pause, go on), in the presenter view only: the audience has no
// timer. Like Slidev's own keys it does nothing while a button or field has focus.
export default defineShortcutsSetup((_nav, base) => {
  const { isPresenter } = useNav()
  return [...base, { name: 'toggle_timer', key: TIMER_KEY, fn: () => isPresenter.value && toggleTimer() }]
})
