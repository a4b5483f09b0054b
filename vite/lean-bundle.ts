import type { Alias, Plugin } from 'vite'

/**
 * Build only: leaves out of the bundle what this deck, which shows no code, never runs.
 * - Slidev's app setup installs the Twoslash popups of code blocks (`@shikijs/vitepress-twoslash/client`) and its
 *   styles import Twoslash's and Magic Move's stylesheets. Slidev's manualChunks puts every `@shikijs/` module in a
 *   chunk named modules/shiki, and Rolldown moves what those modules share into it: Vue's runtime and floating-vue,
 *   so the first page modulepreloaded a 134 KB "shiki" chunk and a 15 KB render-blocking stylesheet. Here the
 *   plugin is a no-op and the stylesheets are empty (floating-vue's own, which Slidev's menus use, stays).
 * - Vue's runtime-only build instead of the one with the template compiler, which Slidev aliases `vue` to: every
 *   template here is compiled at build time (a component that needed the compiler would warn in the console, and
 *   the browser tests fail on any console error).
 */
export default function leanBundle(): Plugin[] {
  const empty = '\0deck-empty'
  return [{
    name: 'deck-vue-runtime-only',
    apply: 'build',
    enforce: 'post', // after Slidev has set its aliases
    config(config) {
      for (const alias of (config.resolve?.alias ?? []) as Alias[]) {
        if (alias.find === 'vue' && typeof alias.replacement === 'string')
          alias.replacement = alias.replacement.replace(/vue\.esm-bundler\.js$/, 'vue.runtime.esm-bundler.js')
      }
    },
  }, {
    name: 'deck-no-twoslash',
    apply: 'build',
    enforce: 'pre', // before Vite resolves the real files
    async resolveId(id, importer) {
      if (id === '@shikijs/vitepress-twoslash/client' || id === '@shikijs/magic-move/style.css')
        return `${empty}${id.endsWith('.css') ? '.css' : '.js'}`
      if (id === '@shikijs/vitepress-twoslash/style.css')
        return this.resolve('floating-vue/dist/style.css', importer)
    },
    load: id => id.startsWith(empty) ? (id.endsWith('.js') ? 'export default { install() {} }' : '') : undefined,
  }]
}
