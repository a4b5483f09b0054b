import type { Plugin } from 'vite'
import { createRequire } from 'node:module'

/**
 * The deck's one CJK family, for slides, presenter and reading view: static Noto Sans SC, regular and bold. CSS
 * maps 500 to 400 and 600 and 800 to 700. A build carries it cut to the deck's characters (scripts/fonts.ts);
 * `npm run dev` and `slidev export`, which runs on the dev server, load the two whole faces from node_modules
 * through this plugin, so that dev, PDF and hosted deck draw the same glyphs.
 */
export const FONT_FAMILY = 'Deck Sans SC'
export const FONT_WEIGHTS = [400, 700] as const
export type FontWeight = typeof FONT_WEIGHTS[number]
export const FONT_FILES: Record<FontWeight, string> = {
  400: createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  700: createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
}

export function fontFace(weight: FontWeight, url: string, unicodeRange?: string): string {
  const range = unicodeRange ? `;unicode-range:${unicodeRange}` : ''
  return `@font-face{font-family:'${FONT_FAMILY}';font-weight:${weight};font-display:swap;src:url(${url})${range}}`
}

export default function deckFontInDev(): Plugin {
  let base = '/'
  return {
    name: 'deck-font-dev',
    apply: 'serve',
    configResolved: (config) => {
      base = config.base
    },
    transformIndexHtml: () => [{
      tag: 'style',
      attrs: { id: 'deck-font' },
      children: FONT_WEIGHTS.map(weight => fontFace(weight, `${base}@fs${FONT_FILES[weight]}`)).join('\n'),
      injectTo: 'head',
    }],
  }
}
