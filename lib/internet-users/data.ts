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

/**
 * The logistic curve fitted to the penetration series (ceiling fixed at 100 %: a free ceiling lands above 100 %, the
 * series has not bent enough to pin it), y(t) = 100 / (1 + exp(−rate · (t − midpoint))), t = endOfMonthYear(asOf):
 * least squares in y (Levenberg–Marquardt from the linearised start ln(100 / y − 1)), and the R² of a straight line
 * on the same points, shown beside it as an honesty check. Constant data, so fitted once, not on every load:
 * tests/unit/internet-users.test.ts refits CNNIC_RELEASES and prints the numbers to paste here if the data change.
 */
export const CNNIC_FIT = { ceiling: 100, rate: 0.1445658, midpoint: 2015.67320, rSquared: 0.985182, lineRSquared: 0.986571 } as const

/** Source line for the slide. */
export const CNNIC_SOURCE = '来源：CNNIC《中国互联网络发展状况统计报告》第 31–55 次（据新华社、央视等转载）；2024 年数据仅单一转载来源'

/**
 * Fractional year of the END of a YYYY-MM month: 2012-12 → 2013.0, 2020-03 → 2020.25, 2023-06 → 2023.5.
 * "As of" figures describe the end of that month, so a year-end figure sits on the next year's boundary.
 */
export function endOfMonthYear(asOf: string): number {
  const [year, month] = asOf.split('-').map(Number)
  return year! + month! / 12
}

/** "2020-03" → "2020.3", CNNIC's own label style for "截至 2020 年 3 月". */
export function cnnicDateLabel(asOf: string): string {
  const [year, month] = asOf.split('-')
  return `${year}.${Number(month)}`
}
