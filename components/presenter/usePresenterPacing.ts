// The presenter's pacing state: each slide's budget, where the talk stands against it on Slidev's own timer, and
// the rehearsal record of time spent per slide (kept in localStorage across reloads).
// The logic lives in lib/pacing; this only wires it to Slidev's navigation, timer and storage.
import type { RehearsalRecord } from '../../lib/pacing/rehearsal'
import { configs, sharedState, useNav } from '@slidev/client'
import { computed, onMounted, onUnmounted, ref, shallowRef, watch } from 'vue'
import { planBudgets } from '../../lib/pacing/budget'
import { paceAt } from '../../lib/pacing/pace'
import { emptyRecord, observe, parseRecord, rehearsalRows, spentPerSlide } from '../../lib/pacing/rehearsal'

/** localStorage key of the rehearsal record, per deck title so two decks on one origin keep theirs apart. */
export function recordKey(title: string): string {
  return `deck-rehearsal:${title}`
}

/** Milliseconds the talk's timer shows as elapsed at `now` (Slidev's useTimer computes the same). */
export function timerElapsedMs(now: number): number {
  const timer = sharedState.timer
  if (!timer || timer.status === 'stopped' || !timer.startedAt)
    return 0
  if (timer.status === 'paused')
    return Math.max(0, timer.pausedAt - timer.startedAt)
  return Math.max(0, now - timer.startedAt)
}

function readStorage(key: string): string | null {
  try {
    return window.localStorage.getItem(key)
  }
  catch {
    return null
  }
}

function writeStorage(key: string, value: string) {
  try {
    window.localStorage.setItem(key, value)
  }
  catch (error) {
    console.warn(`排练记录无法保存到 localStorage（${String(error)}），刷新后会丢失。`)
  }
}

export function usePresenterPacing() {
  const { slides, currentSlideNo } = useNav()
  const key = recordKey(String(configs.title))

  // Re-read the clock a few times a second, as Slidev's own timer display does.
  const now = ref(Date.now())
  let ticker: ReturnType<typeof setInterval> | undefined

  const plan = computed(() => planBudgets(configs.duration ?? '', slides.value.map(route => ({
    note: route.meta.slide.noteHTML ?? route.meta.slide.note ?? '',
    budget: route.meta.slide.frontmatter.budget,
  }))))
  const running = computed(() => sharedState.timer?.status !== 'stopped')
  const elapsedMs = computed(() => timerElapsedMs(now.value))
  const pace = computed(() => paceAt(plan.value.budgets, currentSlideNo.value, elapsedMs.value / 1000))

  const record = shallowRef<RehearsalRecord>(parseRecord(readStorage(key)))
  function note() {
    now.value = Date.now()
    const next = observe(record.value, currentSlideNo.value, timerElapsedMs(now.value))
    if (next !== record.value) {
      record.value = next
      writeStorage(key, JSON.stringify(next))
    }
  }
  // A slide change is credited at the moment it happens, not at the next tick.
  watch(currentSlideNo, note)
  watch(() => sharedState.timer?.status, note)

  onMounted(() => {
    note()
    ticker = setInterval(note, 250)
  })
  onUnmounted(() => clearInterval(ticker))

  const rows = computed(() => rehearsalRows(
    slides.value.map(route => route.meta.slide.title ?? `第 ${route.no} 页`),
    plan.value.budgets,
    spentPerSlide(record.value, slides.value.length),
  ))

  /** Clears the record and resets the timer, for a fresh run. */
  function resetRehearsal() {
    sharedState.timer = { status: 'stopped', slides: {}, startedAt: 0, pausedAt: 0 }
    record.value = observe(emptyRecord(), currentSlideNo.value, 0)
    writeStorage(key, JSON.stringify(record.value))
  }

  if (plan.value.problems.length)
    console.warn(`时间预算：${plan.value.problems.join('；')}`)

  return { plan, pace, running, rows, resetRehearsal, refresh: note }
}
