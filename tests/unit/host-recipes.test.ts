// @vitest-environment node
// The four hosting recipes, parsed as their hosts read them, checked for the rules every host must follow:
// build with the PDF (a Chromium), Node 20, the output folder, routes falling back to index.html while a missing
// asset stays a 404, a year's cache for hashed assets only, and the deck's security headers.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { contentSecurityPolicy, securityHeaders } from '../../scripts/csp'
import { IMMUTABLE, netlifyHeaders, netlifyRedirects } from '../../scripts/hosting'
import { nginxSite } from '../../scripts/nginx-conf'

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')
/** A built index.html as Slidev writes it: no inline script, the cut font's @font-face rules inline. */
const INDEX_HTML = '<html><head><script type="module" src="/assets/index-a.js"></script><style id="deck-font">@font-face{}</style></head></html>'
const ROUTES = ['/', '/7', '/7?clicks=2', '/presenter/3', '/overview', '/notes']
const ASSETS = ['/assets/index-a1b2.js', '/assets/modules/vue-x.js', '/assets/deck-sans-sc-26-aa.woff2']

describe('netlify', () => {
  const config = parseToml(read('netlify.toml')) as { build: { command: string, publish: string, environment: Record<string, string> } }

  it('builds with Playwright\'s Chromium for the PDF, on Node 20, into dist/', () => {
    expect(config.build.command).toMatch(/npx playwright install chromium && npm run build$/)
    expect(config.build.publish).toBe('dist')
    expect(config.build.environment.NODE_VERSION).toBe('20')
  })

  it('sends routes to index.html and missing assets to a 404, in that order of precedence', () => {
    for (const base of ['/', '/talk/']) {
      const rules = netlifyRedirects(base).split('\n').filter((line: string) => line && !line.startsWith('#')).map((line: string) => line.split(/\s+/))
      expect(rules).toEqual([[`${base}assets/*`, `${base}404.html`, '404'], [`${base}*`, `${base}index.html`, '200']])
    }
  })

  it('serves the security headers everywhere and caches only assets/ for a year', () => {
    const headers = netlifyHeaders('/', INDEX_HTML) as string
    const [everywhere, assets] = headers.split(/^\/assets\/\*$/m)
    expect(everywhere).toContain(`Content-Security-Policy: ${contentSecurityPolicy(INDEX_HTML)}`)
    expect(everywhere).toContain('X-Content-Type-Options: nosniff')
    expect(everywhere).not.toContain('Cache-Control')
    expect(assets!.trim()).toBe(`Cache-Control: ${IMMUTABLE}`)
  })
})

describe('vercel', () => {
  const config = JSON.parse(read('vercel.json'))
  const pkg = JSON.parse(read('package.json'))
  // Vercel's sources are path-to-regexp patterns; these are plain groups, so anchoring them gives the same match.
  const matches = (source: string, path: string) => new RegExp(`^${source}$`).test(new URL(path, 'https://x').pathname)

  it('builds with Playwright\'s Chromium for the PDF, on Node 20, into dist/', () => {
    expect(config.buildCommand).toMatch(/npx playwright install chromium && npm run build$/)
    expect(config.installCommand).toBe('npm ci')
    expect(config.outputDirectory).toBe('dist')
    expect(config.framework).toBeNull()
    expect(pkg.engines.node).toBe('20.x')
  })

  it('rewrites routes to index.html but never a path under assets/', () => {
    expect(config.rewrites).toHaveLength(1)
    const [rewrite] = config.rewrites
    expect(rewrite.destination).toBe('/index.html')
    for (const route of ROUTES)
      expect(matches(rewrite.source, route), route).toBe(true)
    for (const asset of [...ASSETS, '/assets/missing.js'])
      expect(matches(rewrite.source, asset), asset).toBe(false)
  })

  it('caches only assets/ for a year and sends the deck\'s security headers everywhere', () => {
    const rulesFor = (path: string) => config.headers.filter((rule: { source: string }) => matches(rule.source, path))
      .flatMap((rule: { headers: { key: string, value: string }[] }) => rule.headers)
    const cacheOf = (path: string) => rulesFor(path).filter((h: { key: string }) => h.key === 'Cache-Control').map((h: { value: string }) => h.value)
    for (const asset of ASSETS)
      expect(cacheOf(asset)).toEqual([IMMUTABLE])
    for (const route of ['/', '/index.html', '/7', '/sw.js'])
      expect(cacheOf(route)).toEqual([])
    // index.html has no inline script, so the static policy is the one the build computes (the browser tests
    // compare it with the real build's).
    const expected = Object.entries(securityHeaders(INDEX_HTML)).map(([key, value]) => ({ key, value }))
    expect(rulesFor('/7').filter((h: { key: string }) => h.key !== 'Cache-Control')).toEqual(expected)
  })
})

