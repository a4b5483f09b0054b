/**
 * Least-squares fitting for the saturation chart: a logistic curve with a fixed ceiling, and R².
 *
 *   y(t) = K / (1 + exp(−r · (t − m)))
 *
 * K is the ceiling (fixed by the caller: 100 % for a penetration rate), r the growth rate (per year),
 * m the midpoint year (fastest growth). Why fix K: on the CNNIC series a free three-parameter fit puts
 * the ceiling above 100 % (the series has not bent enough to pin it), so the physical ceiling is used and only
 * r and m are fitted. The start values come from the linearised form ln(K / y − 1) = −r·t + r·m,
 * then Levenberg–Marquardt minimises the squared error in y itself.
 */

export interface Point {
  x: number
  y: number
}

export interface LineFit {
  intercept: number
  slope: number
}

export interface LogisticFit {
  ceiling: number
  rate: number
  midpoint: number
  rSquared: number
  /** Root-mean-square residual, in y units. */
  rmse: number
  predict: (x: number) => number
}

/** Ordinary least squares y = intercept + slope · x. Needs at least two distinct x. */
export function fitLine(points: readonly Point[]): LineFit {
  const n = points.length
  const meanX = points.reduce((s, p) => s + p.x, 0) / n
  const meanY = points.reduce((s, p) => s + p.y, 0) / n
  let sxy = 0
  let sxx = 0
  for (const p of points) {
    sxy += (p.x - meanX) * (p.y - meanY)
    sxx += (p.x - meanX) ** 2
  }
  const slope = sxy / sxx
  return { intercept: meanY - slope * meanX, slope }
}

/** Coefficient of determination 1 − SS_res / SS_tot of a model on the points. */
export function rSquared(points: readonly Point[], predict: (x: number) => number): number {
  const meanY = points.reduce((s, p) => s + p.y, 0) / points.length
  let ssRes = 0
  let ssTot = 0
  for (const p of points) {
    ssRes += (p.y - predict(p.x)) ** 2
    ssTot += (p.y - meanY) ** 2
  }
  return 1 - ssRes / ssTot
}

export function logistic(x: number, ceiling: number, rate: number, midpoint: number): number {
  return ceiling / (1 + Math.exp(-rate * (x - midpoint)))
}

function sumOfSquares(points: readonly Point[], ceiling: number, rate: number, midpoint: number): number {
  return points.reduce((s, p) => s + (p.y - logistic(p.x, ceiling, rate, midpoint)) ** 2, 0)
}

/**
 * Is the series fit for a logistic with this ceiling? A Chinese message naming the problem, or null.
 * Needs ≥ 3 points (two parameters are fitted), finite numbers, strictly increasing x, 0 < y < ceiling.
 */
export function seriesProblem(points: readonly Point[], ceiling: number): string | null {
  if (!Array.isArray(points) || points.length === 0)
    return '数据为空'
  if (points.length < 3)
    return `数据只有 ${points.length} 个点，拟合至少需要 3 个`
  if (!Number.isFinite(ceiling) || ceiling <= 0)
    return `拟合上限不是正的有限数值（${ceiling}）`
  for (const [i, p] of points.entries()) {
    if (!Number.isFinite(p?.x) || !Number.isFinite(p?.y))
      return `第 ${i + 1} 个点不是有限数值`
    if (p.y <= 0 || p.y >= ceiling)
      return `第 ${i + 1} 个点的值 ${p.y} 不在 (0, ${ceiling}) 之内`
    const previous = points[i - 1]
    if (previous && p.x <= previous.x)
      return `第 ${i + 1} 个点的时间不晚于前一个点：数据未按时间排序`
  }
  return null
}

/**
 * Least-squares logistic with a fixed ceiling. Assumes `seriesProblem(points, ceiling)` is null.
 */
export function fitLogistic(points: readonly Point[], ceiling: number): LogisticFit {
  // Start from the straight line through ln(K / y − 1).
  const line = fitLine(points.map(p => ({ x: p.x, y: Math.log(ceiling / p.y - 1) })))
  let rate = -line.slope
  let midpoint = line.intercept / rate
  if (!Number.isFinite(rate) || !Number.isFinite(midpoint) || rate === 0) {
    rate = 1
    midpoint = points[Math.floor(points.length / 2)]!.x
  }
  let sse = sumOfSquares(points, ceiling, rate, midpoint)
  let damping = 1e-3
  for (let iteration = 0; iteration < 200; iteration++) {
    // Normal equations (JᵀJ + λ·diag) δ = Jᵀr for the two parameters.
    let jrr = 0
    let jrm = 0
    let jmm = 0
    let gr = 0
    let gm = 0
    for (const p of points) {
      const s = Math.exp(-rate * (p.x - midpoint))
      const f = ceiling / (1 + s)
      const common = (ceiling * s) / (1 + s) ** 2
      const dRate = common * (p.x - midpoint)
      const dMid = -common * rate
      const residual = p.y - f
      jrr += dRate * dRate
      jrm += dRate * dMid
      jmm += dMid * dMid
      gr += dRate * residual
      gm += dMid * residual
    }
    const a11 = jrr * (1 + damping)
    const a22 = jmm * (1 + damping)
    const det = a11 * a22 - jrm * jrm
    if (!Number.isFinite(det) || det === 0)
      break
    const stepRate = (gr * a22 - gm * jrm) / det
    const stepMid = (a11 * gm - jrm * gr) / det
    const nextSse = sumOfSquares(points, ceiling, rate + stepRate, midpoint + stepMid)
    if (Number.isFinite(nextSse) && nextSse < sse) {
      rate += stepRate
      midpoint += stepMid
      const improvement = sse - nextSse
      sse = nextSse
      damping = Math.max(damping / 10, 1e-12)
      if (improvement <= 1e-14 * (1 + sse))
        break
    }
    else {
      damping *= 10
      if (damping > 1e12)
        break
    }
  }
  const predict = (x: number) => logistic(x, ceiling, rate, midpoint)
  return {
    ceiling,
    rate,
    midpoint,
    rSquared: rSquared(points, predict),
    rmse: Math.sqrt(sse / points.length),
    predict,
  }
}
