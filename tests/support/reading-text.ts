import type { Page } from 'playwright-core'

/** The characters the reading view draws, by the face that draws them. */
export interface ReadingText {
  /** Drawn at a weight under 600: the reading font's regular face (CSS matches 300 to 500 to it). */
  regular: string
  /** Drawn at 600 or more: its bold face (CSS matches 600 to 900 to it). */
  bold: string
}

/**
 * The characters the reading view draws, split by weight (each sorted, without duplicates and controls). With
 * `laidOutOnly`, only text the browser lays out now, not what content-visibility skips (sections off screen): the
 * text whose characters make the browser fetch their font files. Runs in the page:
 * `page.evaluate(readingTextInPage, false)`. No inner named functions: it is sent to the browser as source.
 */
export function readingTextInPage(laidOutOnly: boolean): ReadingText {
  const regular = new Set<string>()
  const bold = new Set<string>()
  const view = document.querySelector('[data-testid="reading-view"]')
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

/**
 * Opens `url` (the reading view) and returns what its first screen lays out until it has settled (the network
 * idle): read in every animation frame, since slides that mount near the first screen show other text for a frame
 * or two before their printed step, and the browser fetches fonts for that too. These are the characters a reader
 * who has not scrolled yet fetches fonts for (build/reading-font.ts puts them in the font's first part).
 */
export async function firstScreenReadingText(page: Page, url: string): Promise<ReadingText> {
  await page.addInitScript({ content: `(() => {
    const collect = ${readingTextInPage.toString()}
    const seen = window.__readingFirstScreen = { regular: '', bold: '' }
    const frame = () => {
      if (window.__readingFirstScreenDone)
        return
      const now = collect(true)
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
  const unique = (text: string) => [...new Set(text)].sort().join('')
  return { regular: unique(seen.regular), bold: unique(seen.bold) }
}
