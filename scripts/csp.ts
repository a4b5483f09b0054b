// The Content-Security-Policy the built deck is served with, by every host recipe (deploy/nginx.conf through
// scripts/nginx-conf.ts, Netlify's _headers written by scripts/build.ts).
//
// Everything loads from the deck's own origin. The only inline code in index.html is what the build writes into
// it (the cut font's @font-face rules in a <style>, and any inline <script>): each is allowed by its SHA-256 hash,
// computed from the built file, so a policy never allows inline code in general. Vue and Slidev set element styles
// at run time through the CSSOM (allowed under any policy), but Slidev and its libraries also add <style>
// elements and style attributes whose text depends on the slide (layout sizes, floating-vue): a hash cannot cover
// those, so styles allow 'unsafe-inline'. Scripts never do.
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
