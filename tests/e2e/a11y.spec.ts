import AxeBuilder from '@axe-core/playwright'
import { loadDeckSource } from './deck-source'
import { expect, gotoSlide, test } from './fixtures'

// An accessibility audit (axe-core, WCAG 2 A and AA) of every slide's content at its last click step,
// in light and in dark mode: contrast of the accent colours, names of controls, ARIA use.
for (const scheme of ['light', 'dark'] as const) {
  test(`every slide passes axe in ${scheme} mode`, async ({ page }) => {
    test.setTimeout(180_000)
    const { slides } = await loadDeckSource()
    await page.emulateMedia({ colorScheme: scheme })
    await page.addInitScript(s => localStorage.setItem('slidev-color-schema', s), scheme)
    const failures: string[] = []
    for (const slide of slides) {
      await gotoSlide(page, slide.no, slide.clicks)
      const { violations } = await new AxeBuilder({ page })
        .include(`.slidev-page-${slide.no}`)
        .withTags(['wcag2a', 'wcag2aa'])
        .analyze()
      for (const v of violations)
        failures.push(`slide ${slide.no}: ${v.id} (${v.nodes.length}) ${v.nodes.slice(0, 2).map(n => n.target.join(' ')).join(' | ')}`)
    }
    expect(failures).toEqual([])
  })
}
