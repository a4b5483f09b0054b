import type { Plugin } from 'vite'
import { createRequire } from 'node:module'

/**
 * The deck's one CJK family, for slides, presenter and reading view: static Noto Sans SC, regular and bold. CSS
 * maps 500 to 400 and 600 and 800 to 700. A build carries it cut to the deck's characters (scripts/fonts.ts);
 * `npm run dev` and `slidev export`, which runs on the dev server, load the two whole faces from node_modules
 * through this plugin (setup/main.ts imports its module), so that dev, PDF and hosted deck draw the same glyphs.
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

/** Imported by setup/main.ts: the whole faces under `npm run dev` and `slidev export`; empty in a build. */
export const DEV_FONT_MODULE = 'virtual:deck-font.css'

export default function deckFontInDev(): Plugin {
  let faces = ''
  return {
    name: 'deck-font-dev',
    // Slidev's dev server writes index.html itself (no transformIndexHtml): the rules come as a CSS module.
    configResolved: (config) => {
      if (config.command === 'serve')
        faces = FONT_WEIGHTS.map(weight => fontFace(weight, `${config.base}@fs${FONT_FILES[weight]}`)).join('\n')
    },
    resolveId: id => id === DEV_FONT_MODULE ? `\0${DEV_FONT_MODULE}` : undefined,
    load: id => id === `\0${DEV_FONT_MODULE}` ? faces : undefined,
  }
}
