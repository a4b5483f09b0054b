import { describe, expect, it } from 'vitest'
import {
  CNNIC_NET_ADDITIONS,
  CNNIC_RELEASES,
  cnnicDateLabel,
  endOfMonthYear,
  isYearEnd,
  netAdditionsProblem,
  releasesProblem,
} from '../../lib/internet-users/data'
import { fitLine, fitLogistic, logistic, rSquared, seriesProblem } from '../../lib/internet-users/fit'
import { cnnicSeries } from '../../lib/internet-users/model'

describe('fitLine and rSquared', () => {
  it('recovers an exact line', () => {
    const points = [0, 1, 2, 3].map(x => ({ x, y: 2 * x + 1 }))
    const line = fitLine(points)
    expect(line.slope).toBeCloseTo(2, 12)
    expect(line.intercept).toBeCloseTo(1, 12)
    expect(rSquared(points, x => 2 * x + 1)).toBe(1)
  })

  it('computes R² by hand: points (0,1) (1,3) (2,2), constant model 2.5', () => {
    // mean 2, SS_tot = 1 + 1 + 0 = 2; SS_res = 2.25 + 0.25 + 0.25 = 2.75; R² = 1 − 2.75/2 = −0.375
    const points = [{ x: 0, y: 1 }, { x: 1, y: 3 }, { x: 2, y: 2 }]
    expect(rSquared(points, () => 2.5)).toBeCloseTo(-0.375, 12)
    expect(rSquared(points, () => 2)).toBe(0)
  })
})

describe('fitLogistic (fixed ceiling)', () => {
  const ceiling = 100
  const years = Array.from({ length: 21 }, (_, i) => 2005 + i)

  it('recovers rate and midpoint from noise-free data', () => {
    const points = years.map(x => ({ x, y: logistic(x, ceiling, 0.3, 2015) }))
    const fit = fitLogistic(points, ceiling)
    expect(fit.rate).toBeCloseTo(0.3, 6)
    expect(fit.midpoint).toBeCloseTo(2015, 4)
    expect(fit.rSquared).toBeCloseTo(1, 10)
  })

  it('recovers them from noisy data, at least as well as the true curve fits', () => {
    // ±1.5 points of deterministic noise.
    const noise = [1.5, -1.5, 0.8, -0.6, 1.2, -1.1, 0.3]
    const points = years.map((x, i) => ({ x, y: logistic(x, ceiling, 0.25, 2012) + noise[i % noise.length]! }))
    const fit = fitLogistic(points, ceiling)
    expect(fit.rate).toBeCloseTo(0.25, 1)
    expect(Math.abs(fit.midpoint - 2012)).toBeLessThan(0.5)
    // Least squares can only do as well as or better than the true curve on its own data.
    const sseFit = points.reduce((s, p) => s + (p.y - fit.predict(p.x)) ** 2, 0)
    const sseTrue = points.reduce((s, p) => s + (p.y - logistic(p.x, ceiling, 0.25, 2012)) ** 2, 0)
    expect(sseFit).toBeLessThanOrEqual(sseTrue + 1e-9)
  })

  it('refines the linearised start: values close to the ceiling, where ln(K/y − 1) is distorted', () => {
    const points = years.map(x => ({ x, y: Math.min(99.99, logistic(x, ceiling, 0.9, 2010)) }))
    const fit = fitLogistic(points, ceiling)
    expect(fit.rate).toBeCloseTo(0.9, 2)
    expect(fit.midpoint).toBeCloseTo(2010, 2)
  })
})

describe('seriesProblem', () => {
  const ok = [{ x: 1, y: 10 }, { x: 2, y: 20 }, { x: 3, y: 30 }]
  it('accepts a proper series', () => {
    expect(seriesProblem(ok, 100)).toBeNull()
  })
  it('names empty, too short, non-finite, unsorted and out-of-range series', () => {
    expect(seriesProblem([], 100)).toMatch(/为空/)
    expect(seriesProblem([{ x: 1, y: 10 }], 100)).toMatch(/只有 1 个点/)
    expect(seriesProblem(ok.slice(0, 2), 100)).toMatch(/只有 2 个点/)
    expect(seriesProblem([...ok, { x: 4, y: Number.NaN }], 100)).toMatch(/第 4 个点不是有限数值/)
    expect(seriesProblem([ok[0]!, ok[2]!, ok[1]!], 100)).toMatch(/未按时间排序/)
    expect(seriesProblem([ok[0]!, ok[0]!, ok[1]!], 100)).toMatch(/未按时间排序/)
    expect(seriesProblem([...ok, { x: 4, y: 100 }], 100)).toMatch(/不在/)
    expect(seriesProblem(ok, Number.NaN)).toMatch(/上限/)
  })
})

