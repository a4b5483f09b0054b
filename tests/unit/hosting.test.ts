// @vitest-environment node
// Link previews in index.html, the offline precache list, and the one-reload rule for a stale chunk.
import { describe, expect, it, vi } from 'vitest'
import { precacheFiles, serviceWorkerSource } from '../../scripts/service-worker'
import { installPreloadErrorReload, RELOADED_FOR_KEY } from '../../setup/preload-error'
import { firstScreenChunks, linkPreviewTags, normalizeDeckUrl, readMeta, rewriteHead } from '../../vite/hosting'

const SLIDEV_HEAD = `<html><head>
<title>从推荐算法到大模型推理工程化</title>
<link rel="icon" href="favicon.svg">
<meta name="description" content="&quot;一位工程师的转行思考。\\n&quot;">
<meta name="author" content="&quot;一位推荐算法工程师&quot;">
<meta property="og:title" content="从推荐算法到大模型推理工程化">
<meta property="og:description" content="&quot;一位工程师的转行思考。\\n&quot;">
</head><body></body></html>`

describe('the link preview in index.html', () => {
  it('reads Slidev\'s JSON-quoted meta values as plain text', () => {
    expect(readMeta(SLIDEV_HEAD, 'description')).toBe('一位工程师的转行思考。')
    expect(readMeta(SLIDEV_HEAD, 'og:title')).toBe('从推荐算法到大模型推理工程化')
    expect(readMeta(SLIDEV_HEAD, 'og:missing')).toBe('')
  })

  it('with DECK_URL, has absolute og:url and og:image and a large-image card', () => {
    const html = rewriteHead(SLIDEV_HEAD, '/talk/', 'https://example.org/talk/')
    expect(html).toContain('<meta property="og:url" content="https://example.org/talk/">')
    expect(html).toContain('<meta property="og:image" content="https://example.org/talk/og-image.png">')
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">')
    expect(html).toContain('<meta property="og:description" content="一位工程师的转行思考。">')
    expect(html).toContain('<meta name="author" content="一位推荐算法工程师">')
    expect(html.match(/property="og:title"/g)).toHaveLength(1)
  })

  it('without DECK_URL, leaves out every address rather than writing a relative one', () => {
    const html = rewriteHead(SLIDEV_HEAD, '/', '')
    expect(html).not.toMatch(/og:url|og:image|twitter:card|twitter:image/)
    expect(html).toContain('<meta property="og:title" content="从推荐算法到大模型推理工程化">')
  })

  it('makes the favicon absolute under the base path and links the manifest', () => {
    const html = rewriteHead(SLIDEV_HEAD, '/talk/', '')
    expect(html).toContain('<link rel="icon" href="/talk/favicon.svg">')
    expect(html).toContain('<link rel="manifest" href="/talk/manifest.webmanifest">')
    expect(rewriteHead(html, '/talk/', '')).toContain('<link rel="icon" href="/talk/favicon.svg">')
  })

  it('escapes what it writes into attributes', () => {
    expect(linkPreviewTags({ title: 'A "quoted" <title>', description: '', url: '' }))
      .toContain('<meta property="og:title" content="A &quot;quoted&quot; &lt;title&gt;">')
  })

  it('takes DECK_URL as a base address ending with a slash', () => {
    expect(normalizeDeckUrl(undefined)).toBe('')
    expect(normalizeDeckUrl(' https://example.org/talk ')).toBe('https://example.org/talk/')
    expect(normalizeDeckUrl('https://example.org/talk/')).toBe('https://example.org/talk/')
  })
})

