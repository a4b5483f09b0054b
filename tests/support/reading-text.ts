import type { Page } from 'playwright-core'

/** Characters drawn, by weight: regular (below 600) and bold. */
export interface ReadingText { regular: string, bold: string }

/** The phone sizes the reading view is read at, by the tests and by the build's font walk (scripts/fonts.ts). */
export const READING_PHONES = [{ width: 390, height: 844 }, { width: 360, height: 740 }]

/**
 * The characters the reading view draws, split by weight (each sorted, without duplicates and controls), in the
 * element `root` selects (default: the whole view). With `laidOutOnly`, only text the browser lays out now, not what
 * content-visibility skips (sections off screen): the text whose characters make the browser fetch their font
 * files. Runs in the page: `page.evaluate(readingTextInPage, { laidOutOnly: false })`. No inner named functions: it
 * is sent to the browser as source.
 */
export function readingTextInPage({ laidOutOnly, root }: { laidOutOnly: boolean, root?: string }): ReadingText {
  const regular = new Set<string>()
  const bold = new Set<string>()
  const view = document.querySelector(root ?? '[data-testid="reading-view"]')
  if (view) {
    const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement
      if (!el || !el.checkVisibility({ contentVisibilityAuto: laidOutOnly }))
        continue
      const into = Number(getComputedStyle(el).fontWeight) >= 600 ? bold : regular
      // Spaces too (the font draws them); not line breaks and tabs, which white-space turns into spaces.
      for (const char of node.textContent ?? '') {
        if (char >= ' ')
          into.add(char)
      }
    }
  }
  return { regular: [...regular].sort().join(''), bold: [...bold].sort().join('') }
}

/** Both texts' characters, each once, sorted. */
export function mergeReadingText(a: ReadingText, b: ReadingText): ReadingText {
  const merge = (x: string, y: string) => [...new Set([...x, ...y])].sort().join('')
  return { regular: merge(a.regular, b.regular), bold: merge(a.bold, b.bold) }
}

/**
 * Opens `url` (the reading view) and returns what its first screen lays out until it has settled (the network
 * idle): read in every animation frame, since slides that mount near the first screen show other text for a frame
 * or two before their printed step, and the browser fetches fonts for that too. These are the characters a reader
 * who has not scrolled yet fetches fonts for (scripts/fonts.ts puts them in the font's first part).
 */
export async function firstScreenReadingText(page: Page, url: string): Promise<ReadingText> {
  await page.addInitScript({ content: `(() => {
    const collect = ${readingTextInPage.toString()}
    const seen = window.__readingFirstScreen = { regular: '', bold: '' }
    const frame = () => {
      if (window.__readingFirstScreenDone)
        return
      const now = collect({ laidOutOnly: true })
      seen.regular += now.regular
      seen.bold += now.bold
      requestAnimationFrame(frame)
    }
    requestAnimationFrame(frame)
  })()` })
  await page.goto(url, { waitUntil: 'networkidle' })
  await page.locator('main.reading-article').waitFor()
  await page.evaluate(() => document.fonts.ready)
  const seen = await page.evaluate(() => {
    const w = window as unknown as { __readingFirstScreen: ReadingText, __readingFirstScreenDone: boolean }
    w.__readingFirstScreenDone = true
    return w.__readingFirstScreen
  })
  // Each frame appended its characters: merging sorts them and keeps each once.
  return mergeReadingText(seen, { regular: '', bold: '' })
}

/**
 * Everything the open reading view draws as a reader goes through it: each section scrolled to the top (the header
 * names the part it is in, and the section mounts its slide), and each chart in every state a reader can put it in:
 * every value of its sliders, from the keyboard, and after each of its buttons.
 */
export async function readingTextThroughout(page: Page): Promise<ReadingText> {
  let seen: ReadingText = { regular: '', bold: '' }
  const collect = async (root?: string) => {
    seen = mergeReadingText(seen, await page.evaluate(readingTextInPage, { laidOutOnly: false, root }))
  }
  await page.locator('[data-testid="reading-slide"].reading-last').waitFor({ state: 'attached' })
  const sections = page.getByTestId('reading-slide')
  for (let i = 0; i < await sections.count(); i++) {
    const section = sections.nth(i)
    await section.evaluate(el => el.scrollIntoView({ block: 'start' }))
    await section.locator('.reading-slide-body').waitFor()
    const root = `#${await section.getAttribute('id')}`
    await collect()
    const sliders = section.locator('.reading-slide-body [role="slider"]')
    for (let k = 0; k < await sliders.count(); k++) {
      const slider = sliders.nth(k)
      await slider.focus()
      await page.keyboard.press('Home')
      let last = await slider.getAttribute('aria-valuenow')
      for (let step = 0; step < 400; step++) {
        await collect(root)
        await page.keyboard.press('ArrowRight')
        const now = await slider.getAttribute('aria-valuenow')
        if (now === last)
          break
        last = now
      }
    }
    const buttons = section.locator('.reading-slide-body button')
    for (let k = 0; k < await buttons.count(); k++) {
      if (!await buttons.nth(k).isEnabled())
        continue
      await buttons.nth(k).click()
      await collect(root)
    }
  }
  return seen
}
