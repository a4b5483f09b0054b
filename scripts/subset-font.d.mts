// Types of scripts/subset-font.mjs (plain ESM so that it can also run as a worker thread).
export interface FontCut {
  /** The woff2 cut (empty when the font holds none of the characters). */
  bytes: Uint8Array
  /** The characters the cut maps to glyphs, read from its cmap. */
  codePoints: number[]
}
export function mappedCodePoints(bytes: Uint8Array): number[]
export function cutFont(source: Uint8Array, codePoints: number[], anchors?: number[]): Promise<FontCut>
export function cutFiles(jobs: { file: string, codePoints: number[], anchors?: number[] }[], options?: { threads?: number }): Promise<FontCut[]>
