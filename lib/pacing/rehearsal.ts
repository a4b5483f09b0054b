/**
 * The rehearsal record: how long each slide took during a run, measured on the talk's own timer.
 *
 * The record keeps a mark (the slide shown and the timer's elapsed time when last seen) and, per slide, the time
 * already spent on it. Each observation credits the time since the mark to the marked slide, then moves the mark.
 * Timer time stops while the timer is paused, so pauses count nothing; if the timer went back (it was reset, or
 * the page reloaded with a fresh timer) the record keeps its totals and only moves the mark.
 *
 * Pure TypeScript: no DOM, no Vue. The record is plain JSON (it is kept in localStorage).
 */
import { formatClock, formatDifference } from './pace'

export interface RehearsalRecord {
  version: 1
  /** Milliseconds spent per slide number. */
  spentMs: Record<string, number>
  /** The slide on screen and the timer's elapsed milliseconds when last observed. */
  mark: { no: number, elapsedMs: number } | null
}

export function emptyRecord(): RehearsalRecord {
  return { version: 1, spentMs: {}, mark: null }
}

/** A record read back from storage, or an empty one when the text is missing or not a record. */
export function parseRecord(text: string | null): RehearsalRecord {
  if (!text)
    return emptyRecord()
  try {
    const value = JSON.parse(text) as Partial<RehearsalRecord>
    if (value?.version !== 1 || typeof value.spentMs !== 'object' || value.spentMs === null)
      return emptyRecord()
    const spentMs: Record<string, number> = {}
    for (const [no, ms] of Object.entries(value.spentMs)) {
      if (Number.isInteger(Number(no)) && typeof ms === 'number' && Number.isFinite(ms) && ms >= 0)
        spentMs[no] = ms
    }
    const mark = value.mark && Number.isFinite(value.mark.no) && Number.isFinite(value.mark.elapsedMs)
      ? { no: value.mark.no, elapsedMs: value.mark.elapsedMs }
      : null
    return { version: 1, spentMs, mark }
  }
  catch {
    return emptyRecord()
  }
}

/** The record after seeing slide `no` on screen at `elapsedMs` of timer time. */
export function observe(record: RehearsalRecord, no: number, elapsedMs: number): RehearsalRecord {
  const mark = record.mark
  if (mark && mark.no === no && mark.elapsedMs === elapsedMs)
    return record
  const spentMs = { ...record.spentMs }
  if (mark && elapsedMs > mark.elapsedMs)
    spentMs[mark.no] = (spentMs[mark.no] ?? 0) + (elapsedMs - mark.elapsedMs)
  return { version: 1, spentMs, mark: { no, elapsedMs } }
}

/** Milliseconds spent on each slide (1 … slideCount), counting the time since the mark up to `elapsedMs`. */
export function spentPerSlide(record: RehearsalRecord, slideCount: number, elapsedMs?: number): number[] {
  const live = elapsedMs === undefined ? record : observe(record, record.mark?.no ?? 1, elapsedMs)
  return Array.from({ length: slideCount }, (_, i) => live.spentMs[String(i + 1)] ?? 0)
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: ' ' }

/** A slide title as text: Slidev keeps the markdown heading's inline HTML (`一个字：<span …>快</span>`). */
export function titleText(title: string): string {
  return title
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ENTITIES[name]!)
    .trim()
}

export interface RehearsalRow {
  no: number
  title: string
  /** Seconds. */
  budget: number
  /** Whole seconds, rounded. */
  actual: number
  /** actual − budget, seconds: positive ran long. */
  difference: number
  /** Whether the slide was on screen at all while the timer ran (else actual and difference mean nothing). */
  visited: boolean
}

/** The table: one row per slide. */
export function rehearsalRows(titles: readonly string[], budgets: readonly number[], spentMs: readonly number[]): RehearsalRow[] {
  return titles.map((title, i) => {
    const budget = budgets[i] ?? 0
    const spent = spentMs[i] ?? 0
    const actual = Math.round(spent / 1000)
    return { no: i + 1, title: titleText(title), budget, actual, difference: actual - budget, visited: spent > 0 }
  })
}

/** The whole talk's budget, the time actually spent, and the difference over the slides rehearsed. */
export function totalsOf(rows: readonly RehearsalRow[]): { budget: number, actual: number, difference: number } {
  const budget = rows.reduce((sum, r) => sum + r.budget, 0)
  const actual = rows.reduce((sum, r) => sum + r.actual, 0)
  const difference = rows.reduce((sum, r) => sum + (r.visited ? r.difference : 0), 0)
  return { budget, actual, difference }
}

function csvField(value: string | number): string {
  const text = String(value)
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export const CSV_HEADER = ['页', '标题', '预算（秒）', '实际（秒）', '差（秒）', '预算', '实际', '差'] as const

/**
 * The table as CSV (RFC 4180, CRLF lines), seconds as whole numbers for spreadsheets plus the same times as
 * m:ss for reading; the last line is the total. A slide never shown while the timer ran has no actual time and no
 * difference (empty fields). Begins with a byte order mark so spreadsheet programs read UTF-8.
 */
export function rehearsalCsv(rows: readonly RehearsalRow[]): string {
  const total = totalsOf(rows)
  const lines = [
    CSV_HEADER.join(','),
    ...rows.map(r => (r.visited
      ? [r.no, r.title, r.budget, r.actual, r.difference, formatClock(r.budget), formatClock(r.actual), formatDifference(r.difference)]
      : [r.no, r.title, r.budget, '', '', formatClock(r.budget), '', ''])
      .map(csvField)
      .join(',')),
    ['', '合计', total.budget, total.actual, total.difference, formatClock(total.budget), formatClock(total.actual), formatDifference(total.difference)]
      .map(csvField)
      .join(','),
  ]
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
