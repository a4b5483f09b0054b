/** Which part of the talk a slide belongs to, for the footer: the title of the nearest section slide before it. */
export interface SlideSummary {
  /** 1-based slide number. */
  no: number
  layout?: string
  title?: string
}

export function sectionOf(slideNo: number, slides: readonly SlideSummary[]): string | null {
  let section: string | null = null
  for (const slide of slides) {
    if (slide.no > slideNo)
      break
    if (slide.layout === 'section' && slide.title)
      section = slide.title
  }
  return section
}

/** Layouts that fill the slide with their own design and get no footer. */
export const FOOTERLESS_LAYOUTS = new Set(['cover', 'section', 'end', 'fact', 'statement'])

export function showsFooter(layout: string | undefined): boolean {
  return !FOOTERLESS_LAYOUTS.has(layout ?? 'default')
}
