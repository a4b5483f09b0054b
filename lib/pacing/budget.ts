/**
 * Time budgets per slide: how long the presenter should spend on each slide of the talk.
 *
 * A slide's budget is stated in its frontmatter (`budget: 45s`, `1min30s`, `1:30`, `90`: Slidev's time format, as
 * the headmatter `duration`) or derived from the length of its speaker script. The time the stated budgets leave is
 * shared among the other slides in proportion to their scripts, with a floor (MIN_BUDGET_SECONDS) so a one-line
 * slide still gets time to be shown; the budgets always add up to the talk's `duration`, to the second.
 * What an author may want to know (an unreadable value, a floored slide, an unusual speaking rate) comes back as
 * warnings, never as an error: the plan is always usable.
 *
 * Pure TypeScript: no DOM, no Vue.
 */
import { parseTimeString } from '@slidev/parser/utils'

/** Notes click markers (`[click]`, `[click:2]`): stage directions for Slidev, never spoken. */
const CLICK_MARKER = /\[click(?::\d+)?\]/gi
const HAN = /\p{Script=Han}/gu
/** A Latin word or a number ("vLLM", "2013", "0.985", "GPT-4"). */
const LATIN_RUN = /[A-Z0-9][A-Z0-9.%'’-]*/gi
/** A Latin word or a number takes about as long to say as two Chinese characters. */
export const UNITS_PER_LATIN_RUN = 2
/** No derived budget is shorter, unless the talk is too short to give every slide as much. */
export const MIN_BUDGET_SECONDS = 15
/** Spoken Chinese runs at roughly 200–300 characters a minute; outside it the script is likely too long or short. */
export const USUAL_RATE = [200, 300] as const

/** The spoken text of a note: markdown or rendered HTML, without click markers, tags or HTML entities. */
export function spokenText(note: string): string {
  return note.replace(CLICK_MARKER, ' ').replace(/<[^>]*>/g, ' ').replace(/&[a-z]+;|&#\d+;/gi, ' ')
}

/** Spoken units of a script: one per Chinese character, UNITS_PER_LATIN_RUN per Latin word or number. */
export function scriptLength(note: string): number {
  const text = spokenText(note)
  return (text.match(HAN)?.length ?? 0) + (text.match(LATIN_RUN)?.length ?? 0) * UNITS_PER_LATIN_RUN
}

/** Seconds from a time as Slidev's timer reads it (its own parser); null if unreadable, negative or relative ("+10s"). */
export function parseSeconds(value: unknown): number | null {
  if (typeof value !== 'number' && (typeof value !== 'string' || value.trim() === ''))
    return null
  try {
    const { seconds, relative } = parseTimeString(typeof value === 'string' ? value.trim() : value)
    return !relative && Number.isFinite(seconds) && seconds >= 0 ? seconds : null
  }
  catch {
    return null
  }
}

export interface SlidePacingInput {
  /** The speaker script (markdown or rendered HTML). */
  note: string
  /** The frontmatter `budget` value, if the slide states one. */
  budget?: unknown
}

export interface PacingPlan {
  /** Whole seconds per slide, in slide order; they add up to the duration. */
  budgets: number[]
  /** The talk's duration in whole seconds. */
  duration: number
  /** Spoken units per minute that the script-derived budgets assume (0 when none is derived). */
  rate: number
  /** For the author, in Chinese. */
  warnings: string[]
}

/** Splits `total` whole seconds in proportion to `weights` (largest remainder): the parts add up to `total` exactly. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  const shares = weights.map(w => sum > 0 ? (total * w) / sum : total / weights.length)
  const parts = shares.map(Math.floor)
  const left = total - parts.reduce((a, b) => a + b, 0)
  const byRemainder = shares.map((share, i) => ({ i, rest: share % 1 })).sort((a, b) => b.rest - a.rest || a.i - b.i)
  for (const { i } of byRemainder.slice(0, left))
    parts[i]! += 1
  return parts
}

/**
 * Like apportion, but no part under `floor`: parts that would fall under it get exactly `floor` and the others share
 * the rest, until none falls under. `floor` × the number of parts must not exceed `total`.
 */
export function apportionWithFloor(total: number, weights: readonly number[], floor: number) {
  const floored = new Set<number>()
  for (;;) {
    const open = weights.map((_, i) => i).filter(i => !floored.has(i))
    const shares = apportion(total - floored.size * floor, open.map(i => weights[i]!))
    const under = open.filter((_, k) => shares[k]! < floor)
    if (under.length === 0) {
      const parts = weights.map(() => floor)
      open.forEach((i, k) => parts[i] = shares[k]!)
      return { parts, floored }
    }
    under.forEach(i => floored.add(i))
  }
}

/** The budget of every slide for a talk of `duration` (a Slidev time string or seconds). */
export function planBudgets(duration: unknown, slides: readonly SlidePacingInput[]): PacingPlan {
  const warnings: string[] = []
  const total = Math.round(parseSeconds(duration) ?? 0)
  if (total <= 0)
    warnings.push(`演讲时长 duration 无法识别：${String(duration)}`)

  const stated = slides.map((slide, i) => {
    if (slide.budget === undefined || slide.budget === null)
      return null
    const seconds = parseSeconds(slide.budget)
    if (seconds === null)
      warnings.push(`第 ${i + 1} 页的 budget 无法识别：${String(slide.budget)}，改按讲稿长度分配`)
    return seconds === null ? null : Math.round(seconds)
  })
  const statedTotal = stated.reduce<number>((sum, s) => sum + (s ?? 0), 0)
  if (statedTotal > total)
    warnings.push(`各页写明的 budget 合计 ${statedTotal} 秒，超过演讲时长 ${total} 秒`)

  const derived = slides.map((_, i) => i).filter(i => stated[i] === null)
  const lengths = derived.map(i => scriptLength(slides[i]!.note))
  const left = Math.max(0, total - statedTotal)
  const floor = Math.min(MIN_BUDGET_SECONDS, Math.floor(left / Math.max(1, derived.length)))
  const { parts, floored } = apportionWithFloor(left, lengths, floor)
  const budgets = stated.map(s => s ?? 0)
  derived.forEach((slideIndex, k) => budgets[slideIndex] = parts[k]!)
  for (const k of floored)
    warnings.push(`第 ${derived[k]! + 1} 页讲稿很短，按最少 ${floor} 秒计时`)

  // The rate the script-shared slides are read at (floored slides are read slower than that).
  const shared = derived.map((_, k) => k).filter(k => !floored.has(k))
  const units = shared.reduce((sum, k) => sum + lengths[k]!, 0)
  const seconds = shared.reduce((sum, k) => sum + parts[k]!, 0)
  const rate = units > 0 && seconds > 0 ? Math.round(units / (seconds / 60)) : 0
  if (rate > 0 && (rate < USUAL_RATE[0] || rate > USUAL_RATE[1]))
    warnings.push(`讲稿要按每分钟约 ${rate} 字来讲（口语通常 ${USUAL_RATE.join('–')} 字），讲稿可能太${rate > USUAL_RATE[1] ? '长' : '短'}`)
  return { budgets, duration: total, rate, warnings }
}
