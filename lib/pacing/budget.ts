/**
 * Time budgets per slide: how long the presenter should spend on each slide of the talk.
 *
 * A slide's budget is either stated in its frontmatter (`budget: 45s`, `budget: 1min30s`, `budget: 90`,
 * in Slidev's own time format, as the headmatter `duration`) or derived from the length of its speaker script.
 * The time the stated budgets leave is shared among the other slides in proportion to their scripts, so the
 * budgets always add up to the talk's `duration`, to the second; the speaking rate is the one that fills it
 * (`plan.rate`, spoken units per minute).
 *
 * Pure TypeScript: no DOM, no Vue.
 */
/** Notes click markers (`[click]`, `[click:2]`): stage directions for Slidev, never spoken. */
const CLICK_MARKER = /\[click(?::\d+)?\]/gi
const HTML_TAG = /<[^>]*>/g
const HAN = /\p{Script=Han}/gu
/** A Latin word or a number ("vLLM", "2013", "0.985", "GPT-4"). */
const LATIN_RUN = /[A-Z0-9][A-Z0-9.%'’-]*/gi
/** A Latin word or a number takes about as long to say as two Chinese characters. */
export const UNITS_PER_LATIN_RUN = 2

/** The spoken text of a note: markdown or rendered HTML, without click markers, tags or HTML entities. */
export function spokenText(note: string): string {
  return note
    .replace(CLICK_MARKER, ' ')
    .replace(HTML_TAG, ' ')
    .replace(/&[a-z]+;|&#\d+;/gi, ' ')
}

/**
 * How long a script is to say, in spoken units: one per Chinese character, UNITS_PER_LATIN_RUN per Latin word or
 * number. Punctuation, markup and click markers count nothing.
 */
export function scriptLength(note: string): number {
  const text = spokenText(note)
  const han = text.match(HAN)?.length ?? 0
  const latin = text.match(LATIN_RUN)?.length ?? 0
  return han + latin * UNITS_PER_LATIN_RUN
}

const UNIT_SECONDS: Record<string, number> = {
  s: 1,
  sec: 1,
  secs: 1,
  m: 60,
  min: 60,
  mins: 60,
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
}

/**
 * Seconds from a time in Slidev's format, as its timer reads `duration` ("20min", "45s", "1min30s", "1.5m", "1:30",
 * "1:02:03", "90") or a number of seconds; null if unreadable, negative or relative ("+10s").
 * Written out rather than imported from @slidev/parser: importing it here made the dev server discover a new
 * dependency during `slidev export` and reload the print page, which exported blank pages.
 */
export function parseSeconds(value: unknown): number | null {
  if (typeof value === 'number')
    return Number.isFinite(value) && value >= 0 ? value : null
  if (typeof value !== 'string')
    return null
  const text = value.trim()
  let seconds: number
  if (/^\d+(?:\.\d+)?(?::\d+(?:\.\d+)?){1,2}$/.test(text)) {
    seconds = text.split(':').map(Number).reduce((sum, part) => sum * 60 + part, 0)
  }
  else if (/^\d+(?:\.\d+)?$/.test(text)) {
    seconds = Number(text)
  }
  else if (/^(?:\d+(?:\.\d+)?\s*[a-z]+\s*)+$/i.test(text)) {
    seconds = 0
    for (const [, amount, unit] of text.matchAll(/(\d+(?:\.\d+)?)\s*([a-z]+)/gi)) {
      const factor = UNIT_SECONDS[unit!.toLowerCase()]
      if (factor === undefined)
        return null
      seconds += Number(amount) * factor
    }
  }
  else {
    return null
  }
  return Number.isFinite(seconds) ? seconds : null
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
  /** Which budgets the frontmatter stated (the others come from the script). */
  stated: boolean[]
  /** The talk's duration in whole seconds. */
  duration: number
  /** Spoken units per minute that the derived budgets assume (0 when no budget is derived). */
  rate: number
  /** Problems in the input, in Chinese, for the presenter; the plan is still usable. */
  problems: string[]
}

/**
 * Splits `total` whole seconds in proportion to `weights` (largest remainder), so the parts add up to `total`
 * exactly. All-zero weights share the time equally.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0)
    return []
  const sum = weights.reduce((a, b) => a + b, 0)
  const shares = sum > 0 ? weights.map(w => (total * w) / sum) : weights.map(() => total / weights.length)
  const parts = shares.map(Math.floor)
  let left = total - parts.reduce((a, b) => a + b, 0)
  const byRemainder = shares
    .map((share, i) => ({ i, rest: share - Math.floor(share) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i)
  for (const { i } of byRemainder) {
    if (left <= 0)
      break
    parts[i]! += 1
    left -= 1
  }
  return parts
}

/** The budget of every slide for a talk of `duration` (a Slidev time string or seconds). */
export function planBudgets(duration: unknown, slides: readonly SlidePacingInput[]): PacingPlan {
  const problems: string[] = []
  let total = parseSeconds(duration)
  if (total === null || total <= 0) {
    problems.push(`演讲时长 duration 无法识别：${String(duration)}`)
    total = 0
  }
  total = Math.round(total)

  const statedSeconds = slides.map((slide, i) => {
    if (slide.budget === undefined || slide.budget === null)
      return null
    const seconds = parseSeconds(slide.budget)
    if (seconds === null)
      problems.push(`第 ${i + 1} 页的 budget 无法识别：${String(slide.budget)}，改按讲稿长度分配`)
    return seconds === null ? null : Math.round(seconds)
  })
  const statedTotal = statedSeconds.reduce<number>((sum, s) => sum + (s ?? 0), 0)
  if (statedTotal > total)
    problems.push(`各页写明的 budget 合计 ${statedTotal} 秒，超过演讲时长 ${total} 秒`)

  const derivedIndexes = slides.map((_, i) => i).filter(i => statedSeconds[i] === null)
  const lengths = derivedIndexes.map(i => scriptLength(slides[i]!.note))
  const left = Math.max(0, total - statedTotal)
  const derived = apportion(left, lengths)

  const budgets = statedSeconds.map(s => s ?? 0)
  derivedIndexes.forEach((slideIndex, k) => {
    budgets[slideIndex] = derived[k]!
  })
  const units = lengths.reduce((a, b) => a + b, 0)
  return {
    budgets,
    stated: statedSeconds.map(s => s !== null),
    duration: total,
    rate: left > 0 && units > 0 ? Math.round(units / (left / 60)) : 0,
    problems,
  }
}
