/**
 * The parts of the talk, for the footer and for the PDFs' outlines (scripts/pdf-meta.ts): one source of truth.
 * A part starts at a section slide (its title names the part) or at a slide whose frontmatter says
 * `section: 名字` (a part without a slide of its own, such as the closing). Slides before the first part are
 * the opening.
 */
export interface SlideSummary {
  /** 1-based slide number. */
  no: number
  layout?: string
  title?: string
  /** Frontmatter `section:`: this slide starts a part with that name. */
  section?: string
}

/** A slide as Slidev's client routes describe it: the fields a summary reads. */
export interface SlideRouteFields {
  no: number
  meta: { slide: { title?: string, frontmatter: Record<string, unknown> } }
}

/** The summary of a Slidev route, as the footer and the reading view hand it to sectionOf. */
export function summaryOfRoute(route: SlideRouteFields): SlideSummary {
  const { frontmatter, title } = route.meta.slide
  return {
    no: route.no,
    layout: frontmatter.layout as string | undefined,
    title,
    section: frontmatter.section as string | undefined,
  }
}

/** The label of the slides before the first part. */
export const OPENING_SECTION = '开场'

/** The name of the part this slide starts, if it starts one. */
function startsSection(slide: SlideSummary): string | null {
  const named = slide.section?.trim()
  if (named)
    return named
  if (slide.layout === 'section' && slide.title)
    return slide.title
  return null
}

export function sectionOf(slideNo: number, slides: readonly SlideSummary[]): string {
  let section = OPENING_SECTION
  for (const slide of slides) {
    if (slide.no > slideNo)
      break
    section = startsSection(slide) ?? section
  }
  return section
}

export interface OutlineSection {
  title: string
  /** The slide the part starts at. */
  no: number
  /** The part's slides with a title, in order; a section slide is the part itself, not one of its entries. */
  slides: { no: number, title: string }[]
}

/** The talk's parts in order, each with its slides: the PDFs' bookmarks. */
export function outlineOf(slides: readonly SlideSummary[]): OutlineSection[] {
  const parts: OutlineSection[] = []
  for (const slide of slides) {
    const started = startsSection(slide)
    if (started || parts.length === 0)
      parts.push({ title: started ?? OPENING_SECTION, no: slide.no, slides: [] })
    const isSectionSlide = slide.layout === 'section' && !slide.section?.trim()
    if (slide.title && !isSectionSlide)
      parts.at(-1)!.slides.push({ no: slide.no, title: slide.title })
  }
  return parts
}

/** Layouts that fill the slide with their own design and get no footer. */
export const FOOTERLESS_LAYOUTS = new Set(['cover', 'section', 'end', 'fact', 'statement'])

export function showsFooter(layout: string | undefined): boolean {
  return !FOOTERLESS_LAYOUTS.has(layout ?? 'default')
}
