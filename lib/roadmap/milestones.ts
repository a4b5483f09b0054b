/**
 * Milestone timelines and stage roadmaps: what a milestone is, and the validation of a list of them (never
 * throws; Chinese messages naming the item). Pure TypeScript: no DOM, no Vue.
 * Dates and weeks: ./dates.ts; click steps and views: ./steps.ts; card placement and text budgets: ./layout.ts.
 */
import type { DateSpan } from './dates'
import { isOutOfOrder, parseDateSpan } from './dates'

export const MILESTONE_STATES = ['done', 'now', 'next'] as const
/** Where the milestone stands in reality: done (past), now ("you are here"), next (future). */
export type MilestoneState = (typeof MILESTONE_STATES)[number]

export const WORLDS = ['rec', 'llm'] as const
/** Which world a milestone belongs to; picks the accent colour (recommenders vs LLMs). */
export type World = (typeof WORLDS)[number]

/** A labelled line of detail, e.g. { label: '学', text: 'KV Cache…' }. */
export interface MilestoneFact {
  label: string
  text: string
  /** Colours the label with a world's accent (e.g. skills that carry over from recommenders). */
  world?: World
}

export interface Milestone {
  /** Stable key, also exposed as data-id in the DOM. */
  id: string
  title: string
  /** One or two short sentences (≤ about 60 characters). Optional when `facts` are given. */
  detail?: string
  /**
   * A shorter detail (≤ about 22 characters) shown instead of `detail` when more than DENSE_ABOVE milestones
   * share one slide; the full detail still opens on demand.
   */
  brief?: string
  facts?: readonly MilestoneFact[]
  state: MilestoneState
  world?: World
  /**
   * 'YYYY', 'YYYY-MM', 'YYYY-MM-DD', or an interval 'start/end' of those (ISO 8601 style).
   * Omit it for an undated milestone (an observation such as 「近几年」 or a future age) and give a `label`.
   */
  date?: string
  /** Duration in weeks, for a stage roadmap. A list uses dates or weeks, never both. */
  weeks?: number
  /** Text shown instead of the formatted date, e.g. '2023 · 30 岁'. */
  label?: string
  /** A small tag such as '作者观察' (the essay's own claim, not a statistic). */
  note?: string
  source?: string
}

/** Beyond this the layouts can no longer promise legible, non-overlapping cards. */
export const MAX_MILESTONES = 12

/** Above this many milestones the cards get narrow: titles shrink and `brief` replaces `detail`. */
export const DENSE_ABOVE = 8

export interface ValidationIssue {
  /** 0-based position of the offending item, or null for a problem with the whole list. */
  index: number | null
  field: string
  /** Short Chinese message naming the item, shown on the slide and in the console. */
  message: string
}

export type ValidationResult
  = | { ok: true, items: readonly Milestone[], issues: readonly [] }
    | { ok: false, items: readonly [], issues: readonly ValidationIssue[] }

/** Every distinct source, in order of first appearance, for a single footnote line. */
export function sourceLine(items: readonly Milestone[]): string {
  const seen = new Set<string>()
  for (const item of items) {
    for (const part of (item.source ?? '').split('；')) {
      const source = part.trim()
      if (source)
        seen.add(source)
    }
  }
  return [...seen].join('；')
}

/** The small print under a timeline: its sources and an optional footnote, on one line. */
export function footLine(items: readonly Milestone[], footnote: string): string {
  const sources = sourceLine(items)
  return [sources ? `来源：${sources}` : '', footnote].filter(Boolean).join(' · ')
}

/* ------------------------------------------------------------- validation */

const STATE_RANK: Record<MilestoneState, number> = { done: 0, now: 1, next: 2 }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function nonBlank(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== ''
}

/** '第 3 项「GPT-4 发布」' (or just '第 3 项' when it has no usable title). */
function nameOf(index: number, item: Record<string, unknown>): string {
  return nonBlank(item.title) ? `第 ${index + 1} 项「${item.title.trim()}」` : `第 ${index + 1} 项`
}

/**
 * Checks a milestone list; never throws. Rules: a non-empty array of at most MAX_MILESTONES objects, each with
 * a unique id, a title, a detail or facts, a known state and world, a date, weeks or label (dates and weeks not
 * mixed in one list, dates well formed and in chronological order, weeks positive), states in the order
 * done → now → next, and at most one `now`.
 */
