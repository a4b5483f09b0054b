// Fills deploy/nginx.conf in for one built deck (--out FILE, what the Dockerfile does), or serves a build through the
// real nginx as an ordinary process (--serve ADDRESS:PORT; docs/hosting.md). --plain serves the folder with no SPA
// fallback and no headers, like the simplest static host (used to test the hash-router build).
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { contentSecurityPolicy } from './csp'

const TEMPLATE = new URL('../deploy/nginx.conf', import.meta.url)

/**
 * The site for a build: `dist` is read for index.html's inline code; `root` is the folder nginx maps URLs to, so
 * the build is at <root><base> (the Dockerfile copies it there).
 */
export function nginxSite({ dist, base = '/', listen = '8080', root = resolve(dist) }: { dist: string, base?: string, listen?: string, root?: string }): string {
  if (!base.startsWith('/') || !base.endsWith('/'))
    throw new Error(`The base path must start and end with "/" (got "${base}")`)
  const indexFile = join(dist, 'index.html')
  // Served before a build exists (a test run that reuses old builds), the policy simply has no hashes yet.
  const indexHtml = existsSync(indexFile) ? readFileSync(indexFile, 'utf8') : ''
  const csp = contentSecurityPolicy(indexHtml)
  const redirect = base === '/' ? '' : `location = ${base.slice(0, -1)} { return 301 ${base}; }`
  return readFileSync(TEMPLATE, 'utf8')
    .replaceAll('__DECK_ROOT__', root)
    .replaceAll('__DECK_BASE__', base)
    .replaceAll('__DECK_LISTEN__', listen)
    .replaceAll('__DECK_CSP__', csp)
    .replaceAll('__DECK_BASE_REDIRECT__', redirect)
}

/** A site with no fallback and no extra headers: a missing path is a 404, as on a bare static host. */
export function plainSite({ listen, root }: { listen: string, root: string }): string {
  return `server {\n  listen ${listen};\n  root ${root};\n  include /etc/nginx/mime.types;\n  location / { try_files $uri $uri/index.html =404; }\n}\n`
}

/** A whole nginx.conf that runs without root's files: everything nginx writes goes under `prefix`. */
export function standaloneConfig(site: string, prefix: string): string {
  const temp = (name: string) => `${name}_temp_path ${join(prefix, name)};`
  // Started as root (as CI is), nginx's workers would switch to "nobody", who may not reach a checkout under a
  // private folder such as /root: they keep root's identity instead (this nginx listens on loopback only).
  const user = process.getuid?.() === 0 ? 'user root root;\n' : ''
  return `${user}worker_processes 1;
daemon off;
pid ${join(prefix, 'nginx.pid')};
error_log stderr warn;
events { worker_connections 256; }
http {
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
${site}
}
`
}

export const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/opt/homebrew/bin/nginx'].find(p => existsSync(p)) ?? 'nginx'

async function serve({ dist, base, listen, plain }: { dist: string, base: string, listen: string, plain: boolean }): Promise<void> {
  const prefix = mkdtempSync(join(tmpdir(), 'deck-nginx-'))
  mkdirSync(join(prefix, 'logs'))
  // nginx maps <root><base><path> to files: under a sub-path, the build is linked in at <root>/<base>.
  let root = resolve(dist)
  if (base !== '/' && !plain) {
    root = join(prefix, 'www')
    const link = join(root, base.slice(1, -1))
    mkdirSync(dirname(link), { recursive: true })
    symlinkSync(resolve(dist), link)
  }
  const site = plain ? plainSite({ listen, root }) : nginxSite({ dist, base, listen, root })
  const conf = join(prefix, 'nginx.conf')
  writeFileSync(conf, standaloneConfig(site, prefix))
  const child = spawn(NGINX, ['-e', 'stderr', '-p', prefix, '-c', conf], { stdio: 'inherit' })
  child.on('error', (error) => {
    console.error(`Cannot start nginx (${error.message}). Install it: sudo apt-get install nginx-light`)
    process.exit(1)
  })
  const stop = () => child.kill('SIGQUIT')
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
  child.on('exit', (code) => {
    rmSync(prefix, { recursive: true, force: true })
    process.exit(code ?? 0)
  })
  console.log(`nginx serving ${dist}/ at http://${listen}${plain ? '/ (no fallback)' : base}`)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      base: { type: 'string', default: process.env.DECK_BASE ?? '/' },
      listen: { type: 'string', default: '8080' },
      root: { type: 'string' },
      out: { type: 'string' },
      serve: { type: 'string' },
      plain: { type: 'boolean', default: false },
    },
  })
  if (!existsSync(join(values.dist, 'index.html'))) {
    console.error(`${values.dist}/index.html not found: build the deck first (npm run build).`)
    if (!values.serve)
      process.exit(2)
  }
  if (values.serve) {
    await serve({ dist: values.dist, base: values.base, listen: values.serve, plain: values.plain })
  }
  else if (values.out) {
    writeFileSync(values.out, nginxSite({ dist: values.dist, base: values.base, listen: values.listen, root: values.root }))
    console.log(`Wrote ${values.out} (nginx site for ${values.dist}/, base ${values.base})`)
  }
  else {
    console.error('Give --out FILE to write the site, or --serve ADDRESS:PORT to run nginx.')
    process.exit(2)
  }
}
