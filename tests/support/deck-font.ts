import type { APIRequestContext } from '@playwright/test'
import type { FontSlice } from '../../build/font-chars'
import { expect } from '@playwright/test'
import { parseFontFaces } from '../../build/font-chars'

/** The @font-face rules the built index.html declares in its deck-font style (build/vite-plugin-deck-font.ts). */
export async function declaredFontFaces(request: APIRequestContext, baseURL: string): Promise<FontSlice[]> {
  const html = await (await request.get(baseURL)).text()
  const css = html.match(/<style id="deck-font">([\s\S]*?)<\/style>/)?.[1]
  expect(css, 'index.html declares the cut font').toBeTruthy()
  return parseFontFaces(css!)
}
