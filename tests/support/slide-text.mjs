/**
 * Every character slide `slideNo` shows: its text (SVG too) and the labels assistive technology reads out.
 * Runs in the page: `page.evaluate(slideTextInPage, no)`. Shared by tests/e2e/font.spec.ts (the font must cover
 * these) and the bench (which counts them); plain JS so the bench can import it with node.
 * @param {number} slideNo
 * @returns {string} the text, one part a line
 */
export function slideTextInPage(slideNo) {
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
