// The one static server of the project: serves a built deck as a static host with SPA fallback does (deep links
// such as /7 or /read load index.html; a missing file is a 404). Used by `npm run preview`, the browser tests
// (playwright.config.ts), the build's font walk and link-preview picture, and the benchmark. Vite's own preview.
// Usage: npm run preview [-- --dir dist] [-- --base /talk/] [-- --port 4173]
import type { Browser } from 'playwright-core'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { preview } from 'vite'
import { QUIET_CHROMIUM_ARGS } from './browser'

/** Serves `dir` at http://127.0.0.1:<port><base> (gzip for text, as most hosts; port 0: any free one); `close` stops it. */
export async function startPreview({ dir = 'dist', base = '/', port = 4173 }: { dir?: string, base?: string, port?: number } = {}) {
  const server = await preview({
    configFile: false,
    base,
    build: { outDir: dir },
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
    logLevel: 'warn',
  })
  return { url: server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}${base}`, close: () => server.close() }
}

/** Serves the build in `dir` and opens the Chromium at `browserPath` for `use(browser, url)`; closes both after. */
export async function withServedBuild<T>(
  { dir, base = '/', browserPath }: { dir: string, base?: string, browserPath: string },
  use: (browser: Browser, url: string) => Promise<T>,
): Promise<T> {
  const server = await startPreview({ dir, base, port: 0 })
  const browser = await chromium.launch({ executablePath: browserPath, args: QUIET_CHROMIUM_ARGS })
  try {
    return await use(browser, server.url)
  }
  finally {
    await browser.close()
    await server.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      base: { type: 'string', default: process.env.DECK_BASE ?? '/' },
      port: { type: 'string', default: '4173' },
    },
  })
  const server = await startPreview({ dir: values.dir, base: values.base, port: Number(values.port) })
  console.log(`Serving ${values.dir}/ at ${server.url}`)
  process.on('SIGTERM', () => server.close().then(() => process.exit(0)))
}
