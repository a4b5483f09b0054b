import { encode } from 'uqr'

/** A QR code as one SVG path of unit squares, for a view to draw at any size and colour. */
export interface QrPath {
  /** Modules per side, including the quiet zone. */
  size: number
  /** Path data with one `h1v1h-1z` square per dark module. */
  path: string
}

/** Encodes text (medium error correction, 4-module quiet zone, as scanners expect). */
export function qrPath(text: string): QrPath {
  const quiet = 4
  const { data, size } = encode(text, { ecc: 'M', border: 0 })
  let path = ''
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark)
        path += `M${x + quiet} ${y + quiet}h1v1h-1z`
    })
  })
  return { size: size + 2 * quiet, path }
}
