/**
 * Pointer positions in a chart's own coordinates: the user units of the <svg> that holds the element, so drag
 * geometry is the same whatever size the slide is scaled to.
 */
export interface SvgPoint {
  x: number
  y: number
}

/** Where a pointer event happened, in the user units of `element`'s <svg>; null when it has no layout yet. */
export function svgPointOf(event: { clientX: number, clientY: number }, element: Element): SvgPoint | null {
  const svg = element instanceof SVGSVGElement ? element : (element as SVGElement).ownerSVGElement
  const matrix = svg?.getScreenCTM()
  if (!matrix)
    return null
  const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse())
  return { x: p.x, y: p.y }
}
