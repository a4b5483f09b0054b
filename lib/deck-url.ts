/**
 * Where the closing slide's QR code points: the hosted deck. In order of preference:
 *   1. DECK_URL, set when building (`DECK_URL=https://talks.example.org/llm/ npm run build`);
 *   2. on a hosted deck, its own address (origin + base path), which is right on any static host;
 *   3. the default address, package.json's "homepage" — what the dev server and the PDF export show,
 *      since on a loopback address there is no public one to point to.
 */
export function deckUrl(configured: string, fallback: string, origin: string, basePath: string): string {
  const fromBuild = configured.trim()
  if (fromBuild)
    return fromBuild
  if (origin && !isLoopback(origin))
    return new URL(basePath || '/', origin).href
  return fallback
}

export function isLoopback(origin: string): boolean {
  let host: string
  try {
    host = new URL(origin).hostname
  }
  catch {
    return true
  }
  return host === 'localhost' || host === '[::1]' || host === '::1' || /^127\./.test(host)
}
