/**
 * The CNNIC chart's model: the plotted series and its fit ceiling, the logistic fit with the straight-line check
 * beside it, and the Chinese text a selected release is read out with. Data: ./data.ts (DATA.md §1); fitting:
 * ./fit.ts; where the marks go: ./layout.ts.
 */
import type { CnnicRelease, NetAddition } from './data'
import type { LogisticFit } from './fit'
import { cnnicDateLabel, endOfMonthYear, netAdditionsProblem, releasesProblem } from './data'
import { fitLine, fitLogistic, rSquared, seriesProblem } from './fit'

/** Which CNNIC figure the chart plots on its y axis. */
export type CnnicMetric = 'penetration' | 'users'

export interface CnnicSeries {
  /** x = end-of-month fractional year, y = the metric. */
  points: Array<{ x: number, y: number }>
  /** Upper bound for the logistic fit, in the metric's unit. */
  ceiling: number
  /** How the ceiling was chosen, for the chart's fit label. */
  ceilingLabel: string
}

/**
 * The plotted series and its fit ceiling. Penetration cannot pass 100 %. Users cannot pass the whole
 * population, which the data themselves give as 网民 ÷ 普及率 of the latest release (11.08 亿 ÷ 78.6 % ≈ 14.1 亿).
 */
export function cnnicSeries(releases: readonly CnnicRelease[], metric: CnnicMetric): CnnicSeries {
  const points = releases.map(r => ({ x: endOfMonthYear(r.asOf), y: metric === 'users' ? r.users : r.penetration }))
  if (metric === 'penetration')
    return { points, ceiling: 100, ceilingLabel: '上限取 100%' }
  const latest = releases.at(-1)
  const population = latest ? latest.users / (latest.penetration / 100) : Number.NaN
  return { points, ceiling: population, ceilingLabel: `上限取总人口 ≈ ${population.toFixed(1)} 亿` }
}

/** What makes the chart undrawable (a Chinese message naming it), or null. */
export function internetUsersProblem(releases: readonly CnnicRelease[], series: CnnicSeries, netAdditions: readonly NetAddition[]): string | null {
  return releasesProblem(releases)
    ?? seriesProblem(series.points, series.ceiling)
    ?? netAdditionsProblem(netAdditions)
}

export interface SeriesFits {
  logistic: LogisticFit
  /**
   * R² of a straight line on the same points: an honesty check shown beside the fit. A line fits these points about
   * as well, so the curve alone does not prove saturation; the shrinking net additions carry that part.
   */
  lineRSquared: number
}

/** Both fits of a series that has no problem (internetUsersProblem is null). */
export function fitSeries(series: CnnicSeries): SeriesFits {
  const line = fitLine(series.points)
  return {
    logistic: fitLogistic(series.points, series.ceiling),
    lineRSquared: rSquared(series.points, x => line.intercept + line.slope * x),
  }
}

/** A release in Chinese, for the slider's aria-valuetext. */
export function describeRelease(release: CnnicRelease | undefined): string {
  if (!release)
    return ''
  const [year, month] = release.asOf.split('-')
  const when = `${year} 年 ${Number(month)} 月`
  const note = release.note ? `，${release.note}` : ''
  return `${when}（第 ${release.report} 次报告${note}）：网民 ${release.users.toFixed(2)} 亿，普及率 ${release.penetration.toFixed(1)}%`
}

/** The readout box's three lines for a release. */
export function readoutLines(release: CnnicRelease | undefined): string[] {
  if (!release)
    return []
  const mobile = release.mobileUsers !== null ? `，手机网民 ${release.mobileUsers.toFixed(2)} 亿` : ''
  return [
    `${cnnicDateLabel(release.asOf)} · 第 ${release.report} 次报告${release.confidence === 'M' ? '（仅单一转载来源）' : ''}`,
    `网民 ${release.users.toFixed(2)} 亿${mobile}`,
    `普及率 ${release.penetration.toFixed(1)}%${release.note ? ` · ${release.note.replace(/（.*）/, '')}` : ''}`,
  ]
}
