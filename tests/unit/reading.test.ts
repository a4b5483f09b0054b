import { describe, expect, it } from 'vitest'
import { READING_CLASS, readingRedirect, readingTarget } from '../../lib/reading/landing'
import { plainText, scriptProse } from '../../lib/reading/script'

describe('readingRedirect', () => {
  const phone = { no: '11', initial: true, narrowPortrait: true, prefersSlides: false }
  it('sends a phone opening a slide link to that slide in the reading view', () => {
    expect(readingRedirect(phone)).toBe('/read/11')
  })
  it('sends the deck\'s root and slide 1 to the top of the reading view', () => {
    expect(readingRedirect({ ...phone, no: '1' })).toBe('/read')
    expect(readingRedirect({ ...phone, no: '' })).toBe('/read')
  })
  it('keeps a slide\'s alias (/market → /read/market)', () => {
    expect(readingRedirect({ ...phone, no: 'market' })).toBe('/read/market')
  })
  it('leaves desktops, later navigations and readers who chose the slides alone', () => {
    expect(readingRedirect({ ...phone, narrowPortrait: false })).toBeNull()
    expect(readingRedirect({ ...phone, initial: false })).toBeNull()
    expect(readingRedirect({ ...phone, prefersSlides: true })).toBeNull()
  })
})

describe('readingTarget', () => {
  const deck = Array.from({ length: 25 }, (_, i) => ({ no: i + 1, alias: i === 14 ? 'market' : undefined }))
  it('reads /read/N, clamped to the deck', () => {
    expect(readingTarget('11', deck)).toBe(11)
    expect(readingTarget(['7'], deck)).toBe(7)
    expect(readingTarget('99', deck)).toBe(25)
    expect(readingTarget(undefined, deck)).toBe(1)
    expect(readingTarget('0', deck)).toBe(1)
    expect(readingTarget('2.5', deck)).toBe(1)
    expect(readingTarget('x', deck)).toBe(1)
  })
  it('reads a slide\'s alias', () => {
    expect(readingTarget('market', deck)).toBe(15)
  })
})

describe('scriptProse', () => {
  it('drops click cues: （点击）, [click] markers and the marks Slidev makes of them', () => {
    const html = '<p>第一步（点击），先看曲线。</p>\n<p><span class="slidev-note-click-mark" data-clicks="1"></span>然后[click:2]看深水区。</p>'
    expect(scriptProse(html)).toBe('<p>第一步，先看曲线。</p>\n<p>然后看深水区。</p>')
    expect(plainText(scriptProse(html))).toBe('第一步，先看曲线。 然后看深水区。')
  })
  it('keeps other bracketed text and handles no notes', () => {
    expect(scriptProse('<p>猎聘（2023 上半年）</p>')).toBe('<p>猎聘（2023 上半年）</p>')
    expect(scriptProse(undefined)).toBe('')
    expect(scriptProse('<p>（点击）</p>')).toBe('')
  })
})

describe('the reading class on <html>', () => {
  /** The deck's routes, whose reading view's chunk never arrives (the navigation into it can only be overtaken) or fails. */
  async function deckRouter(chunk: 'never' | 'fails' = 'never') {
    const { createMemoryHistory, createRouter } = await import('vue-router')
    const { clearReadingClassOutside, withReadingView } = await import('../../components/reading/routes')
    const routes = withReadingView([{ name: 'play', path: '/:no', component: {} }])
    routes.find(route => route.name === 'read')!.component = chunk === 'never'
      ? () => new Promise(() => {})
      : () => Promise.reject(new Error('Failed to fetch dynamically imported module'))
    const router = createRouter({ history: createMemoryHistory(), routes })
    clearReadingClassOutside(router)
    await router.push('/2')
    return router
  }

  it('is set as soon as a navigation enters the reading view, before its chunk has loaded', async () => {
    const router = await deckRouter()
    void router.push('/read')
    await expect.poll(() => document.documentElement.classList.contains(READING_CLASS)).toBe(true)
  })

  it('goes when that navigation is overtaken and the slides show instead', async () => {
    const router = await deckRouter()
    void router.push('/read')
    await expect.poll(() => document.documentElement.classList.contains(READING_CLASS)).toBe(true)
    await router.push('/3')
    expect(router.currentRoute.value.params.no).toBe('3')
    expect(document.documentElement.classList.contains(READING_CLASS)).toBe(false)
  })

  it('goes when that navigation fails (its chunk did not load) and the slides stay', async () => {
    const router = await deckRouter('fails')
    await expect(router.push('/read')).rejects.toThrow('dynamically imported module')
    expect(router.currentRoute.value.params.no).toBe('2')
    expect(document.documentElement.classList.contains(READING_CLASS)).toBe(false)
  })

  it('stays, never dropped for a moment, while a navigation into the view overtakes another one into it', async () => {
    const router = await deckRouter()
    const html = document.documentElement
    const seen: boolean[] = []
    const watch = new MutationObserver(() => seen.push(html.classList.contains(READING_CLASS)))
    watch.observe(html, { attributes: true, attributeFilter: ['class'] })
    void router.push('/read')
    void router.push('/read/5')
    await expect.poll(() => html.classList.contains(READING_CLASS)).toBe(true)
    await new Promise(resolve => setTimeout(resolve, 10))
    watch.disconnect()
    // Each mutation record is read after the fact, so a removal shows as a record whose class list lacks it.
    expect(seen.filter(has => !has)).toEqual([])
    expect(html.classList.contains(READING_CLASS)).toBe(true)
  })
})
