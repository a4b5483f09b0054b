/**
 * The rehearsal record: how long each slide took during a run, measured on the talk's own timer.
 *
 * The record keeps a mark (the slide shown and the timer's elapsed time when last seen) and, per slide, the time
 * spent on it. Each observation credits the time since the mark to the marked slide, then moves the mark. Timer time
 * stops while the timer is paused, so pauses count nothing; a timer that went back only moves the mark. The mark's
 * elapsed time is where a run interrupted by a reload goes on from.
 *
 * Pure TypeScript: no DOM, no Vue. The record is plain JSON (it is kept in localStorage).
 */
import { plainText } from '../reading/script'
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

/** A record read back from storage; anything that is not one gives an empty record. */
export function parseRecord(text: string | null): RehearsalRecord {
  try {
    const { version, spentMs, mark } = JSON.parse(text ?? '') as RehearsalRecord
    const times = Object.entries(spentMs).filter(([no, ms]) => Number.isInteger(Number(no)) && Number.isFinite(ms) && ms >= 0)
    const markOk = mark && Number.isFinite(mark.no) && Number.isFinite(mark.elapsedMs)
    return version === 1 ? { version, spentMs: Object.fromEntries(times), mark: markOk ? mark : null } : emptyRecord()
  }
  catch {
    return emptyRecord()
  }
}

/** The record after seeing slide `no` on screen at `elapsedMs` of timer time. */
export function observe(record: RehearsalRecord, no: number, elapsedMs: number): RehearsalRecord {
  const mark = record.mark
  if (mark?.no === no && mark.elapsedMs === elapsedMs)
    return record
  const spentMs = { ...record.spentMs }
  if (mark && elapsedMs > mark.elapsedMs)
    spentMs[mark.no] = (spentMs[mark.no] ?? 0) + elapsedMs - mark.elapsedMs
  return { version: 1, spentMs, mark: { no, elapsedMs } }
}

/** Milliseconds spent on each slide (1 … slideCount), counting the time since the mark up to `elapsedMs`. */
export function spentPerSlide(record: RehearsalRecord, slideCount: number, elapsedMs?: number): number[] {
  const live = elapsedMs === undefined ? record : observe(record, record.mark?.no ?? 1, elapsedMs)
  return Array.from({ length: slideCount }, (_, i) => live.spentMs[i + 1] ?? 0)
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
    const actual = Math.round((spentMs[i] ?? 0) / 1000)
    return { no: i + 1, title: plainText(title), budget, actual, difference: actual - budget, visited: (spentMs[i] ?? 0) > 0 }
  })
}

/** The whole talk's budget, the time actually spent, and the difference over the slides rehearsed. */
export function totalsOf(rows: readonly RehearsalRow[]): { budget: number, actual: number, difference: number } {
  const sum = (value: (row: RehearsalRow) => number) => rows.reduce((total, row) => total + value(row), 0)
  return { budget: sum(r => r.budget), actual: sum(r => r.actual), difference: sum(r => r.visited ? r.difference : 0) }
}

const csvField = (value: string | number) => /[",\n\r]/.test(String(value)) ? `"${String(value).replace(/"/g, '""')}"` : String(value)

/**
 * The table as CSV (RFC 4180, CRLF lines): seconds as whole numbers for spreadsheets, then the same times as m:ss
 * for reading; the last line is the total. A slide never shown while the timer ran has empty actual and difference
 * fields. Begins with a byte order mark so spreadsheet programs read UTF-8.
 */
export function rehearsalCsv(rows: readonly RehearsalRow[]): string {
  const total = totalsOf(rows)
  const line = (no: number | '', title: string, budget: number, actual: number | '', difference: number | '') =>
    [no, title, budget, actual, difference, formatClock(budget), actual === '' ? '' : formatClock(actual), difference === '' ? '' : formatDifference(difference)]
      .map(csvField)
      .join(',')
  return `\uFEFF${[
    '页,标题,预算（秒）,实际（秒）,差（秒）,预算,实际,差',
    ...rows.map(r => r.visited ? line(r.no, r.title, r.budget, r.actual, r.difference) : line(r.no, r.title, r.budget, '', '')),
    line('', '合计', total.budget, total.actual, total.difference),
  ].join('\r\n')}\r\n`
}
