/**
 * Phones land in the reading view: on a narrow portrait screen, opening the deck (root or a slide link /N) shows
 * the reading view at that slide. Only the first navigation of a visit is redirected, so a reader who follows the
 * reading view's link to the slides stays there, and never when they chose the slides in this tab before.
 */
export const NARROW_PORTRAIT = '(max-width: 600px) and (orientation: portrait)'
/** sessionStorage key set when the reader asks for the slides. */
export const PREFER_SLIDES_KEY = 'deck-prefer-slides'
/**
 * Class on <html> from the moment a navigation enters the reading view until it is left: the article scrolls the
 * document (reading.css), and the full font split, which only the slides can need, waits (build/vite-plugin-deck-font.ts).
 */
export const READING_CLASS = 'deck-reading'

export interface Landing {
  /** The slide asked for (route param of /N), if any. */
  no: string | undefined
  /** First navigation of the page load. */
  initial: boolean
  narrowPortrait: boolean
  prefersSlides: boolean
}

/** The reading view's path for this landing, or null to show the slides as asked. */
export function readingRedirect(landing: Landing): string | null {
  if (!landing.initial || !landing.narrowPortrait || landing.prefersSlides)
    return null
  const no = landing.no?.trim()
  return no && no !== '1' ? `/read/${encodeURIComponent(no)}` : '/read'
}

/**
 * The slide number a reading-view path asks for (/read → 1): a number, clamped to the deck, or a slide's
 * `routeAlias` (/read/market), as the slides' own links name them.
 */
export function readingTarget(param: unknown, slides: readonly { no: number, alias?: unknown }[]): number {
  const asked = String(Array.isArray(param) ? param[0] : param ?? '')
  const aliased = slides.find(slide => slide.alias !== undefined && String(slide.alias) === asked)
  if (aliased)
    return aliased.no
  const no = Number(asked)
  if (!asked || !Number.isInteger(no) || no < 1)
    return 1
  return Math.min(no, slides.length)
}
