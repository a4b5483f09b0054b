import process from 'node:process'
// Serves a built deck the way a static host with SPA fallback does (deep links such as /7 load the deck).
// Usage: npm run preview [-- --dir dist] [-- --base /talk/] [-- --port 4173]
import { parseArgs } from 'node:util'
import { preview } from 'vite'

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: process.env.DECK_BASE ?? '/' },
    port: { type: 'string', default: '4173' },
  },
})

const server = await preview({
  configFile: false,
  base: values.base,
  build: { outDir: values.dir },
  preview: { port: Number(values.port), strictPort: true, host: '127.0.0.1', open: false },
  logLevel: 'warn',
})
console.log(`Serving ${values.dir}/ at http://127.0.0.1:${values.port}${values.base}`)
process.on('SIGTERM', () => server.close().then(() => process.exit(0)))
