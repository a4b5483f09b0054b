import type { MessagePort } from 'node:worker_threads'
// Cuts fonts down to given characters with harfbuzz (subset-font), off the main thread: the variable font's woff2
// slices for the slides, and the reading view's whole static fonts (10 MB TTFs, with a list of layout features to
// keep). Used by the deck-font Vite plugin (build/vite-plugin-deck-font.ts) and the benchmark.
//
// Per font: harfbuzz subsets it (all layout features kept unless told which, variation axes untouched, so a slice's
// cut draws and shapes its characters exactly as the full slice), the cut's cmap is read back (the characters it
// really holds), and it is compressed to woff2 (Brotli at quality 11: most of the time goes here, ~0.1 s a slice,
// ~1 s a static font). The jobs run in worker threads so that the work overlaps Vite's own bundling.
//
// Each worker runs this same file, loaded through tsx: Node 20 runs no TypeScript by itself, a worker does not
// inherit its parent's loader (and Vite bundles its config, so the plugin has none), and Node 20 ignores --import
// in a worker's execArgv. So the worker's own body is one line that imports this file with tsx's tsImport.
import { Buffer } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { create as openFont } from 'fontkit'
import subsetFont from 'subset-font'
import compressWoff2 from 'wawoff2/compress.js'
import decompressWoff2 from 'wawoff2/decompress.js'

export interface FontCut {
  /** The woff2 cut (empty when the font holds none of the characters). */
  bytes: Uint8Array
  /** The characters the cut maps to glyphs, read from its cmap. */
  codePoints: number[]
}

export interface CutJob {
  /** The slice to cut (woff2, woff or sfnt). */
  file: string
  codePoints: number[]
  anchors?: number[]
  /** Layout features to keep (default: all). */
  keepFeatures?: string[]
}

/** The worker's body: this file, through tsx (whose API is resolved here: the worker's directory may be anywhere). */
function workerBody(): string {
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'))
  const self = JSON.stringify(import.meta.url)
  return `import(${tsx}).then(({ tsImport }) => tsImport(${self}, ${self}))`
}

type WorkerReply = { results: FontCut[], error?: undefined } | { error: string }

/** The code points a font (sfnt, woff or woff2) maps to a real glyph, ascending (fontkit also lists the 0xFFFF end marker of a format-4 cmap). */
export function mappedCodePoints(bytes: Uint8Array): number[] {
  const font = openFont(Buffer.from(bytes))
  if ('fonts' in font)
    throw new Error('expected a single font, got a collection')
  let characters: number[]
  try {
    characters = font.characterSet
  }
  catch (error) {
    if (/cmap/.test(String(error)))
      return [] // a font cut to no characters has no cmap subtable fontkit can read
    throw error
  }
  return [...new Set(characters)]
    .filter(c => c !== 0xFFFF && font.hasGlyphForCodePoint(c))
    .sort((a, b) => a - b)
}

/**
 * Cuts one font (the slice: woff2, woff or sfnt) to the given characters, plus those of `anchors` that the font
 * has (see AUTOHINT_ANCHORS in build/font-chars.ts: they keep FreeType's auto-hinter measuring the cut as it
 * measures the full font), keeping `keepFeatures` (default: every layout feature). Returns the woff2 cut and the
 * characters it maps.
 */
export async function cutFont(source: Uint8Array, codePoints: number[], anchors: number[] = [], keepFeatures?: string[]): Promise<FontCut> {
  // Unpack a woff2 once with the WebAssembly decoder (fontkit's own Brotli decoder is ~10× slower).
  const font = Buffer.from(source).toString('latin1', 0, 4) === 'wOF2' ? Buffer.from(await decompressWoff2(source)) : Buffer.from(source)
  let wanted = codePoints
  if (anchors.length) {
    const has = new Set(mappedCodePoints(font))
    wanted = [...new Set([...codePoints, ...anchors.filter(c => has.has(c))])]
  }
  // @types/subset-font 2.3.0 predates keepFeatures (subset-font's README documents it).
  const subsetOptions: NonNullable<Parameters<typeof subsetFont>[2]> & { keepFeatures?: string[] } = { targetFormat: 'sfnt', keepFeatures }
  const sfnt = await subsetFont(font, String.fromCodePoint(...wanted), subsetOptions)
  const kept = mappedCodePoints(sfnt)
  if (kept.length === 0)
    return { bytes: new Uint8Array(0), codePoints: [] }
  return { bytes: new Uint8Array(await compressWoff2(sfnt)), codePoints: kept }
}

/** Cuts each file to its characters, in `threads` worker threads (0: on this thread). One cut per job, in job order. */
export async function cutFiles(jobs: CutJob[], { threads = Math.min(2, availableParallelism()) }: { threads?: number } = {}): Promise<FontCut[]> {
  if (threads <= 0 || jobs.length === 0) {
    const results: FontCut[] = []
    for (const job of jobs)
      results.push(await cutFont(readFileSync(job.file), job.codePoints, job.anchors, job.keepFeatures))
    return results
  }
  // Deal the jobs round-robin over the workers, biggest first, each worker taking its share in one message.
  const order = jobs.map((job, i) => i).sort((a, b) => jobs[b]!.codePoints.length - jobs[a]!.codePoints.length)
  // One array per worker (e18e/prefer-array-fill once rewrote this to .fill([]): one array shared by all workers,
  // so that every worker cut every job).
  const workers = Math.min(threads, jobs.length)
  const shares = Array.from({ length: workers }, (_, w) => order.filter((_, k) => k % workers === w))
  const results: FontCut[] = Array.from({ length: jobs.length })
  const body = workerBody()
  await Promise.all(shares.map(share => new Promise<void>((resolve, reject) => {
    const worker = new Worker(body, { eval: true, workerData: share.map(i => jobs[i]) })
    worker.once('message', (message: WorkerReply) => {
      if (message.error !== undefined) {
        reject(new Error(`font cutting failed: ${message.error}`))
        return
      }
      message.results.forEach((result, k) => {
        results[share[k]!] = result
      })
      resolve()
    })
    worker.once('error', reject)
    worker.once('exit', (code) => {
      if (code !== 0)
        reject(new Error(`font cutting worker stopped with exit code ${code}`))
    })
  })))
  return results
}

/** In a worker: cuts its share of the jobs and posts the cuts back (or the error). */
async function workerMain(port: MessagePort, jobs: CutJob[]) {
  try {
    const results: FontCut[] = []
    for (const job of jobs)
      results.push(await cutFont(readFileSync(job.file), job.codePoints, job.anchors, job.keepFeatures))
    port.postMessage({ results } satisfies WorkerReply, results.map(r => r.bytes.buffer as ArrayBuffer))
  }
  catch (error) {
    port.postMessage({ error: String((error as Error | undefined)?.stack ?? error) } satisfies WorkerReply)
  }
}

if (!isMainThread && parentPort && Array.isArray(workerData))
  void workerMain(parentPort, workerData as CutJob[])
