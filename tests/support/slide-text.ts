/**
 * Every character slide `slideNo` shows: its text (SVG too) and the labels assistive technology reads out.
 * Runs in the page: `page.evaluate(slideTextInPage, no)`. Shared by tests/e2e/font.spec.ts (the font must cover
 * these) and the bench (which counts them). Returns the text, one part a line. No inner named functions: it is
 * sent to the browser as source, where tsx's helpers do not exist.
 */
export function slideTextInPage(slideNo: number): string {
  const slide = document.querySelector(`.slidev-page-${slideNo}`)
  if (!slide)
    return ''
  const parts = [slide.textContent ?? '']
  for (const el of slide.querySelectorAll('*')) {
    for (const attr of ['aria-label', 'aria-valuetext', 'aria-description', 'title', 'alt', 'placeholder']) {
      const value = el.getAttribute(attr)
      if (value)
        parts.push(value)
    }
  }
  return parts.join('\n')
}