describe('the offline precache list', () => {
  const build = [
    'index.html',
    '404.html',
    '_headers',
    '_redirects',
    'favicon.svg',
    'manifest.webmanifest',
    'og-image.png',
    'sw.js',
    'talk.pdf',
    'assets/index-a1.js',
    'assets/index-b2.css',
    'assets/md-c3.js',
    'assets/slidev/presenter-d4.js',
    'assets/deck-sans-sc-400-1-aa.woff2',
    'assets/deck-sans-sc-700-2-bb.woff2',
    'assets/deck-sans-sc-700-3-cc.woff2',
    'assets/jetbrains-mono-latin-wght-normal-dd.woff2',
    'assets/jetbrains-mono-cyrillic-wght-normal-ee.woff2',
    'assets/logo-ff.png',
  ]

  it('holds the page, every script and stylesheet, every part of the font and nothing no view loads', () => {
    expect(precacheFiles(build)).toEqual([
      'assets/deck-sans-sc-400-1-aa.woff2',
      'assets/deck-sans-sc-700-2-bb.woff2',
      'assets/deck-sans-sc-700-3-cc.woff2',
      'assets/index-a1.js',
      'assets/index-b2.css',
      'assets/jetbrains-mono-latin-wght-normal-dd.woff2',
      'assets/md-c3.js',
      'assets/slidev/presenter-d4.js',
      'favicon.svg',
      'index.html',
      'manifest.webmanifest',
    ])
  })

  it('names its cache by version and answers routes with the base path\'s index.html', () => {
    const source = serviceWorkerSource({ files: ['index.html', 'assets/a.js'], version: 'v1', base: '/talk/' }) as string
    expect(source).toContain('const CACHE = \'deck-v1\'')
    expect(source).toContain('const PRECACHE = ["","assets/a.js"].map(file => BASE + file)')
    expect(source).toContain('const BASE = "/talk/"')
  })
})

describe('reloading once for a chunk a redeploy removed', () => {
  function setup(onLine = true) {
    const store = new Map<string, string>()
    const listeners: ((event: Event) => void)[] = []
    const reload = vi.fn()
    const entry = { src: '/assets/index-old.js' }
    installPreloadErrorReload({
      addEventListener: (_type: string, listener: (event: Event) => void) => listeners.push(listener),
      document: { querySelector: () => entry },
      location: { href: '/', reload },
      navigator: { onLine },
      sessionStorage: { getItem: (key: string) => store.get(key) ?? null, setItem: (key: string, value: string) => store.set(key, value) },
    } as never)
    const fire = () => {
      const event = new Event('vite:preloadError', { cancelable: true })
      listeners.forEach(listener => listener(event))
      return event
    }
    return { store, reload, fire, redeploy: (src: string) => (entry.src = src) }
  }

  it('reloads once per deploy and marks the event handled', () => {
    const deck = setup()
    const first = deck.fire()
    expect(deck.reload).toHaveBeenCalledTimes(1)
    expect(first.defaultPrevented).toBe(true)
    expect(deck.store.get(RELOADED_FOR_KEY)).toBe('/assets/index-old.js')
    // Reloaded into the same deploy, the chunk still missing: the error surfaces instead of a loop.
    const second = deck.fire()
    expect(deck.reload).toHaveBeenCalledTimes(1)
    expect(second.defaultPrevented).toBe(false)
    // A later deploy may reload again.
    deck.redeploy('/assets/index-new.js')
    deck.fire()
    expect(deck.reload).toHaveBeenCalledTimes(2)
  })

  it('does not reload offline, where a reload cannot help', () => {
    const deck = setup(false)
    deck.fire()
    expect(deck.reload).not.toHaveBeenCalled()
  })
})

describe('firstScreenChunks', () => {
  const chunk = (fileName: string, facadeModuleId: string | null, imports: string[] = []) => ({ type: 'chunk' as const, fileName, facadeModuleId, imports })
  const bundle = Object.fromEntries([
    chunk('assets/index.js', '/app/main.ts', ['assets/vue.js']),
    chunk('assets/vue.js', null),
    chunk('assets/slidev/md-1.js', '/@slidev/slides/1/md', ['assets/slidev/cover.js', 'assets/vue.js']),
    chunk('assets/slidev/cover.js', null),
    chunk('assets/md-2.js', '/@slidev/slides/2/md', ['assets/icons.js']),
    chunk('assets/icons.js', null),
    chunk('assets/md-12.js', '/@slidev/slides/12/md', ['assets/chart.js']),
    chunk('assets/chart.js', null),
    chunk('assets/ReadingView.js', '/deck/components/reading/ReadingView.vue', ['assets/sections.js']),
    chunk('assets/sections.js', null),
  ].map(c => [c.fileName, c]))
  const html = '<script type="module" src="/assets/index.js"></script><link rel="modulepreload" href="/assets/vue.js">'

  it('names slides 1 and 2 and the reading view with what they import, not other slides nor what the page has', () => {
    expect(firstScreenChunks(bundle, html)).toEqual([
      'assets/ReadingView.js',
      'assets/icons.js',
      'assets/md-2.js',
      'assets/sections.js',
      'assets/slidev/cover.js',
      'assets/slidev/md-1.js',
    ])
  })
})
