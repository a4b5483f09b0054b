/**
 * Milestone timelines and stage roadmaps: types, validation, ordering and the
 * click-step → view mapping used by components/RoadmapTimeline.vue.
 * Pure TypeScript: no DOM, no Vue.
 *
 * Click steps (bind `step` to `$clicks`; the slide's frontmatter `clicks:` must equal
 * `clicksFor(items)`, which is simply the number of milestones):
 *   step 0 … N-1  the walk: milestone `step` is the current one (highlighted, detail open),
 *                 earlier ones are past (detail stays open), later ones upcoming (title only, muted);
 *   step N        the summary: every milestone with its detail, no highlight, the line full.
 */

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

/* ------------------------------------------------------------------ dates */

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

/* -------------------------------------------------------------- durations */

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

/**
 * Rough width of a text in CJK character widths (Latin letters, digits and spaces count half): the budget the
 * layouts are designed for is titles ≤ 12 and details ≤ 60.
 */
export function textWidth(text: string): number {
  let width = 0
  for (const char of text) width += char.charCodeAt(0) < 0x2E80 ? 0.5 : 1
  return width
}

export type Layout = 'axis' | 'grid'

/** Whether a list is dense enough for the narrow cards (and `brief` texts). */
export function isDense(count: number): boolean {
  return count > DENSE_ABOVE
}

/** The text a card shows without interaction: brief when dense, else the detail and every fact. */
export function shownText(item: Milestone, dense: boolean): string {
  const detail = dense && item.brief ? item.brief : (item.detail ?? '')
  return [detail, ...(item.facts ?? []).map(fact => `${fact.label} ${fact.text}`)].join('')
}

/**
 * How wide (textWidth) a card's shown text may be so that every card fits at 14 px in the default 400 px
 * frame with all details open (the summary step and print). Measured in Chromium on the 980×552 canvas.
 */
export function textBudget(count: number, layout: Layout): number {
  if (layout === 'axis')
    return count <= 6 ? 60 : count <= DENSE_ABOVE ? 42 : 22
  return count <= DENSE_ABOVE ? 56 : 30
}

/** Soft check, not a validation error: the items whose text may not fit, as Chinese messages. */
export function overBudget(items: readonly Milestone[], layout: Layout): string[] {
  const dense = isDense(items.length)
  const budget = textBudget(items.length, layout)
  return items.flatMap((item, index) => {
    const width = textWidth(shownText(item, dense))
    return width > budget
      ? [`第 ${index + 1} 项「${item.title}」的说明约 ${Math.ceil(width)} 字宽，超过 ${budget}${dense ? '（可加 brief）' : ''}，可能放不下`]
      : []
  })
}

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

/* -------------------------------------------------------- steps and view */

/** Frontmatter `clicks:` for a slide showing these milestones: one step per milestone, plus the summary at N. */
export function clicksFor(items: readonly unknown[]): number {
  return items.length
}

/** Clamps any incoming step (NaN, negative, Slidev's huge print value) to 0 … count. */
export function normalizeStep(step: number, count: number): number {
  if (!Number.isFinite(step))
    return step === Infinity ? count : 0
  return Math.min(Math.max(Math.floor(step), 0), count)
}

/** The milestone highlighted at this step, or null at the summary step. */
export function focusIndexAt(count: number, step: number): number | null {
  const clamped = normalizeStep(step, count)
  return clamped < count ? clamped : null
}

export type Phase = 'past' | 'current' | 'upcoming' | 'summary'

export interface MilestoneView {
  index: number
  phase: Phase
  /** The data state (done / now / next); the step never changes it. */
  state: MilestoneState
  /** Whether the detail is shown without interaction (past, current, summary). */
  expanded: boolean
  /** Carries the "你在这里" marker. */
  isHere: boolean
}

/** The step → view mapping: narration phase, detail visibility and marker for every milestone. */
export function viewAt(items: readonly Milestone[], step: number): MilestoneView[] {
  const focus = focusIndexAt(items.length, step)
  return items.map((item, index) => {
    const phase: Phase
      = focus === null ? 'summary' : index < focus ? 'past' : index === focus ? 'current' : 'upcoming'
    return { index, phase, state: item.state, expanded: phase !== 'upcoming', isHere: item.state === 'now' }
  })
}

/**
 * The share of the line to fill, 0 … 1. Dated timelines fill to the current milestone's dot (axisDotPosition);
 * stage roadmaps fill by elapsed weeks to the end of the current stage. Full at the summary.
 */
export function progressAt(items: readonly Milestone[], step: number): number {
  const focus = focusIndexAt(items.length, step)
  if (focus === null)
    return 1
  const total = totalWeeks(items)
  if (total > 0) {
    const span = weekSpans(items)[focus]
    return span ? span.endWeek / total : 0
  }
  return axisDotPosition(focus, items.length)
}

/** Where the line's segment for each milestone starts and ends, as shares of the line (stage roadmaps). */
export function segmentsOf(items: readonly Milestone[]): { from: number, to: number }[] {
  const total = totalWeeks(items)
  if (total <= 0) {
    // Each dated milestone owns the stretch of line halfway to its neighbours' dots.
    const half = 0.5 / (items.length + 1)
    return items.map((_, index) => {
      const dot = axisDotPosition(index, items.length)
      return { from: index === 0 ? 0 : dot - half, to: index === items.length - 1 ? 1 : dot + half }
    })
  }
  return weekSpans(items).map(span => ({ from: (span.startWeek - 1) / total, to: span.endWeek / total }))
}

/** One drawn segment of the progress track. */
export interface TrackSegment {
  /** Start and end as shares of the track's length. */
  from: number
  to: number
  /** How much of it is filled, 0 … 1. */
  fill: number
  world?: World
  state: MilestoneState
  label?: string
}

/** How much of each milestone's segment the progress fill covers at this step, 0 … 1 per segment. */
export function segmentFills(items: readonly Milestone[], step: number): number[] {
  const progress = progressAt(items, step)
  return segmentsOf(items).map(({ from, to }) =>
    to <= from ? 0 : Math.min(Math.max((progress - from) / (to - from), 0), 1),
  )
}

/** Roving focus: the milestone a key moves to from `index`, or null for keys the timeline does not use. */
export function nextFocusIndex(key: string, index: number, count: number): number | null {
  if (count <= 0)
    return null
  switch (key) {
    case 'ArrowRight':
      return Math.min(index + 1, count - 1)
    case 'ArrowLeft':
      return Math.max(index - 1, 0)
    case 'Home':
      return 0
    case 'End':
      return count - 1
    default:
      return null
  }
}

/* ------------------------------------------------------ axis card geometry */

/** Half-columns of the alternating axis grid: two per milestone plus half a slot of margin at each end. */
export function axisColumnCount(count: number): number {
  return 2 * count + 2
}

/** Where milestone `index`'s dot sits on the axis line, as a share of its length. */
export function axisDotPosition(index: number, count: number): number {
  return (index + 1) / (count + 1)
}

/**
 * Alternating axis layout on a grid of 2N + 2 half-columns: card i sits above (even i) or below (odd i) the
 * line and spans the four half-columns centred on its dot, so every card is two slots wide, the first and last
 * included, and same-side neighbours touch but never overlap. Returns 1-based CSS grid lines.
 */
export function axisCardPlacement(index: number, count: number): {
  side: 'above' | 'below'
  columnStart: number
  columnEnd: number
} {
  const columnStart = Math.min(Math.max(2 * index + 1, 1), axisColumnCount(count) - 3)
  return { side: index % 2 === 0 ? 'above' : 'below', columnStart, columnEnd: columnStart + 4 }
}
