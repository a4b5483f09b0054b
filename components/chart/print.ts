/**
 * How a slide is shown when it is not presented click by click: printed (one page per slide or per click), or once,
 * settled, in the phone's reading view. Widgets show their printed step there (useWidgetStep); the closing slide's
 * links take the deck's public address in a PDF (PdfDownloadLink).
 */
import type { ComputedRef, InjectionKey } from 'vue'
// With the extension, as Slidev's own generated code writes it: Slidev aliases @slidev/client/* to the package's
// folder, bypassing its exports map, so the bare subpath fails to load in `slidev build`.
import { injectionSlidevContext } from '@slidev/client/constants.ts'
import { computed, inject, provide, toValue } from 'vue'

/**
 * How the slide is being printed: 'slides' one page per slide (the PDF without clicks), 'clicks' one page per
 * click, null on screen. The app's injected nav says so; under `slidev export` (52.20.1) its print page leaves
 * `isPrintMode` unset (measured: undefined), so the page's query decides then, as Slidev itself reads it: `?print`
 * (or `?print=true`) one page per slide, `?print=clicks` one page per click.
 */
export function usePrintKind(): ComputedRef<'slides' | 'clicks' | null> {
  const slidev = inject(injectionSlidevContext, null)
  return computed(() => {
    const nav = slidev?.nav
    const printMode = nav ? toValue(nav.isPrintMode) : undefined
    if (printMode !== undefined)
      return printMode ? (toValue(nav!.isPrintWithClicks) ? 'clicks' : 'slides') : null
    if (!slidev)
      return null
    const print = typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('print')
    return print === null ? null : print === 'clicks' ? 'clicks' : 'slides'
  })
}

const READING_VIEW: InjectionKey<boolean> = Symbol('reading-view')

/** Every slide under the calling component is in the phone's reading view: shown once, settled, as one page. */
export function provideReadingView(): void {
  provide(READING_VIEW, true)
}

/** Whether the slide is in the reading view: a widget whose HTML around its chart reflows there reads it. */
export function useReadingView(): boolean {
  return inject(READING_VIEW, false)
}

/**
 * Whether the slide is shown as one page, not click by click: printed one page per slide (the PDF without clicks),
 * or in the reading view. A widget then shows the step that carries the slide's point (useWidgetStep's `printed`).
 */
export function useOnePage(): ComputedRef<boolean> {
  const kind = usePrintKind()
  const reading = useReadingView()
  return computed(() => reading || kind.value === 'slides')
}
