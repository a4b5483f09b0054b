/**
 * Where the closing slide's QR code points: the hosted deck.
 * Set DECK_URL when building (`DECK_URL=https://talks.example.org/llm/ npm run build`) to bake the address in.
 * Without it, a hosted deck points to its own address (origin + base path), which is right on any static host;
 * on a loopback address (dev server, PDF export) there is no public address to point to, so the QR code is omitted
 * and the slide says how to set one.
 */
export function deckUrl(configured: string, origin: string, basePath: string): string | null {
  const fromBuild = configured.trim()
  if (fromBuild)
    return fromBuild
  if (!origin || isLoopback(origin))
    return null
  return new URL(basePath || '/', origin).href
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
