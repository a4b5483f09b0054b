import AxeBuilder from '@axe-core/playwright'
import { expect, test, walkDeck } from './fixtures'

// An accessibility audit (axe-core, WCAG 2 A and AA) of every slide at every click step, in light and in dark mode:
// contrast of the accent colours and of what a step reveals or highlights, names of controls, ARIA use.
for (const scheme of ['light', 'dark'] as const) {
  test(`every slide and click step passes axe in ${scheme} mode`, async ({ page }) => {
    test.setTimeout(300_000)
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' })
    await page.addInitScript(s => localStorage.setItem('slidev-color-schema', s), scheme)
    const failures: string[] = []
    let audited = 0
    await walkDeck(page, async ({ no, clicks }) => {
      const { violations } = await new AxeBuilder({ page })
        .include(`.slidev-page-${no}`)
        .withTags(['wcag2a', 'wcag2aa'])
        .analyze()
      audited++
      for (const v of violations)
        failures.push(`slide ${no} click ${clicks}: ${v.id} (${v.nodes.length}) ${v.nodes.slice(0, 2).map(n => `${n.target.join(' ')} ${n.any[0]?.message ?? ''}`).join(' | ')}`)
    })
    expect(audited, 'click steps audited').toBeGreaterThan(40)
    expect(failures).toEqual([])
  })
}
