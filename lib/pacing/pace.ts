/**
 * Where the talk stands against its plan at a moment of the run, and how the presenter reads it.
 *
 * Slide n is planned to start when the budgets before it are spent. Behind = the time elapsed − the slide's planned
 * start − the part of its budget already used on it (time on it beyond its budget counts against the speaker). So
 * arriving 66 s after the planned start reads 66 s behind for as long as the slide's budget lasts, then the overstay
 * adds to it; a slide left early gives the unused budget back at the next slide. Within TOLERANCE_SECONDS either way
 * the talk is on plan.
 *
 * Pure TypeScript: no DOM, no Vue.
 */

export const TOLERANCE_SECONDS = 10
/** The key that starts, pauses and resumes the talk's timer in the presenter view (setup/shortcuts.ts). */
export const TIMER_KEY = 't'

export type PaceStatus = 'ahead' | 'on-plan' | 'behind'

export interface Pace {
  /** The slide's budget and planned start, seconds. */
  budget: number
  plannedStart: number
  /** Seconds behind the plan (negative: ahead). */
  behind: number
  status: PaceStatus
  /** Seconds left of the slide's budget and of the talk (negative: over). */
  slideLeft: number
  talkLeft: number
}

/**
 * The pace on slide `slideNo` (1-based) after `elapsed` seconds of the run, `spentHere` of them on this slide (over
 * all its visits).
 */
export function paceAt(plan: { budgets: readonly number[], duration: number }, slideNo: number, elapsed: number, spentHere: number): Pace {
  const { budgets, duration } = plan
  const index = Math.min(Math.max(Math.floor(slideNo) - 1, 0), Math.max(budgets.length - 1, 0))
  const plannedStart = budgets.slice(0, index).reduce((a, b) => a + b, 0)
  const budget = budgets[index] ?? 0
  const behind = elapsed - plannedStart - Math.min(spentHere, budget)
  const status = behind > TOLERANCE_SECONDS ? 'behind' : behind < -TOLERANCE_SECONDS ? 'ahead' : 'on-plan'
  return { budget, plannedStart, behind, status, slideLeft: budget - spentHere, talkLeft: duration - elapsed }
}

/** "m:ss" for a number of seconds ("0:40", "12:05", "1:02:03"); the sign is dropped, fractions rounded down. */
export function formatClock(seconds: number): string {
  const whole = Number.isFinite(seconds) ? Math.floor(Math.abs(seconds)) : 0
  const h = Math.floor(whole / 3600)
  const m = Math.floor((whole % 3600) / 60)
  const s = String(whole % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}

/**
 * A countdown from the seconds left: "12:05" (rounded up, so a full minute shows until it has begun to run), then
 * past zero the time over, "+2:03 超时".
 */
export function formatCountdown(left: number): string {
  const over = Math.floor(-left)
  return over >= 1 ? `+${formatClock(over)} 超时` : formatClock(Math.ceil(Math.max(0, left)))
}

/** A signed difference: "+0:40" (over), "−0:20" (under, with a real minus sign), "0:00". */
export function formatDifference(seconds: number): string {
  const whole = Math.trunc(seconds)
  return whole === 0 ? '0:00' : `${whole > 0 ? '+' : '−'}${formatClock(whole)}`
}

/** The cue as the presenter reads it: "落后 1:06", "领先 0:20" or "按计划". */
export function paceLabel(pace: Pick<Pace, 'status' | 'behind'>): string {
  if (pace.status === 'on-plan')
    return '按计划'
  return `${pace.status === 'behind' ? '落后' : '领先'} ${formatClock(pace.behind)}`
}