describe('cNNIC data (DATA.md §1)', () => {
  it('uses end-of-month fractional years: 2020-03 is 2020.25, never 2019-12 (= 2020.0)', () => {
    const years = { '2020-03': 2020.25, '2019-12': 2020, '2012-12': 2013, '2023-06': 2023.5, '2020-3': Number.NaN, '2020-13': Number.NaN }
    for (const [asOf, year] of Object.entries(years))
      expect(endOfMonthYear(asOf), asOf).toBe(year)
    expect(CNNIC_RELEASES.some(r => r.asOf === '2019-12')).toBe(false)
    expect(isYearEnd('2020-03')).toBe(false)
    expect(cnnicDateLabel('2020-03')).toBe('2020.3')
  })

  it('holds 14 releases, strictly later each time, with increasing report numbers', () => {
    expect(CNNIC_RELEASES).toHaveLength(14)
    expect(releasesProblem(CNNIC_RELEASES)).toBeNull()
    for (let i = 1; i < CNNIC_RELEASES.length; i++) {
      expect(endOfMonthYear(CNNIC_RELEASES[i]!.asOf)).toBeGreaterThan(endOfMonthYear(CNNIC_RELEASES[i - 1]!.asOf))
      expect(CNNIC_RELEASES[i]!.report).toBeGreaterThan(CNNIC_RELEASES[i - 1]!.report)
    }
  })

  it('net additions agree with the year-end differences (both rounded: within 100 万)', () => {
    expect(netAdditionsProblem(CNNIC_NET_ADDITIONS)).toBeNull()
    const byMonth = new Map(CNNIC_RELEASES.map(r => [r.asOf, r.users]))
    for (const addition of CNNIC_NET_ADDITIONS) {
      const end = byMonth.get(`${addition.year}-12`)
      const start = byMonth.get(`${addition.year - 1}-12`)
      expect(end, `${addition.year}-12`).toBeDefined()
      expect(start, `${addition.year - 1}-12`).toBeDefined()
      // 亿 → 万: × 10 000. Two figures each rounded to 0.01 亿 (±50 万).
      expect(Math.abs((end! - start!) * 10000 - addition.tenThousands)).toBeLessThanOrEqual(100)
    }
  })

  it('penetration ≈ users ÷ one population for every release (the figures belong together)', () => {
    const populations = CNNIC_RELEASES.map(r => r.users / (r.penetration / 100))
    // China's population moved by about 4 % over 2012–2024; a typo in either column would break this band.
    for (const p of populations) {
      expect(p).toBeGreaterThan(13.2)
      expect(p).toBeLessThan(14.3)
    }
  })

  it('the logistic fit describes the penetration series: R² ≥ 0.98', () => {
    // Why 0.98: penetration spans 42 → 79 % (SD ≈ 12 points). R² ≥ 0.98 means an RMS residual ≤ √0.02 × SD ≈ 1.7
    // points, less than a typical year's rise (2–4 points), so the curve passes through the cloud of points.
    // (A straight line does about as well here, which the chart says: the fit alone does not prove saturation.)
    const series = cnnicSeries(CNNIC_RELEASES, 'penetration')
    expect(seriesProblem(series.points, series.ceiling)).toBeNull()
    const fit = fitLogistic(series.points, series.ceiling)
    expect(fit.rSquared).toBeGreaterThanOrEqual(0.98)
    expect(fit.rmse).toBeLessThan(2)
    expect(fit.rate).toBeGreaterThan(0)
    expect(fit.midpoint).toBeGreaterThan(2005)
    expect(fit.midpoint).toBeLessThan(2025)
  })

  it('fits users against the population ceiling the data imply (11.08 ÷ 0.786 ≈ 14.10 亿)', () => {
    const series = cnnicSeries(CNNIC_RELEASES, 'users')
    expect(series.ceiling).toBeCloseTo(14.097, 2)
    const fit = fitLogistic(series.points, series.ceiling)
    expect(fit.rSquared).toBeGreaterThanOrEqual(0.98)
  })

  it('names malformed releases and net additions', () => {
    expect(releasesProblem([])).toMatch(/为空/)
    expect(releasesProblem([{ ...CNNIC_RELEASES[0]!, asOf: '2012/12' }])).toMatch(/YYYY-MM/)
    expect(releasesProblem([{ ...CNNIC_RELEASES[0]!, users: Number.NaN }])).toMatch(/有限数值/)
    expect(releasesProblem([{ ...CNNIC_RELEASES[0]!, penetration: 120 }])).toMatch(/0–100%/)
    expect(netAdditionsProblem([{ year: 2016, tenThousands: 1, report: 39 }, { year: 2015, tenThousands: 1, report: 37 }])).toMatch(/排序/)
    expect(netAdditionsProblem([{ year: 2015.5, tenThousands: 1, report: 37 }])).toMatch(/有限数值/)
  })
})
