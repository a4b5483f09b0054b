// What scripts/build.ts adds to a built deck for hosting: the link-preview image, the web app manifest and the
// files Netlify (and other hosts that read them) take their rules from.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { OG_IMAGE_FILE, OG_IMAGE_SIZE } from '../vite/hosting'
import { securityHeaders } from './csp'
import { withServedBuild } from './preview'

/** The web app manifest: the deck installs as an app that opens on its first slide, offline too. */
export function webManifest({ title, description, base }: { title: string, description: string, base: string }): string {
  return `${JSON.stringify({
    name: title,
    short_name: title.length > 12 ? `${title.slice(0, 11)}…` : title,
    description,
    lang: 'zh-CN',
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#ffffff',
    icons: [{ src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml' }],
  }, null, 2)}\n`
}

/** Cache-Control of hashed build output. */
export const IMMUTABLE = 'public, max-age=31536000, immutable'

/**
 * Netlify's _redirects: routes fall back to index.html; a file missing under assets/ is a 404 (Netlify applies a
 * rule only where no file exists, so real files are served as they are).
 */
export function netlifyRedirects(base: string): string {
  return `# Written by scripts/build.ts. A missing chunk must fail as a 404, never load the deck as JavaScript.
${base}assets/*  ${base}404.html  404
${base}*  ${base}index.html  200
`
}

/**
 * Netlify's _headers: the security headers (with the build's CSP) everywhere, a year's cache for assets/ only (Netlify
 * would join a second Cache-Control on the same path to it; its default revalidates on each use).
 */
export function netlifyHeaders(base: string, indexHtml: string): string {
  const lines = Object.entries(securityHeaders(indexHtml)).map(([name, value]) => `  ${name}: ${value}`)
  return `# Written by scripts/build.ts.
${base}*
${lines.join('\n')}
${base}assets/*
  Cache-Control: ${IMMUTABLE}
`
}

/**
 * Renders the cover (slide 1, light mode) into `<dir>/og-image.png`, 1200×630: the slide is drawn 1200 px wide
 * (16:9, 676 px high, in a window a little taller so no edge of the page shows beside it) and the middle 630 px
 * are kept; the cover's content sits well inside them.
 */
export async function renderOgImage({ dir, base, routerMode, browserPath }: { dir: string, base: string, routerMode: string, browserPath: string }): Promise<string> {
  return withServedBuild({ dir, base, browserPath }, async (browser, url) => {
    const height = Math.round(OG_IMAGE_SIZE.width * 9 / 16) + 4
    const page = await browser.newPage({ viewport: { width: OG_IMAGE_SIZE.width, height }, colorScheme: 'light', serviceWorkers: 'block' })
    await page.goto(`${url}${routerMode === 'hash' ? '#/' : ''}1`)
    await page.locator('.slidev-page-1').waitFor()
    await page.evaluate(() => document.fonts.ready)
    await page.locator('.slidev-slide-loading').waitFor({ state: 'detached' }).catch(() => {})
    const top = Math.floor((height - OG_IMAGE_SIZE.height) / 2)
    const output = join(dir, OG_IMAGE_FILE)
    writeFileSync(output, await page.screenshot({ clip: { x: 0, y: top, ...OG_IMAGE_SIZE } }))
    return output
  })
}
