// The decks `npm run bench` compares, each built with this project's own installed packages:
//   - this deck (the project itself),
//   - the official Slidev starter: the template of the pinned create-slidev devDependency, theme set to default,
//   - a plain 5-slide theme-default deck with one small SVG component, generated here.
// The baselines are copied into a temporary folder with a node_modules symlink to ours.
import type { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { filesUnder } from '../build/files-under'

const require = createRequire(import.meta.url)
export const ROOT = fileURLToPath(new URL('..', import.meta.url))
const SLIDEV = join(ROOT, 'node_modules/.bin/slidev')

const PLAIN_SLIDES = `---
theme: default
title: A plain deck
---

# A plain deck

Five slides, theme-default, one small component

---

# What it shows

- Markdown lists
- **Bold** and *italic* text
- A link to [Slidev](https://sli.dev)

---
layout: two-cols
---

# Two columns

Left side text.

::right::

Right side text.

---

# A chart

<Bars :values="[3, 5, 2, 8, 6]" />

---
layout: center
---

# Thanks
`

const PLAIN_COMPONENT = `<script setup lang="ts">
const props = defineProps<{ values: number[] }>()
const max = Math.max(...props.values)
</script>

<template>
  <svg viewBox="0 0 200 100" width="400" height="200" role="img" aria-label="bars">
    <rect v-for="(v, i) in props.values" :key="i" :x="10 + i * 38" :y="95 - (v / max) * 85" width="28" :height="(v / max) * 85" fill="teal" />
  </svg>
</template>
`

export interface Deck {
  /** 'deck' (this one), 'starter' or 'plain'. */
  key: string
  name: string
  root: string
  entry: string
}

/** Creates the baseline decks under `tmp` and returns all three: this deck, the starter and the plain deck. */
export function prepareDecks(tmp: string): Deck[] {
  const nodeModules = join(ROOT, 'node_modules')

  const starter = join(tmp, 'starter')
  const template = join(dirname(require.resolve('create-slidev/package.json')), 'template')
  cpSync(template, starter, { recursive: true })
  const slidesPath = join(starter, 'slides.md')
  const slides = readFileSync(slidesPath, 'utf8')
  if (!/^theme: seriph$/m.test(slides))
    throw new Error('create-slidev template: no "theme: seriph" line to switch to the default theme')
  writeFileSync(slidesPath, slides.replace(/^theme: seriph$/m, 'theme: default'))
  symlinkSync(nodeModules, join(starter, 'node_modules'), 'dir')

  const plain = join(tmp, 'plain')
  mkdirSync(join(plain, 'components'), { recursive: true })
  writeFileSync(join(plain, 'slides.md'), PLAIN_SLIDES)
  writeFileSync(join(plain, 'components/Bars.vue'), PLAIN_COMPONENT)
  writeFileSync(join(plain, 'package.json'), '{ "name": "plain-deck", "private": true, "type": "module" }\n')
  symlinkSync(nodeModules, join(plain, 'node_modules'), 'dir')

  const { version } = JSON.parse(readFileSync(require.resolve('create-slidev/package.json'), 'utf8')) as { version: string }
  return [
    { key: 'deck', name: 'this deck', root: ROOT, entry: 'slides.md' },
    { key: 'starter', name: `starter (create-slidev ${version})`, root: starter, entry: 'slides.md' },
    { key: 'plain', name: 'plain 5-slide deck', root: plain, entry: 'slides.md' },
  ]
}

/** Runs a command quietly (output kept for errors and in `log`) and resolves with its wall time in seconds. */
export function timed(command: string, args: string[], options: { cwd?: string, env?: NodeJS.ProcessEnv, log?: string } = {}): Promise<{ seconds: number, output: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const collect = (d: Buffer) => {
      output += d
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.on('error', reject)
    child.on('exit', (code) => {
      const seconds = (performance.now() - started) / 1000
      if (options.log)
        writeFileSync(options.log, output)
      if (code === 0)
        resolve({ seconds, output })
      else
        reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output.slice(-3000)}`))
    })
  })
}

/** `slidev build` of a deck into outDir (emptied first); wall seconds. */
export async function buildDeck(deck: Deck, outDir: string, env?: NodeJS.ProcessEnv, log?: string): Promise<number> {
  rmSync(outDir, { recursive: true, force: true })
  const { seconds } = await timed(SLIDEV, ['build', deck.entry, '--out', outDir], { cwd: deck.root, env: { ...process.env, ...env }, log })
  return seconds
}

/** `slidev export` of a deck to one PDF page per slide, with the browser at `browser`; wall seconds and pages. */
export async function exportDeck(deck: Deck, pdf: string, browser: string, log?: string): Promise<{ seconds: number, pages: number }> {
  rmSync(pdf, { force: true })
  const { seconds } = await timed(SLIDEV, ['export', deck.entry, '--output', pdf, '--executable-path', browser, '--timeout', '120000'], { cwd: deck.root, log })
  return { seconds, pages: await pdfPages(pdf) }
}

async function pdfPages(pdf: string): Promise<number> {
  try {
    const { output } = await timed('pdfinfo', [pdf])
    const pages = Number(output.match(/^Pages:\s+(\d+)/m)?.[1])
    if (pages)
      return pages
  }
  catch {}
  // Without poppler: count page objects (Chromium writes them uncompressed).
  return (readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
}

/** Sizes of a build in bytes: all files, JS raw and gzipped (level 9, as a static host would send it). */
export function distSizes(dist: string): { total: number, js: number, jsGzip: number, jsFiles: number } {
  let total = 0
  let js = 0
  let jsGzip = 0
  let jsFiles = 0
  for (const file of filesUnder(dist)) {
    const bytes = readFileSync(join(dist, file))
    total += bytes.length
    if (file.endsWith('.js')) {
      js += bytes.length
      jsGzip += gzipSync(bytes, { level: 9 }).length
      jsFiles++
    }
  }
  return { total, js, jsGzip, jsFiles }
}
