/**
 * Structural sharing for a layout that is computed again on every drag step: `next`, with every part that equals the
 * same part of `previous` replaced by that previous object (the whole of `previous` when nothing changed). A part that
 * did not move keeps its identity, so the view can skip it (`v-memo` on it, or a child component whose props are all
 * the same objects) instead of drawing it again.
 * `next` must be freshly made and not yet shared: its parts are swapped in place, which saves copying on every step.
 * `previous` is never changed. For plain data only (objects, arrays, strings, numbers, booleans, null); numbers are
 * compared with Object.is.
 */
export function keepUnchanged<T>(previous: T | null | undefined, next: T): T {
  return share(previous, next) as T
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function share(previous: unknown, next: unknown): unknown {
  if (Object.is(previous, next))
    return previous
  if (Array.isArray(previous) && Array.isArray(next)) {
    let same = previous.length === next.length
    for (let i = 0; i < next.length; i++) {
      next[i] = share(previous[i], next[i])
      same &&= Object.is(next[i], previous[i])
    }
    return same ? previous : next
  }
  if (isRecord(previous) && isRecord(next)) {
    let same = true
    let keys = 0
    for (const key in next) {
      keys++
      next[key] = share(previous[key], next[key])
      same &&= Object.is(next[key], previous[key]) && key in previous
    }
    return same && Object.keys(previous).length === keys ? previous : next
  }
  return next
}
