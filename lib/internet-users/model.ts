/**
 * The CNNIC chart's model: the plotted points (penetration at the end of each report's month), the fitted logistic
 * (./data.ts CNNIC_FIT) and the Chinese words a selected release is read out with.
 */
import type { CnnicRelease } from './data'
import { CNNIC_FIT, cnnicDateLabel, endOfMonthYear } from './data'

/** Steps: 0 the points; 1 + the fitted curve; 2 + the yearly net additions. Printed: the last. */
export const LAST_STEP = 2

export function penetrationPoints(releases: readonly CnnicRelease[]): Array<{ x: number, y: number }> {
  return releases.map(r => ({ x: endOfMonthYear(r.asOf), y: r.penetration }))
}

/** The fitted penetration (%) at fractional year t. */
export function fittedPenetration(t: number): number {
  return CNNIC_FIT.ceiling / (1 + Math.exp(-CNNIC_FIT.rate * (t - CNNIC_FIT.midpoint)))
}

/** A release in Chinese, for the slider's aria-valuetext. */
export function describeRelease(release: CnnicRelease): string {
  const [year, month] = release.asOf.split('-')
  const note = release.note ? `，${release.note}` : ''
  return `${year} 年 ${Number(month)} 月（第 ${release.report} 次报告${note}）：网民 ${release.users.toFixed(2)} 亿，普及率 ${release.penetration.toFixed(1)}%`
}

/** The readout's three lines for a release. */
export function readoutLines(release: CnnicRelease): string[] {
  const mobile = release.mobileUsers !== null ? `，手机网民 ${release.mobileUsers.toFixed(2)} 亿` : ''
  return [
    `${cnnicDateLabel(release.asOf)} · 第 ${release.report} 次报告${release.confidence === 'M' ? '（仅单一转载来源）' : ''}`,
    `网民 ${release.users.toFixed(2)} 亿${mobile}`,
    `普及率 ${release.penetration.toFixed(1)}%${release.note ? ` · ${release.note.replace(/（.*）/, '')}` : ''}`,
  ]
}
