/**
 * Ahead or behind: where the talk stands against the slides' budgets at a moment of the run.
 *
 * Slide n is planned to run from the sum of the budgets before it to that sum plus its own budget. While the
 * elapsed time is inside that window the talk is on time (按时); having reached slide n before its window opens,
 * the talk is ahead by the time left until it opens (领先); still on slide n after its window closes, it is behind
 * by the time since it closed (落后). Whole seconds, rounded down: under one second is on time.
 *
 * Pure TypeScript: no DOM, no Vue.
 */

export type PaceStatus = 'ahead' | 'on-time' | 'behind'

export interface Pace {
  status: PaceStatus
  /** How far ahead or behind, whole seconds (0 when on time). */
  seconds: number
  /** The current slide's budget, seconds. */
  budget: number
  /** Planned start and end of the current slide, seconds into the talk. */
  plannedStart: number
  plannedEnd: number
}

/** Where the talk stands on slide `slideNo` (1-based) after `elapsedSeconds` of the run. */
export function paceAt(budgets: readonly number[], slideNo: number, elapsedSeconds: number): Pace {
  const index = Math.min(Math.max(Math.floor(slideNo) - 1, 0), Math.max(budgets.length - 1, 0))
  const plannedStart = budgets.slice(0, index).reduce((a, b) => a + b, 0)
  const budget = budgets[index] ?? 0
  const plannedEnd = plannedStart + budget
  const elapsed = Number.isFinite(elapsedSeconds) ? Math.max(0, elapsedSeconds) : 0
  const behind = Math.floor(elapsed - plannedEnd)
  const ahead = Math.floor(plannedStart - elapsed)
  if (behind >= 1)
    return { status: 'behind', seconds: behind, budget, plannedStart, plannedEnd }
  if (ahead >= 1)
    return { status: 'ahead', seconds: ahead, budget, plannedStart, plannedEnd }
  return { status: 'on-time', seconds: 0, budget, plannedStart, plannedEnd }
}

/** "m:ss" for a number of seconds ("0:40", "12:05", "1:02:03"); the sign is dropped, fractions rounded down. */
export function formatClock(seconds: number): string {
  const whole = Number.isFinite(seconds) ? Math.floor(Math.abs(seconds)) : 0
  const h = Math.floor(whole / 3600)
  const m = Math.floor((whole % 3600) / 60)
  const s = String(whole % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}

/** A signed difference: "+0:40" (over), "−0:20" (under, with a real minus sign), "0:00". */
export function formatDifference(seconds: number): string {
  const whole = Math.trunc(seconds)
  if (whole === 0)
    return '0:00'
  return `${whole > 0 ? '+' : '−'}${formatClock(whole)}`
}

/** The cue as the presenter reads it: "落后 0:40", "领先 0:20" or "按时". */
export function paceLabel(pace: Pick<Pace, 'status' | 'seconds'>): string {
  if (pace.status === 'behind')
    return `落后 ${formatClock(pace.seconds)}`
  if (pace.status === 'ahead')
    return `领先 ${formatClock(pace.seconds)}`
  return '按时'
}