describe('gitHub Pages', () => {
  const workflow = parseYaml(read('.github/workflows/pages.yml'))
  const build = workflow.jobs.build
  const steps = build.steps as { uses?: string, run?: string, id?: string, with?: Record<string, unknown>, env?: Record<string, string> }[]
  const uses = (name: string) => steps.find(step => step.uses?.startsWith(`${name}@`))

  it('runs on pushes to main with the permissions Pages deployment needs', () => {
    expect(workflow.on.push.branches).toContain('main')
    expect(workflow.permissions).toMatchObject({ 'pages': 'write', 'id-token': 'write' })
  })

  it('builds on Node 20 with a Chromium, under the repository\'s sub-path and with DECK_URL', () => {
    expect(uses('actions/checkout')).toBeDefined()
    expect(uses('actions/setup-node')?.with?.['node-version']).toBe(20)
    expect(uses('actions/configure-pages')?.id).toBe('pages')
    const run = steps.map(step => step.run ?? '')
    const install = run.findIndex(cmd => cmd === 'npm ci')
    const chromium = run.findIndex(cmd => /playwright install .*chromium/.test(cmd))
    const buildStep = steps.findIndex(step => step.run?.startsWith('npm run build'))
    expect(install).toBeGreaterThanOrEqual(0)
    expect(chromium).toBeGreaterThan(install)
    expect(buildStep).toBeGreaterThan(chromium)
    // eslint-disable-next-line no-template-curly-in-string -- GitHub's expression syntax, not a template
    expect(steps[buildStep]!.run).toBe('npm run build -- --base "${{ steps.pages.outputs.base_path }}/"')
    // eslint-disable-next-line no-template-curly-in-string -- GitHub's expression syntax, not a template
    expect(steps[buildStep]!.env?.DECK_URL).toBe('${{ steps.pages.outputs.base_url }}/')
    expect(uses('actions/upload-pages-artifact')?.with?.path).toBe('dist')
  })

  it('deploys the uploaded build after it', () => {
    const deploy = workflow.jobs.deploy
    expect(deploy.needs).toBe('build')
    expect(deploy.environment.name).toBe('github-pages')
    expect(deploy.steps.some((step: { uses?: string }) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true)
  })
})

/** Dockerfile instructions, with line continuations joined and comments dropped. */
function dockerInstructions(text: string) {
  return text.replace(/\\\n/g, ' ').split('\n').map(line => line.trim()).filter(line => line && !line.startsWith('#')).map((line) => {
    const [, instruction, args] = line.match(/^(\w+)\s(.*)$/)!
    return { instruction: instruction!.toUpperCase(), args: args!.replace(/\s+/g, ' ') }
  })
}

describe('self-hosting: Dockerfile and nginx', () => {
  const instructions = dockerInstructions(read('Dockerfile'))
  const stages: { from: string, steps: typeof instructions }[] = []
  for (const step of instructions) {
    if (step.instruction === 'FROM')
      stages.push({ from: step.args, steps: [] })
    else
      stages.at(-1)?.steps.push(step)
  }

  it('builds in a Node 20 stage with Debian\'s Chromium and without Playwright\'s download', () => {
    expect(stages).toHaveLength(2)
    const [build] = stages
    expect(build!.from).toMatch(/^node:20-bookworm\S* AS build$/)
    const runs = build!.steps.filter(s => s.instruction === 'RUN').map(s => s.args)
    expect(runs.some(r => /apt-get install .*\bchromium\b/.test(r))).toBe(true)
    expect(runs).toContain('PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund')
    expect(build!.steps).toContainEqual({ instruction: 'ENV', args: 'CHROMIUM_PATH=/usr/bin/chromium' })
    const buildRun = runs.find(r => r.includes('scripts/build.ts'))!
    expect(buildRun).toMatch(/--base "\$DECK_BASE"/)
    expect(buildRun).toMatch(/scripts\/nginx-conf\.ts --dist dist --base "\$DECK_BASE" .*--out \/deck\/nginx-site\.conf/)
  })

  it('serves from a small nginx image with the generated site and the build under the base path', () => {
    const serve = stages[1]!
    expect(serve.from).toMatch(/^nginx\S*:[\d.]+-alpine AS serve$/)
    const copies = serve.steps.filter(s => s.instruction === 'COPY').map(s => s.args)
    expect(copies).toContain('--from=build /deck/nginx-site.conf /etc/nginx/conf.d/default.conf')
    // eslint-disable-next-line no-template-curly-in-string -- a Dockerfile build argument, not a template
    expect(copies).toContain('--from=build /deck/dist /usr/share/nginx/html${DECK_BASE}')
    expect(serve.steps).toContainEqual({ instruction: 'EXPOSE', args: '8080' })
  })

  it('fills every placeholder of deploy/nginx.conf from the build', () => {
    const dist = mkdtempSync(join(tmpdir(), 'nginx-site-'))
    try {
      writeFileSync(join(dist, 'index.html'), INDEX_HTML)
      const site = nginxSite({ dist, base: '/talk/', listen: '8080', root: '/usr/share/nginx/html' }) as string
      expect(site).not.toMatch(/__DECK_\w+__/)
      expect(site).toContain(`add_header Content-Security-Policy "${contentSecurityPolicy(INDEX_HTML)}" always;`)
      expect(site).toContain('location = /talk { return 301 /talk/; }')
      expect(site).toContain('"~^(?:200|304):/talk/assets/" "public, max-age=31536000, immutable";')
      expect(site).toMatch(/location ~ "\^\/talk\/\(\?:assets\/\|.*\{\s+try_files \$uri =404;/)
      expect(site).toMatch(/location \/talk\/ \{\s+try_files \$uri \$uri\/ \/talk\/index\.html;/)
      expect(() => nginxSite({ dist, base: 'talk' })).toThrow(/must start and end with "\/"/)
    }
    finally {
      rmSync(dist, { recursive: true, force: true })
    }
  })
})

describe('the Content-Security-Policy', () => {
  it('allows each inline script of index.html by its hash and no inline script otherwise', () => {
    const policy = contentSecurityPolicy('<script>console.log(1)</script><script type="module" src="/a.js"></script>') as string
    const scriptSrc = policy.split('; ').find(d => d.startsWith('script-src '))!
    // sha256 of "console.log(1)"
    expect(scriptSrc).toBe('script-src \'self\' \'sha256-CihokcEcBW4atb/CW/XWsvWwbTjqwQlE9nj9ii5ww5M=\'')
    expect(contentSecurityPolicy(INDEX_HTML)).toContain('script-src \'self\';')
    expect(policy).toContain('object-src \'none\'')
    expect(policy).not.toMatch(/https?:|\*/)
  })
})
