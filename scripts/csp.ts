// The Content-Security-Policy the built deck is served with, by every host recipe (deploy/nginx.conf through
// scripts/nginx-conf.ts, Netlify's _headers written by scripts/build.ts). Everything loads from the deck's own
// origin; an inline <script> the build writes is allowed by its SHA-256, never inline scripts in general. Styles
// allow 'unsafe-inline': Slidev and its libraries add <style> elements and style attributes whose text depends on
// the slide (layout sizes, floating-vue), which no hash can cover.
import { createHash } from 'node:crypto'

/** The policy for a built index.html (its inline scripts are allowed by hash). */
export function contentSecurityPolicy(indexHtml: string): string {
  const inlineScripts = [...indexHtml.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes = '', text = '']) => !/\bsrc\s*=/i.test(attributes) && text.length > 0)
  const scriptHashes = new Set(inlineScripts.map(([, , text = '']) => createHash('sha256').update(text).digest('base64')))
  const directives: Record<string, string[]> = {
    'default-src': ['\'self\''],
    'script-src': ['\'self\'', ...Array.from(scriptHashes, hash => `'sha256-${hash}'`)],
    'style-src': ['\'self\'', '\'unsafe-inline\''],
    'img-src': ['\'self\'', 'data:', 'blob:'],
    'font-src': ['\'self\'', 'data:'],
    'connect-src': ['\'self\''],
    'media-src': ['\'self\''],
    'worker-src': ['\'self\''],
    'manifest-src': ['\'self\''],
    'frame-src': ['\'self\''],
    'object-src': ['\'none\''],
    'base-uri': ['\'self\''],
    'form-action': ['\'self\''],
    'frame-ancestors': ['\'self\''],
  }
  return Object.entries(directives).map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ')
}

/** Headers every response of the deck carries, besides Cache-Control (see deploy/nginx.conf). */
export function securityHeaders(indexHtml: string): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(indexHtml),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'SAMEORIGIN',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  }
}
