// The handout (讲稿版): A4 pages, each with one slide at its printed state, its part and its script below.
// Chromium prints the pages' text (real, selectable text, justified by the browser) around an empty frame per slide;
// pdf-lib then draws the slide's own page of talk.pdf into that frame, so the slide stays vector with its text too.
// The text is set in static Noto Sans SC faces: Chromium embeds a static font once, as a subset (a variable one it
// embeds as Type 3 glyphs page by page, 55 KB of script a page). One page per slide: a script that does not fit is
// set smaller, down to 9 pt, never split.
import type { Deck } from '../deck-source'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import process from 'node:process'
import { PDFDocument } from 'pdf-lib'
import { chromium } from 'playwright-core'
import { QUIET_CHROMIUM_ARGS } from '../browser'
import { finishPdf } from '../pdf-meta'
import { FRAME, handoutHtml } from './html'

const ORIGIN = 'http://handout.localhost'
const FONT_FILES: Record<string, string> = {
  '/font/400.ttf': '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  '/font/700.ttf': '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
}
const require = createRequire(import.meta.url)
const mm = (value: number): number => (value * 72) / 25.4
/** Script sizes to try, in pt, largest first. */
const SCRIPT_SIZES = [11, 10.5, 10, 9.5, 9]

/** Prints the pages around empty frames, from memory and node_modules: no server, nothing from the network. */
async function printPages(html: string, browserPath: string): Promise<Uint8Array> {
  const browser = await chromium.launch({ executablePath: browserPath, args: QUIET_CHROMIUM_ARGS })
  try {
    const page = await browser.newPage()
    await page.route(`${ORIGIN}/**`, async (route) => {
      const font = FONT_FILES[new URL(route.request().url()).pathname]
      return font ? route.fulfill({ path: require.resolve(font) }) : route.fulfill({ contentType: 'text/html; charset=utf-8', body: html })
    })
    await page.emulateMedia({ media: 'print', colorScheme: 'light' })
    await page.goto(`${ORIGIN}/`, { waitUntil: 'networkidle' })
    const tooLong = await page.evaluate(async (sizes) => {
      await document.fonts.ready
      return [...document.querySelectorAll<HTMLElement>('.script')].filter((script) => {
        for (const size of sizes) {
          script.style.setProperty('--script-size', `${size}pt`)
          if (script.scrollHeight <= script.clientHeight)
            return false
        }
        return true
      }).map(script => script.closest<HTMLElement>('[data-slide]')!.dataset.slide)
    }, SCRIPT_SIZES)
    if (tooLong.length > 0)
      throw new Error(`The script of slide ${tooLong.join(', ')} does not fit one handout page even at ${SCRIPT_SIZES.at(-1)} pt: shorten it.`)
    return await page.pdf({ preferCSSPageSize: true, printBackground: true })
  }
  finally {
    await browser.close()
  }
}

/** Writes the handout to `output` from the slides' PDF (talk.pdf, a page per slide). */
export async function exportHandout(deck: Deck, slidesPdf: string, output: string, browserPath: string): Promise<void> {
  const slideBytes = readFileSync(slidesPdf)
  const slides = await PDFDocument.load(slideBytes)
  if (slides.getPageCount() !== deck.slides.length)
    throw new Error(`${slidesPdf} has ${slides.getPageCount()} pages for ${deck.slides.length} slides: export it again (npm run export -- --only pdf).`)
  const { width, height } = slides.getPage(0).getSize()
  const html = handoutHtml({ deck, slideAspect: height / width, deckUrl: (process.env.DECK_URL ?? '').trim() })
  const doc = await PDFDocument.load(await printPages(html, browserPath), { updateMetadata: false })
  if (doc.getPageCount() !== deck.slides.length + 1)
    throw new Error(`The handout printed ${doc.getPageCount()} pages, expected a title page and ${deck.slides.length} slide pages.`)
  const embedded = await doc.embedPdf(slideBytes, slides.getPageIndices())
  embedded.forEach((slide, index) => {
    const page = doc.getPage(index + 1) // page 0 is the title page
    const frame = { width: mm(FRAME.width), height: mm(FRAME.width * height / width) }
    page.drawPage(slide, { x: mm(FRAME.left), y: page.getHeight() - mm(FRAME.top) - frame.height, ...frame })
  })
  await finishPdf(output, deck, { edition: '讲稿版', pageOf: no => no, doc })
}
