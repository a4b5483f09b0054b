// The run: Slidev's timer (sharedState.timer, which Slidev syncs to the presenter's other windows) and the rehearsal
// record of time spent per slide (lib/pacing/rehearsal, kept in localStorage across reloads). One state for the
// presenter's clock, its record and the T key (setup/shortcuts.ts).
//
// The record is the run's memory: a reload stops Slidev's timer, and starting it again goes on from the elapsed time
// the record holds; only a reset (which asks first) starts a run from zero and clears the record.
import { configs, sharedState } from '@slidev/client'
import { useLocalStorage } from '@vueuse/core'
import { computed, ref } from 'vue'
import { emptyRecord, observe, parseRecord } from '../../lib/pacing/rehearsal'

/** Kept in localStorage per deck title, so two decks on one origin keep their records apart. */
export const record = useLocalStorage(`deck-rehearsal:${configs.title}`, emptyRecord(), {
  shallow: true,
  serializer: { read: parseRecord, write: JSON.stringify },
  onError: error => console.warn(`排练记录无法保存到 localStorage（${String(error)}），刷新后会丢失。`),
})

/** Re-read by a ticker a few times a second, as Slidev's own timer display does. */
export const now = ref(Date.now())
export const timerStatus = computed(() => sharedState.timer.status)

/** Milliseconds the timer has run; while it is stopped, where it would go on from. */
export const elapsedMs = computed(() => {
  const { status, startedAt, pausedAt } = sharedState.timer
  if (status === 'stopped')
    return record.value.mark?.elapsedMs ?? 0
  return Math.max(0, (status === 'paused' ? pausedAt : now.value) - startedAt)
})

/** Credits the time since the last look to the slide that was on screen; nothing counts while the timer is stopped. */
export function noteSlide(no: number) {
  now.value = Date.now()
  if (timerStatus.value !== 'stopped')
    record.value = observe(record.value, no, elapsedMs.value)
}

/**
 * Starts (going on from the record's elapsed time), pauses or resumes the timer. Its fields change in place, as
 * Slidev's own controls do: a copy would carry the reactive `slides` proxy, which BroadcastChannel cannot clone.
 */
export function toggleTimer() {
  const at = Date.now()
  now.value = at
  const timer = sharedState.timer
  if (timer.status === 'running') {
    timer.pausedAt = at
    timer.status = 'paused'
  }
  else {
    timer.startedAt = at - elapsedMs.value
    timer.pausedAt = 0
    timer.status = 'running'
  }
}

/** A fresh run: the timer stopped at zero and the record cleared. */
export function resetRun() {
  sharedState.timer = { status: 'stopped', slides: {}, startedAt: 0, pausedAt: 0 }
  record.value = emptyRecord()
}
