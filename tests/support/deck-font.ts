import type { APIRequestContext } from '@playwright/test'
import { expect } from '@playwright/test'

/** One @font-face rule of the built index.html: its family, weight, file and the code point ranges it claims. */
export interface DeclaredFace { family: string, weight: number, url: string, ranges: [number, number][] }

/** Parses @font-face rules as scripts/fonts.ts writes them (unicode-range: U+4e00, U+4e00-4e05, comma-separated). */
export function parseFontFaces(css: string): DeclaredFace[] {
  return Array.from(css.matchAll(/@font-face\s*\{([^}]*)\}/g), ([, body = '']) => {
    const value = (name: string) => body.match(new RegExp(`${name}:\\s*([^;]+)`))?.[1]?.trim() ?? ''
    const ranges = value('unicode-range').split(',').filter(Boolean).map((range) => {
      const [from, to = from] = range.trim().replace(/^U\+/i, '').split('-').map(hex => Number.parseInt(hex, 16))
      return [from!, to!] as [number, number]
    })
    return { family: value('font-family').replace(/['"]/g, ''), weight: Number(value('font-weight')), url: value('src').match(/url\(["']?([^"')]+)/)?.[1] ?? '', ranges }
  })
}

export const inRanges = (c: number, ranges: [number, number][]) => ranges.some(([from, to]) => c >= from && c <= to)

/** The @font-face rules the built index.html declares in its deck-font style (scripts/fonts.ts). */
export async function declaredFontFaces(request: APIRequestContext, baseURL: string): Promise<DeclaredFace[]> {
  const html = await (await request.get(baseURL)).text()
  const css = html.match(/<style id="deck-font">([\s\S]*?)<\/style>/)?.[1]
  expect(css, 'index.html declares the cut font').toBeTruthy()
  return parseFontFaces(css!)
}
