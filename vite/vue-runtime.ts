/**
 * Vite plugin (build only): bundles Vue's runtime-only build instead of the full build with the template compiler.
 *
 * Slidev aliases `vue` to vue/dist/vue.esm-bundler.js, which registers Vue's runtime template compiler (about
 * 33 KB of gzipped JS in this deck's build, a ninth of all its JavaScript). Nothing in this deck compiles a template
 * in the browser: the slides, Slidev's own views and our components are single-file components compiled at build
 * time. So the build aliases `vue` to vue.runtime.esm-bundler.js instead. Checked on the built deck: every slide
 * and click step, the overview, presenter, notes and print views render the same pixels with no console warning
 * (a component that needed the compiler would warn "Component provided template option but runtime compilation
 * is not supported"; the browser tests fail on any console error). Dev and export keep Slidev's full build.
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
