import process from 'node:process'
// Serves a built deck the way a static host with SPA fallback does (deep links such as /7 load the deck).
// Usage: npm run preview [-- --dir dist] [-- --base /talk/] [-- --port 4173]
import { parseArgs } from 'node:util'
import { preview } from 'vite'

/** Serves `dir` at http://127.0.0.1:<port><base> (gzip for text, as most hosts); `close` stops it. */
export async function startPreview({ dir = 'dist', base = '/', port = 4173 }: { dir?: string, base?: string, port?: number } = {}) {
  const server = await preview({
    configFile: false,
    base,
    build: { outDir: dir },
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
    logLevel: 'warn',
  })
  return { url: `http://127.0.0.1:${port}${base}`, close: () => server.close() }
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
