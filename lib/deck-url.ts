/**
 * Where the closing slide's QR code points: the hosted deck, and only ever a public address a phone on mobile data
 * can open. In order of preference:
 *   1. DECK_URL, read by vite.config.ts in build, dev and export alike (`DECK_URL=https://… npm run dev`);
 *   2. on a hosted deck, its own address (origin + base path), which is right on any public static host.
 * When neither is public (loopback, a private or link-local network, a reserved name such as example.com or .local,
 * or simply unset in dev and export, which run on loopback), there is no code: the slide says how to set DECK_URL.
 */
export type DeckTarget
  = | { ok: true, url: string }
    | { ok: false, /** The address that was refused, if any. */ rejected: string, /** Why, in Chinese. */ reason: string }

export function deckTarget(configured: string, origin: string, basePath: string): DeckTarget {
  const fromEnv = configured.trim()
  if (fromEnv) {
    const reason = notPublicReason(fromEnv)
    return reason ? { ok: false, rejected: fromEnv, reason } : { ok: true, url: new URL(fromEnv).href }
  }
  if (!origin)
    return { ok: false, rejected: '', reason: '没有设置 DECK_URL' }
  const own = new URL(basePath || '/', origin).href
  const reason = notPublicReason(own)
  return reason ? { ok: false, rejected: own, reason } : { ok: true, url: own }
}

/**
 * A file of the deck (its PDF, its handout) at the deck's address, the address taken as a folder with or without its
 * trailing "/" (DECK_URL=https://x.org/talk means https://x.org/talk/talk.pdf, not https://x.org/talk.pdf).
 */
export function deckFileUrl(deckUrl: string, file: string): string {
  return new URL(file, deckUrl.endsWith('/') ? deckUrl : `${deckUrl}/`).href
}

/** Top-level and second-level names reserved for documentation and testing (RFC 2606, RFC 6761, RFC 6762). */
const RESERVED_TLDS = new Set(['test', 'example', 'invalid', 'localhost', 'local', 'internal', 'lan', 'home', 'arpa'])

/** Why an address cannot be the QR code's target (in Chinese), or null when it is a public web address. */
export function notPublicReason(address: string): string | null {
  let url: URL
  try {
    url = new URL(address)
  }
  catch {
    return '不是完整的网址（需要以 https:// 开头）'
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `不是网页地址（${url.protocol}）`
  const host = url.hostname.toLowerCase().replace(/\.$/, '')
  if (host.startsWith('['))
    return ipv6Reason(host.slice(1, -1))
  const ipv4 = parseIpv4(host)
  if (ipv4)
    return ipv4Reason(ipv4)
  const labels = host.split('.')
  if (labels.at(-1) === 'localhost')
    return '是本机地址'
  if (RESERVED_TLDS.has(labels.at(-1)!) || labels.at(-2) === 'example')
    return '是保留的示例或本地域名'
  if (labels.length < 2)
    return '不是公网域名'
  return null
}

function parseIpv4(host: string): number[] | null {
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(host))
    return null
  return host.split('.').map(Number)
}

function ipv4Reason([a, b]: number[]): string | null {
  if (a === 127 || a === 0)
    return '是本机地址'
  if (a === 10 || (a === 172 && b! >= 16 && b! <= 31) || (a === 192 && b === 168) || (a === 100 && b! >= 64 && b! <= 127))
    return '是局域网地址，手机用移动网络打不开'
  if (a === 169 && b === 254)
    return '是链路本地地址'
  return null
}

function ipv6Reason(host: string): string | null {
  if (host === '::1' || host === '::')
    return '是本机地址'
  if (host.startsWith('::ffff:'))
    return '是映射到 IPv4 的地址'
  if (/^f[cd]/.test(host))
    return '是局域网地址，手机用移动网络打不开'
  if (/^fe[89ab]/.test(host))
    return '是链路本地地址'
  return null
}

/**
 * The console warning for builds, exports and dev runs whose QR code cannot point anywhere useful, or null.
 * Unset DECK_URL is fine for a hosted build (it encodes its own address) but not for the PDF or the dev server.
 */
export function deckUrlWarning(configured: string | undefined): string | null {
  const value = configured?.trim() ?? ''
  if (!value) {
    return 'DECK_URL is not set: the hosted deck\'s QR code will encode its own address (if public), but the PDF and '
      + 'the dev server show how to set DECK_URL instead of a code. Set DECK_URL=https://your.host/path/ to bake one in.'
  }
  const reason = notPublicReason(value)
  return reason
    ? `DECK_URL=${value} is not a public address (${reason}): the closing slide shows how to set DECK_URL instead of a QR code.`
    : null
}
