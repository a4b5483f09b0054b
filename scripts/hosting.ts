// What every host recipe serves the deck with, and the files scripts/build.ts adds to a build for hosts and link
// previews. deploy/nginx.conf (through scripts/nginx-conf.ts), Netlify's _headers and vercel.json carry the same
// headers; tests/unit/host-recipes.test.ts checks that they do.
import type { Browser } from 'playwright-core'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { OG_IMAGE_FILE, OG_IMAGE_SIZE } from '../vite/head'

/**
 * Everything loads from the deck's own origin. index.html has no inline script (scripts/build.ts fails the build if
 * it gets one), so the policy is static: script-src allows no inline code. Slidev and its libraries set styles whose
 * text depends on the slide (layout sizes, popups), and the build inlines the font's @font-face rules, so styles
 * allow 'unsafe-inline'.
 */
export const CONTENT_SECURITY_POLICY = [
  'default-src \'self\'',
  'script-src \'self\'',
  'style-src \'self\' \'unsafe-inline\'',
  'img-src \'self\' data: blob:',
  'font-src \'self\' data:',
  'connect-src \'self\'',
  'media-src \'self\'',
  'worker-src \'self\'',
  'manifest-src \'self\'',
  'frame-src \'self\'',
  'object-src \'none\'',
  'base-uri \'self\'',
  'form-action \'self\'',
  'frame-ancestors \'self\'',
].join('; ')

/** Headers every response of the deck carries, besides Cache-Control. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'SAMEORIGIN',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
}
/** Hashed build output (assets/) never changes under its name; everything else is revalidated on every use. */
export const IMMUTABLE = 'public, max-age=31536000, immutable'

/** The web app manifest: the deck installs as an app that opens on its first slide, offline too. */
export function webManifest({ title, description, base }: { title: string, description: string, base: string }): string {
  const icons = [{ src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml' }]
  const manifest = { name: title, short_name: title.slice(0, 12), description, lang: 'zh-CN', start_url: base, scope: base, display: 'standalone', background_color: '#ffffff', theme_color: '#ffffff', icons }
  return `${JSON.stringify(manifest, null, 2)}\n`
}

/** Netlify's _redirects: routes fall back to index.html, but a missing asset is a 404, never the deck's page. */
export const netlifyRedirects = (base: string) => `${base}assets/*  ${base}404.html  404\n${base}*  ${base}index.html  200\n`

/** Netlify's _headers: the security headers everywhere, a year's cache for assets/ (the rest keeps Netlify's revalidation). */
export function netlifyHeaders(base: string): string {
  const headers = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`)
  return `${base}*\n${headers.join('\n')}\n${base}assets/*\n  Cache-Control: ${IMMUTABLE}\n`
}

/**
 * Renders the cover, light, into `<dir>/og-image.png` (1200×630): the slide drawn 1200 px wide (676 px high, in a
 * window a little taller) and its middle 630 px kept. `slideUrl` is slide 1 of the served build.
 */
export async function renderOgImage(browser: Browser, slideUrl: string, dir: string): Promise<void> {
  const height = Math.round(OG_IMAGE_SIZE.width * 9 / 16) + 4
  const page = await browser.newPage({ viewport: { width: OG_IMAGE_SIZE.width, height }, colorScheme: 'light', serviceWorkers: 'block' })
  await page.goto(slideUrl, { waitUntil: 'networkidle' })
  await page.locator('.slidev-page-1 .slidev-layout').waitFor()
  await page.evaluate(() => document.fonts.ready)
  const clip = { x: 0, y: Math.floor((height - OG_IMAGE_SIZE.height) / 2), ...OG_IMAGE_SIZE }
  writeFileSync(join(dir, OG_IMAGE_FILE), await page.screenshot({ clip }))
  await page.close()
}
