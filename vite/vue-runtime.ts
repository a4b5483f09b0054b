/**
 * Vite plugin (build only): bundles Vue's runtime-only build. Slidev aliases `vue` to vue.esm-bundler.js, whose
 * template compiler (about 33 KB gzipped) nothing here needs: every template is a single-file component compiled at
 * build time (one that needed it would warn, and the browser tests fail on any console error). Dev and export keep
 * Slidev's full build.
 */
import type { Alias, Plugin } from 'vite'

const FULL_BUILD = /vue\.esm-bundler\.js$/

export default function vueRuntimeOnly(): Plugin {
  let swapped = false
  return {
    name: 'vue-runtime-only',
    apply: 'build',
    enforce: 'post', // after Slidev's config hook has added its aliases
    config(config) {
      const aliases = config.resolve?.alias
      if (!Array.isArray(aliases))
        return
      for (const alias of aliases as Alias[]) {
        if (alias.find === 'vue' && typeof alias.replacement === 'string' && FULL_BUILD.test(alias.replacement)) {
          alias.replacement = alias.replacement.replace(FULL_BUILD, 'vue.runtime.esm-bundler.js')
          swapped = true
        }
      }
    },
    configResolved(config) {
      if (!swapped)
        config.logger.warn('vue-runtime-only: Slidev no longer aliases vue to vue.esm-bundler.js; the build keeps Vue as Slidev sets it.')
    },
  }
}