export function validateMilestones(input: unknown): ValidationResult {
  const issues: ValidationIssue[] = []
  const fail = (): ValidationResult => ({ ok: false, items: [], issues })

  if (!Array.isArray(input)) {
    issues.push({ index: null, field: 'items', message: 'items 不是里程碑数组' })
    return fail()
  }
  if (input.length === 0) {
    issues.push({ index: null, field: 'items', message: '没有可显示的里程碑（items 为空）' })
    return fail()
  }
  if (input.length > MAX_MILESTONES) {
    issues.push({
      index: null,
      field: 'items',
      message: `共 ${input.length} 项，超过上限 ${MAX_MILESTONES} 项：请拆成两页`,
    })
  }

  const ids = new Set<string>()
  const usesWeeks = input.some(item => isRecord(item) && item.weeks !== undefined)
  const usesDates = input.some(item => isRecord(item) && item.date !== undefined)
  let previousSpan: { span: DateSpan, date: string } | null = null
  let highestRank = 0
  let nowCount = 0

  input.forEach((raw: unknown, index) => {
    if (!isRecord(raw)) {
      issues.push({ index, field: 'item', message: `第 ${index + 1} 项不是对象` })
      return
    }
    const name = nameOf(index, raw)
    const add = (field: string, message: string) => issues.push({ index, field, message })

    if (!nonBlank(raw.id))
      add('id', `${name}缺少 id`)
    else if (ids.has(raw.id))
      add('id', `${name}的 id「${raw.id}」重复`)
    else ids.add(raw.id)

    if (!nonBlank(raw.title))
      add('title', `${name}缺少标题`)

    const hasFacts
      = Array.isArray(raw.facts)
        && raw.facts.length > 0
        && raw.facts.every(fact => isRecord(fact) && nonBlank(fact.label) && nonBlank(fact.text))
    if (!nonBlank(raw.detail) && !hasFacts)
      add('detail', `${name}缺少说明（detail 或 facts）`)
    if (raw.facts !== undefined && !hasFacts)
      add('facts', `${name}的 facts 每条都要有 label 和 text`)

    const state = raw.state
    if (typeof state !== 'string' || !(MILESTONE_STATES as readonly string[]).includes(state)) {
      add('state', `${name}的状态「${String(state)}」无效，应为 done、now 或 next`)
    }
    else {
      const rank = STATE_RANK[state as MilestoneState]
      if (rank < highestRank)
        add('state', `${name}的状态 ${state} 排在更靠后的状态之后（应为 done → now → next）`)
      highestRank = Math.max(highestRank, rank)
      if (state === 'now' && ++nowCount > 1)
        add('state', `${name}也是 now：只能有一个「你在这里」`)
    }

    if (raw.world !== undefined && !(WORLDS as readonly unknown[]).includes(raw.world)) {
      add('world', `${name}的 world「${String(raw.world)}」无效，应为 rec 或 llm`)
    }

    if (raw.date === undefined && raw.weeks === undefined && !nonBlank(raw.label)) {
      add('date', `${name}缺少日期、周数或标签`)
    }

    if (raw.weeks !== undefined) {
      if (typeof raw.weeks !== 'number' || !Number.isFinite(raw.weeks) || raw.weeks <= 0) {
        add('weeks', `${name}的周数「${String(raw.weeks)}」应为正数`)
      }
      if (usesDates)
        add('weeks', `${name}混用了周数与日期：一条路线只用其中一种`)
    }

    if (raw.date !== undefined) {
      const span = typeof raw.date === 'string' ? parseDateSpan(raw.date) : null
      if (!span) {
        add('date', `${name}的日期「${String(raw.date)}」无法识别（用 YYYY、YYYY-MM、YYYY-MM-DD 或 起/止）`)
      }
      else {
        if (previousSpan && isOutOfOrder(previousSpan.span, span)) {
          add('date', `${name}的日期 ${String(raw.date)} 早于上一项的 ${previousSpan.date}，顺序颠倒`)
        }
        previousSpan = { span, date: String(raw.date) }
      }
      if (usesWeeks && raw.weeks === undefined) {
        // Reported once on the weeks side is enough when both sit on one item.
        add('date', `${name}混用了日期与周数：一条路线只用其中一种`)
      }
    }
  })

  if (issues.length > 0)
    return fail()
  return { ok: true, items: input as Milestone[], issues: [] }
}

/** One console line for all issues, naming each item. */
export function describeIssues(issues: readonly ValidationIssue[]): string {
  return issues.map(issue => issue.message).join('；')
}

/** The message shown in place of a timeline with bad data: the first issue, and how many more there are. */
export function validationMessage(issues: readonly ValidationIssue[]): string {
  if (issues.length === 0)
    return ''
  const more = issues.length > 1 ? `（另有 ${issues.length - 1} 处）` : ''
  return `时间线数据有误：${issues[0]?.message ?? ''}${more}`
}
