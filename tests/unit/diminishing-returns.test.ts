import { describe, expect, it } from 'vitest'
import {
  cumulativeGain,
  deepWaterThresholds,
  diminishingReturnsProblem,
  dividendZoneEnd,
  effortReadout,
  effortWhereMarginalFallsTo,
  formatEffort,
  formatMarginal,
  marginalCostCrossing,
  marginalGain,
} from '../../lib/diminishing-returns/model'

// The chart's defaults: a = 12 %, b = 1.5 人年, effort axis 0–30 人年, marginal cost 0.6 %/人年.
const curve = { a: 12, b: 1.5 }
const valid = { ...curve, marginalCost: 0.6, effortMax: 30, dividendMarginal: 2, initialEffort: 6 }

describe('cumulative and marginal gain', () => {
  it('starts at zero and reaches a at x = b(e − 1), where ln(1 + x/b) = 1', () => {
    expect(cumulativeGain(0, curve)).toBe(0)
    expect(cumulativeGain(1.5 * (Math.E - 1), curve)).toBeCloseTo(12, 10)
  })

  it('matches hand-computed values', () => {
    // 12·ln(1 + 6/1.5) = 12·ln 5 = 12 × 1.609438 = 19.3133
    expect(cumulativeGain(6, curve)).toBeCloseTo(19.3133, 3)
    // 12·ln 2 = 8.3178
    expect(cumulativeGain(1.5, curve)).toBeCloseTo(8.3178, 3)
    // a/b = 8 at the start, 12/7.5 = 1.6 at 6 人年
    expect(marginalGain(0, curve)).toBe(8)
    expect(marginalGain(6, curve)).toBeCloseTo(1.6, 12)
  })

  it('the marginal gain is the slope of the cumulative gain', () => {
    for (const x of [0.5, 3, 10, 25]) {
      const h = 1e-5
      const slope = (cumulativeGain(x + h, curve) - cumulativeGain(x - h, curve)) / (2 * h)
      expect(slope).toBeCloseTo(marginalGain(x, curve), 6)
    }
  })

  it('each extra 人年 buys less than the previous one', () => {
    const steps = [0, 1, 2, 3, 4, 5].map(x => cumulativeGain(x + 1, curve) - cumulativeGain(x, curve))
    for (let i = 1; i < steps.length; i++)
      expect(steps[i]!).toBeLessThan(steps[i - 1]!)
  })
})

describe('deep-water thresholds', () => {
  it('marginal gain falls below 1 %/人年 at 12/1 − 1.5 = 10.5 and below 0.5 at 12/0.5 − 1.5 = 22.5', () => {
    expect(effortWhereMarginalFallsTo(1, curve)).toBeCloseTo(10.5, 12)
    expect(effortWhereMarginalFallsTo(0.5, curve)).toBeCloseTo(22.5, 12)
    expect(marginalGain(10.5, curve)).toBeCloseTo(1, 12)
    expect(deepWaterThresholds(curve, 30)).toEqual([{ level: 1, effort: 10.5 }, { level: 0.5, effort: 22.5 }])
  })

  it('drops a threshold the curve never reaches inside the axis', () => {
    expect(deepWaterThresholds(curve, 20)).toEqual([{ level: 1, effort: 10.5 }, { level: 0.5, effort: null }])
  })

  it('clamps to 0 when the curve starts below the level (a/b = 0.25 here)', () => {
    expect(deepWaterThresholds({ a: 0.5, b: 2 }, 10)).toEqual([{ level: 1, effort: 0 }, { level: 0.5, effort: 0 }])
  })

  it('the dividend zone ends where marginal gain falls to 2 %/人年: 12/2 − 1.5 = 4.5', () => {
    expect(dividendZoneEnd(curve, 2, 30)).toBeCloseTo(4.5, 12)
    // a/b = 2/1.5 < 2: there never was a dividend zone
    expect(dividendZoneEnd({ a: 2, b: 1.5 }, 2, 30)).toBeNull()
    // clipped to the axis
    expect(dividendZoneEnd(curve, 2, 3)).toBe(3)
  })
})

