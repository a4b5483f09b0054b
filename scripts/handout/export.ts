// The handout (讲稿版): a title page, then A4 pages, each with one slide at its printed state, its part and its script.
// Chromium prints the pages' text (real, selectable text, justified by the browser) around an empty frame per slide;
// pdf-lib then draws the slide's own page of talk.pdf into that frame, so the slide stays vector with its text too.
// The text is set in static Noto Sans SC faces: Chromium embeds a static font once, as a subset (a variable one it
// embeds as Type 3 glyphs page by page). A script that does not fit its page is set smaller, down to 9 pt, never split.
import type { Deck } from '../deck-source'
import { readFileSync } from 'node:fs'
import process from 'node:process'
import { PDFDocument } from 'pdf-lib'
import { chromium } from 'playwright-core'
import { FONT_FILES } from '../../vite/deck-font'
import { QUIET_CHROMIUM_ARGS } from '../browser'
import { finishPdf } from '../pdf-meta'
import { FRAME, handoutHtml } from './html'

const ORIGIN = 'http://handout.localhost'
const FACES: Record<string, string> = { '/400.ttf': FONT_FILES[400], '/700.ttf': FONT_FILES[700] }
const SCRIPT_SIZES = [11, 10.5, 10, 9.5, 9] // pt, largest first
const mm = (value: number): number => (value * 72) / 25.4

/** Prints the pages around empty frames, served from memory and node_modules: nothing from the network. */
async function printPages(html: string, browserPath: string): Promise<Uint8Array> {
  const browser = await chromium.launch({ executablePath: browserPath, args: QUIET_CHROMIUM_ARGS })
  try {
    const page = await browser.newPage()
    await page.route(`${ORIGIN}/**`, async (route) => {
      const face = FACES[new URL(route.request().url()).pathname]
      return route.fulfill(face ? { path: face } : { contentType: 'text/html', body: html })
    })
    await page.emulateMedia({ media: 'print' }) // measure the scripts as they will print
    await page.goto(`${ORIGIN}/`, { waitUntil: 'networkidle' })
    const tooLong = await page.evaluate(async (sizes) => {
      await document.fonts.ready
      return [...document.querySelectorAll<HTMLElement>('.script')].filter(script => !sizes.some((size) => {
        script.style.fontSize = `${size}pt`
        return script.scrollHeight <= script.clientHeight
      })).map(script => script.closest<HTMLElement>('[data-slide]')!.dataset.slide)
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
  const frame = { x: mm(FRAME.left), width: mm(FRAME.width), height: mm(FRAME.width * height / width) }
  for (const [index, slide] of (await doc.embedPdf(slideBytes, slides.getPageIndices())).entries()) {
    const page = doc.getPage(index + 1) // page 0 is the title page
    page.drawPage(slide, { ...frame, y: page.getHeight() - mm(FRAME.top) - frame.height })
  }
  await finishPdf(output, deck, { edition: '讲稿版', pages: () => 1, offset: 1, doc })
}
