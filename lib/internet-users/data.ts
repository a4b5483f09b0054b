/**
 * China's internet users, from CNNIC《中国互联网络发展状况统计报告》(the Nth report per row), as reported by
 * Xinhua, CCTV and other news reposts of each release. Copied from DATA.md §1; keep the two in step.
 * 网民 = residents aged 6+ who used the internet in the past six months; 普及率 = 网民 ÷ total population.
 */

export interface CnnicRelease {
  /** The month the figures are "as of" (截至), YYYY-MM. */
  asOf: string
  /** 网民规模, 亿人. */
  users: number
  /** 手机网民规模, 亿人; null where DATA.md could not confirm it. */
  mobileUsers: number | null
  /** 普及率, %. */
  penetration: number
  /** CNNIC report number (第 N 次). */
  report: number
  /** H = several independent reports agree; M = one secondary report. */
  confidence: 'H' | 'M'
  /** Set when the figure is not a calendar year-end. */
  note?: string
}

/** Every CNNIC release in DATA.md §1, oldest first. */
export const CNNIC_RELEASES: readonly CnnicRelease[] = [
  { asOf: '2012-12', users: 5.64, mobileUsers: 4.20, penetration: 42.1, report: 31, confidence: 'H' },
  { asOf: '2013-12', users: 6.18, mobileUsers: 5.00, penetration: 45.8, report: 33, confidence: 'H' },
  { asOf: '2014-12', users: 6.49, mobileUsers: 5.57, penetration: 47.9, report: 35, confidence: 'H' },
  { asOf: '2015-12', users: 6.88, mobileUsers: 6.20, penetration: 50.3, report: 37, confidence: 'H' },
  { asOf: '2016-12', users: 7.31, mobileUsers: 6.95, penetration: 53.2, report: 39, confidence: 'H' },
  { asOf: '2017-12', users: 7.72, mobileUsers: 7.53, penetration: 55.8, report: 41, confidence: 'H' },
  { asOf: '2018-12', users: 8.29, mobileUsers: 8.17, penetration: 59.6, report: 43, confidence: 'H' },
  // The 45th report covers 15 months: there is no 2019-12 figure. Never plot this as 2019-12.
  { asOf: '2020-03', users: 9.04, mobileUsers: 8.97, penetration: 64.5, report: 45, confidence: 'H', note: '非年底数据（第 45 次报告跨 15 个月，无 2019 年底数）' },
  { asOf: '2020-12', users: 9.89, mobileUsers: 9.86, penetration: 70.4, report: 47, confidence: 'H' },
  { asOf: '2021-12', users: 10.32, mobileUsers: null, penetration: 73.0, report: 49, confidence: 'H' },
  { asOf: '2022-12', users: 10.67, mobileUsers: null, penetration: 75.6, report: 51, confidence: 'H' },
  { asOf: '2023-06', users: 10.79, mobileUsers: null, penetration: 76.4, report: 52, confidence: 'H', note: '年中数据' },
  { asOf: '2023-12', users: 10.92, mobileUsers: null, penetration: 77.5, report: 53, confidence: 'H' },
  { asOf: '2024-12', users: 11.08, mobileUsers: null, penetration: 78.6, report: 55, confidence: 'M' },
]

export interface NetAddition {
  /** Calendar year the users were added in (previous year-end → this year-end). */
  year: number
  /** 万人. */
  tenThousands: number
  /** The report that announced it. */
  report: number
}

/**
 * Yearly net additions as announced with each year-end report (DATA.md §1). Years without an announced
 * figure are absent (2014, 2019–2020 when the 45th report spanned 15 months, 2024), not zero.
 */
export const CNNIC_NET_ADDITIONS: readonly NetAddition[] = [
  { year: 2013, tenThousands: 5358, report: 33 },
  { year: 2015, tenThousands: 3951, report: 37 },
  { year: 2016, tenThousands: 4299, report: 39 },
  { year: 2017, tenThousands: 4074, report: 41 },
  { year: 2018, tenThousands: 5653, report: 43 },
  { year: 2021, tenThousands: 4296, report: 49 },
  { year: 2022, tenThousands: 3549, report: 51 },
  { year: 2023, tenThousands: 2480, report: 53 },
]

/** Source line for the slide. */
export const CNNIC_SOURCE = '来源：CNNIC《中国互联网络发展状况统计报告》第 31–55 次（据新华社、央视等转载）；2024 年数据仅单一转载来源'

/**
 * Fractional year of the END of a YYYY-MM month: 2012-12 → 2013.0, 2020-03 → 2020.25, 2023-06 → 2023.5.
 * "As of" figures describe the end of that month, so a year-end figure sits on the next year's boundary.
 * NaN for a malformed string.
 */
export function endOfMonthYear(asOf: string): number {
  const match = /^(\d{4})-(\d{2})$/.exec(asOf)
  if (!match)
    return Number.NaN
  const month = Number(match[2])
  if (month < 1 || month > 12)
    return Number.NaN
  return Number(match[1]) + month / 12
}

/** "2020-03" → "2020.3", CNNIC's own label style for "截至 2020 年 3 月". */
export function cnnicDateLabel(asOf: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(asOf)
  return match ? `${match[1]}.${Number(match[2])}` : asOf
}

/** A release is a calendar year-end figure (December). */
export function isYearEnd(asOf: string): boolean {
  return asOf.endsWith('-12')
}

/** Malformed releases (before any fitting): a Chinese message naming the first bad row, or null. */
export function releasesProblem(releases: readonly CnnicRelease[]): string | null {
  if (!Array.isArray(releases) || releases.length === 0)
    return '网民数据为空'
  for (const [i, r] of releases.entries()) {
    if (!r || !Number.isFinite(endOfMonthYear(r.asOf)))
      return `第 ${i + 1} 条数据的日期不是 YYYY-MM（${String(r?.asOf)}）`
    if (!Number.isFinite(r.users) || !Number.isFinite(r.penetration))
      return `第 ${i + 1} 条数据（${r.asOf}）的网民规模或普及率不是有限数值`
    if (r.penetration <= 0 || r.penetration > 100)
      return `第 ${i + 1} 条数据（${r.asOf}）的普及率 ${r.penetration}% 不在 0–100% 之内`
  }
  return null
}

/** Net additions must be finite, with whole, strictly increasing years. */
export function netAdditionsProblem(additions: readonly NetAddition[]): string | null {
  if (!Array.isArray(additions))
    return '年净增数据不是数组'
  for (const [i, a] of additions.entries()) {
    if (!a || !Number.isInteger(a.year) || !Number.isFinite(a.tenThousands))
      return `第 ${i + 1} 条年净增数据不是有限数值`
    const previous = additions[i - 1]
    if (previous && a.year <= previous.year)
      return `年净增数据未按年份排序（${a.year} 排在 ${previous.year} 之后）`
  }
  return null
}
