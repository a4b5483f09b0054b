/**
 * The diminishing-returns model of part 1 (示意, not fitted to data: DATA.md §4), with e the effort in 人年:
 *
 *   cumulative gain  G(e) = a · ln(1 + e / b)      (%, business metric)
 *   marginal gain    G'(e) = a / (b + e)           (% per extra 人年)
 *
 * a scales the curve, b sets how soon it bends (at e = b the marginal gain has halved). The marginal gain falls to
 * a level m at e = a / m − b: the dividend zone ends where it falls to 2 %/人年, the deep water starts at 1 % and
 * 0.5 % (the essay's 不到百分之一、甚至不到千分之五), and hiring stops paying where it meets the flat marginal cost.
 */

export const A = 12
export const B = 1.5
/** Gain one more 人年 must buy to pay for itself (%/人年). */
export const MARGINAL_COST = 0.6
export const DIVIDEND_MARGINAL = 2
export const DEEP_WATER_LEVELS = [1, 0.5] as const
export const EFFORT_MAX = 30
/** The slider's arrow step and page step (人年). */
export const EFFORT_STEP = 0.5
export const EFFORT_PAGE_STEP = 5

/**
 * Steps: 0 the curve with the draggable point; 1 + the dividend zone (红利期); 2 + the deep-water zone (深水区) and its
 * two thresholds on the curve; 3 + a lower panel, the marginal gain against the marginal cost and their crossing,
 * where hiring stops paying (老板视角). Printed: the last step the slide shows.
 */
export const LAST_STEP = 3

export const gain = (effort: number) => A * Math.log1p(effort / B)
export const marginalGain = (effort: number) => A / (B + effort)
/** Effort at which the marginal gain has fallen to `level` (%/人年). */
export const effortWhereMarginalIs = (level: number) => A / level - B

/** Effort in 人年 as shown: at most one decimal, no trailing ".0". */
export function formatEffort(effort: number): string {
  return String(Number(effort.toFixed(1)))
}

/** Marginal gain in %/人年: two decimals below 1 (0.48 is not "0.5"), one above. */
export function formatMarginal(marginal: number): string {
  return marginal < 1 ? marginal.toFixed(2) : marginal.toFixed(1)
}

/** The slider's aria-valuetext, e.g. "投入 6 人年，累计提升 19.3%，边际提升 1.6%/人年". */
export function effortValueText(effort: number): string {
  return `投入 ${formatEffort(effort)} 人年，累计提升 ${gain(effort).toFixed(1)}%，边际提升 ${formatMarginal(marginalGain(effort))}%/人年`
}

/** What is wrong with an `initial-effort` an author wrote, or null. */
export function initialEffortProblem(effort: unknown): string | null {
  return typeof effort === 'number' && effort >= 0 && effort <= EFFORT_MAX
    ? null
    : `initial-effort 须是 0–${EFFORT_MAX} 之间的数（人年），收到 ${String(effort)}`
}
