/**
 * Vite plugin (build only): the hosted deck's index.html head.
 *
 * - Link previews. Slidev JSON-quotes the headmatter's `info` (with its trailing newline) into og:description and
 *   the description: this writes them cleanly, and, when DECK_URL gives the deck's public address, the absolute
 *   og:url and og:image (og-image.png, rendered by scripts/build.ts) that Open Graph needs.
 * - A link to the web app manifest (written by scripts/build.ts).
 * - The favicon absolute under the base path: Slidev's relative one is a 404 on a deep link such as /presenter/3.
 * - Module preloads for the first screen (slides 1 and 2, the phone's reading view): lazy chunks the app asks for
 *   only once its own script has run; named in the head, they download alongside it.
 */
import type { Plugin } from 'vite'
import { decodeHTML, escapeUTF8 } from 'entities'

export const OG_IMAGE_FILE = 'og-image.png'
/** Written by scripts/build.ts (scripts/hosting.ts) next to index.html. */
export const MANIFEST_FILE = 'manifest.webmanifest'
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const

/** A meta tag's content as Slidev wrote it, with its JSON quoting and trailing newline undone. */
export function readMeta(html: string, key: string): string {
  const raw = decodeHTML(html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`))?.[1] ?? '')
  try {
    return (raw.startsWith('"') ? JSON.parse(raw) as string : raw).trim()
  }
  catch {
    return raw.trim()
  }
}

/**
 * DECK_URL as a base address ending in "/", or "" when unset. What is wrong with a bad one is said by scripts/build.ts,
 * which refuses it, and by vite.config.ts (lib/deck-url.ts).
 */
export function normalizeDeckUrl(value = ''): string {
  const url = value.trim()
  return !url || url.endsWith('/') ? url : `${url}/`
}

/** The link-preview tags for the head; `url` is the deck's public address (DECK_URL) ending in "/", or empty. */
export function linkPreviewTags({ title, description, url }: { title: string, description: string, url: string }): string[] {
  const tags: [string, string, string][] = [
    ['property', 'og:type', 'website'],
    ['property', 'og:title', title],
    ['property', 'og:description', description],
    ['name', 'twitter:title', title],
    ['name', 'twitter:description', description],
  ]
  if (url) {
    const image = new URL(OG_IMAGE_FILE, url).href
    tags.push(
      ['property', 'og:url', url],
      ['property', 'og:image', image],
      ['property', 'og:image:type', 'image/png'],
      ['property', 'og:image:width', String(OG_IMAGE_SIZE.width)],
      ['property', 'og:image:height', String(OG_IMAGE_SIZE.height)],
      ['property', 'og:image:alt', title],
      ['name', 'twitter:card', 'summary_large_image'],
      ['name', 'twitter:image', image],
    )
  }
  return tags.filter(([, , content]) => content).map(([attr, key, content]) => `<meta ${attr}="${key}" content="${escapeUTF8(content)}">`)
}

/**
 * index.html with clean link-preview tags (Slidev's own og:/twitter: tags replaced), description, author and keywords
 * without the JSON quote marks Slidev writes, and an absolute favicon.
 */
export function rewriteHead(html: string, base: string, deckUrl: string): string {
  const title = readMeta(html, 'og:title') || (html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '')
  const description = readMeta(html, 'og:description') || readMeta(html, 'description')
  const withoutSlidevTags = html
    .replace(/<meta (?:property|name)="(?:og|twitter):[^"]+" content="[^"]*">\n?/g, '')
    .replace(/<meta name="description" content="[^"]*">/, `<meta name="description" content="${escapeUTF8(description)}">`)
    .replace(/<meta name="author" content="[^"]*">/, `<meta name="author" content="${escapeUTF8(readMeta(html, 'author'))}">`)
    .replace(/<meta name="keywords" content="[^"]*">/, `<meta name="keywords" content="${escapeUTF8(readMeta(html, 'keywords'))}">`)
    .replace(/<link rel="icon" href="(?![a-z]+:|\/)([^"]+)">/, (_match, href: string) => `<link rel="icon" href="${base}${href}">`)
  const tags = [
    ...linkPreviewTags({ title, description, url: deckUrl }),
    `<link rel="manifest" href="${base}${MANIFEST_FILE}">`,
  ].join('\n')
  return withoutSlidevTags.replace('</head>', `${tags}\n</head>`)
}

/** A chunk of the bundle, as far as the first-screen preloads read it. */
interface BundleChunk { type: 'chunk' | 'asset', fileName: string, facadeModuleId?: string | null, imports?: string[] }

/** What the first screen loads lazily: slides 1 and 2 (Slidev's ids /@slidev/slides/N/md) and the reading view. */
const FIRST_SCREEN = [/^\/@slidev\/slides\/[12]\/md$/, /\/components\/reading\/ReadingView\.vue$/]

/** The first screen's lazy chunks and the chunks they import, in a stable order, minus those the page already has. */
export function firstScreenChunks(bundle: Record<string, BundleChunk>, html: string): string[] {
  const byName = new Map(Object.values(bundle).filter(c => c.type === 'chunk').map(c => [c.fileName, c]))
  const wanted = new Set<string>()
  const add = (file: string) => {
    if (wanted.has(file) || html.includes(file))
      return
    wanted.add(file)
    for (const imported of byName.get(file)?.imports ?? [])
      add(imported)
  }
  for (const chunk of byName.values()) {
    if (chunk.facadeModuleId && FIRST_SCREEN.some(re => re.test(chunk.facadeModuleId!)))
      add(chunk.fileName)
  }
  return [...wanted].sort()
}

export default function hosting(deckUrl: string): Plugin {
  let base = '/'
  return {
    name: 'deck-hosting',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        const preloads = ctx.bundle ? firstScreenChunks(ctx.bundle as Record<string, BundleChunk>, html) : []
        const links = preloads.map(file => `<link rel="modulepreload" crossorigin href="${base}${file}">`).join('\n')
        return rewriteHead(html, base, deckUrl).replace('</head>', links ? `${links}\n</head>` : '</head>')
      },
    },
  }
}
