import { Buffer } from 'node:buffer'
// Cuts woff2 font slices down to given characters with harfbuzz (subset-font), off the main thread.
// Used by the deck-font Vite plugin (scripts/vite-plugin-deck-font.ts) and the benchmark.
//
// Per slice: harfbuzz subsets the font (all layout features kept, variation axes untouched, so the cut draws and
// shapes its characters exactly as the full slice), the cut's cmap is read back (the characters it really holds),
// and it is compressed to woff2 (Brotli at quality 11: most of the time goes here, ~0.1 s a slice). The jobs run in
// worker threads so that the work overlaps Vite's own bundling instead of stretching it.
import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { create as openFont } from 'fontkit'
import subsetFont from 'subset-font'
import compressWoff2 from 'wawoff2/compress.js'
import decompressWoff2 from 'wawoff2/decompress.js'

/**
 * The code points a font maps to a real glyph (fontkit also lists the 0xFFFF end marker of a format-4 cmap).
 * @param {Uint8Array} bytes sfnt, woff or woff2
 * @returns {number[]} the code points, ascending
 */
export function mappedCodePoints(bytes) {
  const font = openFont(Buffer.from(bytes))
  if ('fonts' in font)
    throw new Error('expected a single font, got a collection')
  let characters
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
 * Cuts one font to the given characters, plus those of `anchors` that the font has (see AUTOHINT_ANCHORS in
 * lib/font-chars.ts: they keep FreeType's auto-hinter measuring the cut as it measures the full font).
 * @param {Uint8Array} source the slice (woff2, woff or sfnt)
 * @param {number[]} codePoints
 * @param {number[]} [anchors]
 * @returns {Promise<{ bytes: Uint8Array, codePoints: number[] }>} the woff2 cut and the characters it maps
 */
export async function cutFont(source, codePoints, anchors = []) {
  // Unpack a woff2 once with the WebAssembly decoder (fontkit's own Brotli decoder is ~10× slower).
  const font = Buffer.from(source).toString('latin1', 0, 4) === 'wOF2' ? Buffer.from(await decompressWoff2(source)) : Buffer.from(source)
  let wanted = codePoints
  if (anchors.length) {
    const has = new Set(mappedCodePoints(font))
    wanted = [...new Set([...codePoints, ...anchors.filter(c => has.has(c))])]
  }
  const sfnt = await subsetFont(font, String.fromCodePoint(...wanted), { targetFormat: 'sfnt' })
  const kept = mappedCodePoints(sfnt)
  if (kept.length === 0)
    return { bytes: new Uint8Array(0), codePoints: [] }
  return { bytes: new Uint8Array(await compressWoff2(sfnt)), codePoints: kept }
}

/**
 * Cuts each file to its characters, in `threads` worker threads (0: on this thread). Results in job order.
 * @param {{ file: string, codePoints: number[], anchors?: number[] }[]} jobs
 * @param {{ threads?: number }} [options]
 * @returns {Promise<{ bytes: Uint8Array, codePoints: number[] }[]>} one cut per job, in the jobs' order
 */
export async function cutFiles(jobs, { threads = Math.min(2, availableParallelism()) } = {}) {
  if (threads <= 0 || jobs.length === 0) {
    const results = []
    for (const job of jobs)
      results.push(await cutFont(readFileSync(job.file), job.codePoints, job.anchors))
    return results
  }
  // Deal the jobs round-robin over the workers, biggest first, each worker taking its share in one message.
  const order = jobs.map((job, i) => i).sort((a, b) => jobs[b].codePoints.length - jobs[a].codePoints.length)
  const shares = Array.from({ length: Math.min(threads, jobs.length) }).fill([])
  order.forEach((jobIndex, k) => shares[k % shares.length].push(jobIndex))
  const results = Array.from({ length: jobs.length })
  await Promise.all(shares.map(share => new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: share.map(i => jobs[i]) })
    worker.once('message', (message) => {
      if (message.error) {
        reject(new Error(`font cutting failed: ${message.error}`))
        return
      }
      message.results.forEach((result, k) => {
        results[share[k]] = result
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

if (!isMainThread && parentPort && Array.isArray(workerData)) {
  try {
    const results = []
    for (const job of workerData)
      results.push(await cutFont(readFileSync(job.file), job.codePoints, job.anchors))
    parentPort.postMessage({ results }, results.map(r => r.bytes.buffer))
  }
  catch (error) {
    parentPort.postMessage({ error: String(error?.stack ?? error) })
  }
}
