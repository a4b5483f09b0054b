// Bookmarks and document properties for the exported PDFs, written with pdf-lib after Chromium has printed them.
// Slidev's own `--with-toc` lists every slide title flat (all are level-1 headings here) and leaves the Creator
// to the browser; readers need the talk's parts, so the outline here is parts → slide titles (lib/sections.ts).
import type { PDFObject, PDFPage } from 'pdf-lib'
import type { Deck } from './deck-source'
import { readFileSync, writeFileSync } from 'node:fs'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef } from 'pdf-lib'
import { outlineOf } from '../lib/sections'

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  name: string
  dependencies: Record<string, string>
}

export interface PdfProperties {
  title: string
  author: string
  subject: string
  keywords: string[]
  language: string
  creator: string
  producer: string
}

/** The document properties every PDF of the talk carries; `kind` names the edition, e.g. "讲稿版". */
export function pdfProperties(headmatter: Record<string, unknown>, kind = ''): PdfProperties {
  const title = String(headmatter.title)
  const keywords = String(headmatter.keywords ?? '').split(/[,，]/).map(k => k.trim()).filter(Boolean)
  const htmlAttrs = headmatter.htmlAttrs as { lang?: string } | undefined
  return {
    title: kind ? `${title}（${kind}）` : title,
    author: String(headmatter.author ?? ''),
    subject: String(headmatter.info ?? '').replace(/\s+/g, ' ').trim(),
    keywords,
    language: htmlAttrs?.lang ?? 'zh-CN',
    creator: `${title}: Slidev deck (${packageJson.name}), scripts/export.ts`,
    producer: `Slidev ${packageJson.dependencies['@slidev/cli']}, Chromium, pdf-lib ${packageJson.dependencies['pdf-lib']}`,
  }
}

export interface OutlineEntry {
  title: string
  /** 0-based page index. */
  page: number
  children: OutlineEntry[]
}

/**
 * Outline entries: one per part, pointing at its first page, with the part's slides as children.
 * `pageOf(slideNo)` maps a slide to its 0-based page index in this PDF.
 */
export function outlineEntries(deck: Deck, pageOf: (no: number) => number): OutlineEntry[] {
  return outlineOf(deck.slides).map(part => ({
    title: part.title,
    page: pageOf(part.no),
    children: part.slides.map(slide => ({ title: slide.title, page: pageOf(slide.no), children: [] })),
  }))
}

/** Writes /Outlines into the catalog; parts are open, so a viewer shows every slide title at once. */
export function setOutline(doc: PDFDocument, entries: OutlineEntry[]): void {
  const context = doc.context
  const pages: PDFPage[] = doc.getPages()
  function build(items: OutlineEntry[], parentRef: PDFRef): { first: PDFRef, last: PDFRef, visible: number } {
    const refs = items.map(() => context.nextRef())
    let visible = 0
    items.forEach((item, index) => {
      const page = pages[item.page]
      if (!page)
        throw new Error(`Outline entry "${item.title}" points at page ${item.page + 1}; the PDF has ${pages.length}.`)
      const dict = context.obj({})
      dict.set(PDFName.of('Title'), PDFHexString.fromText(item.title))
      dict.set(PDFName.of('Parent'), parentRef)
      dict.set(PDFName.of('Dest'), context.obj([page.ref, PDFName.of('Fit')]))
      if (index > 0)
        dict.set(PDFName.of('Prev'), refs[index - 1]!)
      if (index < refs.length - 1)
        dict.set(PDFName.of('Next'), refs[index + 1]!)
      visible += 1
      if (item.children.length > 0) {
        const kids = build(item.children, refs[index]!)
        dict.set(PDFName.of('First'), kids.first)
        dict.set(PDFName.of('Last'), kids.last)
        dict.set(PDFName.of('Count'), context.obj(kids.visible))
        visible += kids.visible
      }
      context.assign(refs[index]!, dict)
    })
    return { first: refs[0]!, last: refs.at(-1)!, visible }
  }
  const rootRef = context.nextRef()
  const top = build(entries, rootRef)
  context.assign(rootRef, context.obj({ Type: 'Outlines', First: top.first, Last: top.last, Count: top.visible }))
  doc.catalog.set(PDFName.of('Outlines'), rootRef)
  // Open with the bookmarks panel showing.
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}

export function setProperties(doc: PDFDocument, properties: PdfProperties): void {
  doc.setTitle(properties.title, { showInWindowTitleBar: true })
  doc.setAuthor(properties.author)
  doc.setSubject(properties.subject)
  doc.setKeywords(properties.keywords)
  doc.setLanguage(properties.language)
  doc.setCreator(properties.creator)
  doc.setProducer(properties.producer)
  doc.setModificationDate(new Date())
}

/**
 * The pages (0-based) Slidev's `--with-toc` outline points at, in order: one per titled slide, at the slide's
 * last page (its last click step in the click-by-click PDF; measured with Slidev 52.20.1). Slidev knows how many
 * click steps each slide printed, which the widgets register at run time.
 */
export function slidevOutlinePages(doc: PDFDocument): number[] {
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  const pageRefs = doc.getPages().map(page => page.ref)
  const pages: number[] = []
  function walk(ref: PDFObject | undefined) {
    while (ref instanceof PDFRef) {
      const item = doc.context.lookup(ref, PDFDict)
      pages.push(pageRefs.indexOf(item.lookup(PDFName.of('Dest'), PDFArray).get(0) as PDFRef))
      walk(item.get(PDFName.of('First')))
      ref = item.get(PDFName.of('Next'))
    }
  }
  walk(root?.get(PDFName.of('First')))
  return pages
}

/** Each slide's first page (0-based) from Slidev's outline: the page after the previous slide's last. */
function slideStartsOf(file: string, pdf: PDFDocument, deck: Deck): Map<number, number> {
  const lastPages = slidevOutlinePages(pdf)
  const ordered = lastPages.every((page, i) => page >= 0 && (i === 0 || page > lastPages[i - 1]!))
  if (lastPages.length !== deck.slides.length || !ordered || lastPages.at(-1) !== pdf.getPageCount() - 1) {
    throw new Error(`${file}: Slidev's outline points at pages ${lastPages.map(p => p + 1).join(', ')} for `
      + `${deck.slides.length} slides on ${pdf.getPageCount()} pages: export it with --with-toc from this deck, `
      + 'every slide with a title.')
  }
  return new Map(deck.slides.map((slide, i) => [slide.no, i === 0 ? 0 : lastPages[i - 1]! + 1]))
}

/**
 * Adds the outline and properties to an exported PDF in place. `pageOfSlide(no)` gives a slide's first page
 * (0-based); by default it is read from the outline Slidev's `--with-toc` wrote, which this replaces.
 */
export async function finishPdf(file: string, options: {
  deck: Deck
  kind?: string
  pageOfSlide?: (no: number) => number
  doc?: PDFDocument
}): Promise<void> {
  const { deck, kind = '' } = options
  const pdf = options.doc ?? await PDFDocument.load(readFileSync(file), { updateMetadata: false })
  let pageOf = options.pageOfSlide
  if (!pageOf) {
    const starts = slideStartsOf(file, pdf, deck)
    pageOf = no => starts.get(no)!
  }
  setOutline(pdf, outlineEntries(deck, pageOf))
  setProperties(pdf, pdfProperties(deck.headmatter, kind))
  writeFileSync(file, await pdf.save())
}
