import type { Plugin } from 'vite'

export const OG_IMAGE_FILE = 'og-image.png'
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const
/** Written by scripts/build.ts next to index.html. */
export const MANIFEST_FILE = 'manifest.webmanifest'

/** DECK_URL as an address ending in "/", or "" when unset; throws on one that is not an absolute http(s) URL. */
export function normalizeDeckUrl(value = ''): string {
  if (!value.trim())
    return ''
  const url = URL.canParse(value.trim()) ? new URL(value.trim()) : null
  if (!url || !/^https?:$/.test(url.protocol))
    throw new Error(`DECK_URL must be the deck's absolute http(s) address, such as https://example.org/talk/ (got "${value}")`)
  return url.href.endsWith('/') ? url.href : `${url.href}/`
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/**
 * The built index.html's head, after Slidev wrote it from the headmatter (title, info, author, keywords, seoMeta):
 * - Slidev writes description, author and keywords JSON-quoted (`"…\n"`, quote marks included): unquoted here;
 * - Open Graph needs absolute addresses: with DECK_URL, og:url and og:image (og-image.png, the cover, rendered by
 *   scripts/build.ts) and a large-image card; without it, none;
 * - the favicon absolute under the base path (Slidev writes it relative: a 404 on a deep link such as /presenter/3);
 *   the web app manifest.
 */
export function rewriteHead(html: string, base: string, deckUrl: string): string {
  const image = deckUrl && new URL(OG_IMAGE_FILE, deckUrl).href
  const tags = [
    ['property', 'og:type', 'website'],
    ['property', 'og:url', deckUrl],
    ['property', 'og:image', image],
    ['property', 'og:image:width', image && String(OG_IMAGE_SIZE.width)],
    ['property', 'og:image:height', image && String(OG_IMAGE_SIZE.height)],
    ['name', 'twitter:card', image && 'summary_large_image'],
    ['name', 'twitter:image', image],
  ].filter(([, , content]) => content).map(([attribute, key, content]) => `<meta ${attribute}="${key}" content="${escape(content!)}">`)
  return html
    .replace(/content="&quot;(.*?)&quot;"/g, (_, text: string) => `content="${escape((JSON.parse(`"${text}"`) as string).trim())}"`)
    .replace(/<meta property="og:(?:url|image)" content="[^"]*">\n?/g, '')
    .replace(/<link rel="icon" href="(?![a-z]+:|\/)([^"]+)">/, `<link rel="icon" href="${base}$1">`)
    .replace('</head>', `${[...tags, `<link rel="manifest" href="${base}${MANIFEST_FILE}">`].join('\n')}\n</head>`)
}

/** The hosted index.html's head (see rewriteHead); build only. */
export default function head(deckUrl: string): Plugin {
  let base = '/'
  return {
    name: 'deck-head',
    apply: 'build',
    configResolved: (config) => {
      base = config.base
    },
    transformIndexHtml: { order: 'post', handler: html => rewriteHead(html, base, deckUrl) },
  }
}
