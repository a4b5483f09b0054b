// wawoff2 (Google's woff2 in WebAssembly) ships no types; these are the two entry points build/subset-font.ts uses.
declare module 'wawoff2/compress.js' {
  /** sfnt (TrueType/OpenType) bytes → woff2 bytes. */
  export default function compress(sfnt: Uint8Array): Promise<Uint8Array>
}
declare module 'wawoff2/decompress.js' {
  /** woff2 bytes → sfnt bytes. */
  export default function decompress(woff2: Uint8Array): Promise<Uint8Array>
}