describe('marginal-cost crossing (the boss view)', () => {
  it('crosses at a/c − b = 12/0.6 − 1.5 = 18.5 人年', () => {
    const crossing = marginalCostCrossing(curve, 0.6, 30)
    expect(crossing.kind).toBe('at')
    if (crossing.kind !== 'at')
      return
    expect(crossing.effort).toBeCloseTo(18.5, 10)
    // 12·ln(1 + 18.5/1.5) = 12·ln(13.333) = 12 × 2.590267 = 31.0832
    expect(crossing.gain).toBeCloseTo(31.0832, 3)
    expect(marginalGain(crossing.effort, curve)).toBeCloseTo(0.6, 10)
  })

  it('another hand case: a = 10, b = 2, c = 1 → 8 人年', () => {
    const crossing = marginalCostCrossing({ a: 10, b: 2 }, 1, 30)
    expect(crossing).toMatchObject({ kind: 'at', effort: 8 })
  })

  it('reports no crossing when even the first 人年 does not pay (cost ≥ a/b = 8)', () => {
    expect(marginalCostCrossing(curve, 8, 30)).toEqual({ kind: 'never-pays' })
    expect(marginalCostCrossing(curve, 10, 30)).toEqual({ kind: 'never-pays' })
  })

  it('reports no crossing when hiring still pays at the end of the axis (12/0.2 − 1.5 = 58.5 > 30)', () => {
    expect(marginalCostCrossing(curve, 0.2, 30)).toEqual({ kind: 'always-pays' })
    expect(marginalCostCrossing(curve, 0, 30)).toEqual({ kind: 'always-pays' })
  })
})

describe('props validation', () => {
  it('accepts the defaults', () => {
    expect(diminishingReturnsProblem(valid)).toBeNull()
  })

  it.each([
    ['a', Number.NaN, /参数 a/],
    ['a', 0, /参数 a 必须大于 0/],
    ['a', -1, /参数 a/],
    ['b', 0, /参数 b 必须大于 0/],
    ['b', Number.POSITIVE_INFINITY, /参数 b/],
    ['effortMax', 0, /参数 effortMax/],
    ['effortMax', -5, /参数 effortMax/],
    ['marginalCost', -0.1, /参数 marginalCost/],
    ['marginalCost', Number.NaN, /参数 marginalCost/],
    ['initialEffort', Number.NaN, /参数 initialEffort/],
    ['dividendMarginal', 0, /参数 dividendMarginal/],
  ] as const)('names %s = %s', (name, value, message) => {
    expect(diminishingReturnsProblem({ ...valid, [name]: value })).toMatch(message)
  })

  it('rejects a value that is not a number at all', () => {
    expect(diminishingReturnsProblem({ ...valid, a: '12' as unknown as number })).toMatch(/参数 a/)
  })
})

describe('readout', () => {
  it('speaks effort, total and marginal gain in Chinese', () => {
    // 19.31 %, 12/7.5 = 1.6 %/人年
    expect(effortReadout(6, curve).text).toBe('投入 6 人年，累计提升 19.3%，边际提升 1.6%/人年')
    // 12·ln(1 + 20/1.5) = 12 × 2.66258 = 31.95 → 32.0 %; 12/21.5 = 0.558 → 0.56
    expect(effortReadout(20, curve).text).toBe('投入 20 人年，累计提升 32.0%，边际提升 0.56%/人年')
  })

  it('formats effort without a trailing .0 and small marginal gains with two decimals', () => {
    expect(formatEffort(6)).toBe('6')
    expect(formatEffort(6.5)).toBe('6.5')
    expect(formatEffort(Number.NaN)).toBe('—')
    expect(formatMarginal(0.48)).toBe('0.48')
    expect(formatMarginal(1.6)).toBe('1.6')
  })
})
