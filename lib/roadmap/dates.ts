/**
 * Dates and durations of milestones: parsing and ordering ISO-style dates and intervals, week spans of a stage
 * roadmap, and the "when" line above a card. Pure TypeScript: no DOM, no Vue.
 */
import type { Milestone } from './milestones'

/** A date or interval as comparable integers yyyymmdd (inclusive). */
export interface DateSpan {
  start: number
  end: number
}

const DATE_PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function parseDatePart(text: string): DateSpan | null {
  const match = DATE_PART.exec(text.trim())
  if (!match)
    return null
  const year = Number(match[1])
  if (match[2] === undefined)
    return { start: year * 10000 + 101, end: year * 10000 + 1231 }
  const month = Number(match[2])
  if (month < 1 || month > 12)
    return null
  const lastDay = daysInMonth(year, month)
  const base = year * 10000 + month * 100
  if (match[3] === undefined)
    return { start: base + 1, end: base + lastDay }
  const day = Number(match[3])
  if (day < 1 || day > lastDay)
    return null
  return { start: base + day, end: base + day }
}

/** Parses 'YYYY', 'YYYY-MM', 'YYYY-MM-DD' or 'start/end'; null when malformed or inverted. */
export function parseDateSpan(text: string): DateSpan | null {
  const parts = text.split('/')
  if (parts.length > 2)
    return null
  const first = parseDatePart(parts[0] ?? '')
  if (!first)
    return null
  if (parts.length === 1)
    return first
  const last = parseDatePart(parts[1] ?? '')
  if (!last || last.end < first.start)
    return null
  return { start: first.start, end: last.end }
}

/**
 * Two dated milestones are in order unless the later one lies wholly before the earlier one starts.
 * Overlaps are allowed on purpose: '2023' may follow '2023-06' (same year, coarser precision).
 */
export function isOutOfOrder(previous: DateSpan, current: DateSpan): boolean {
  return current.end < previous.start
}

/** Sorts by start then end date; undated milestones keep their place right after the item they followed. */
export function sortMilestonesByDate(items: readonly Milestone[]): Milestone[] {
  // Group each undated item with the dated one before it, sort the groups, then flatten.
  const groups: { span: DateSpan | null, members: Milestone[] }[] = []
  for (const item of items) {
    const span = item.date === undefined ? null : parseDateSpan(item.date)
    const last = groups.at(-1)
    if (span === null && last)
      last.members.push(item)
    else groups.push({ span, members: [item] })
  }
  const key = (span: DateSpan | null) => span ?? { start: -Infinity, end: -Infinity }
  return [...groups]
    .sort((a, b) => key(a.span).start - key(b.span).start || key(a.span).end - key(b.span).end)
    .flatMap(group => group.members)
}

/** '2013-12-04' stays; '2012/2013' → '2012–2013'; '2016-03-09/2016-03-15' → '2016-03-09–15'. */
export function formatDate(date: string): string {
  const [first, last] = date.split('/').map(part => part.trim())
  if (!first)
    return date
  if (!last)
    return first
  if (first.length === 10 && last.length === 10 && first.slice(0, 8) === last.slice(0, 8)) {
    return `${first}–${last.slice(8)}`
  }
  return `${first}–${last}`
}

/** Sum of all stage durations, in weeks (0 for a dated timeline). */
export function totalWeeks(items: readonly Pick<Milestone, 'weeks'>[]): number {
  return items.reduce((sum, item) => sum + (item.weeks ?? 0), 0)
}

export interface WeekSpan {
  /** First week of the stage, 1-based. */
  startWeek: number
  /** Last week of the stage, inclusive. */
  endWeek: number
}

/** Cumulative week ranges: stages of 3 and 2 weeks → 第 1–3 周, 第 4–5 周. */
export function weekSpans(items: readonly Pick<Milestone, 'weeks'>[]): WeekSpan[] {
  let elapsed = 0
  return items.map((item) => {
    const startWeek = elapsed + 1
    elapsed += item.weeks ?? 0
    return { startWeek, endWeek: elapsed }
  })
}

/** About how many months a number of weeks is, for a spoken total ("约 6 个月"). */
export function weeksToMonths(weeks: number): number {
  return Math.round((weeks * 7) / 30.44)
}

/** The line above a card: its label, its formatted date, or its week range. */
export function whenLabel(items: readonly Milestone[], index: number): string {
  const item = items[index]
  if (!item)
    return ''
  if (item.label)
    return item.label
  if (item.date !== undefined)
    return formatDate(item.date)
  if (item.weeks !== undefined) {
    const span = weekSpans(items)[index]
    if (!span)
      return ''
    const range = span.startWeek === span.endWeek ? `${span.startWeek}` : `${span.startWeek}–${span.endWeek}`
    return `第 ${range} 周 · ${item.weeks} 周`
  }
  return ''
}
