/**
 * Vite plugin (build only): bundles Vue's runtime-only build. Slidev aliases `vue` to vue.esm-bundler.js, whose
 * template compiler (about 33 KB gzipped) nothing here needs: every template is a single-file component compiled at
 * build time (one that needed it would warn, and the browser tests fail on any console error). Dev and export keep
 * Slidev's full build.
 */
import type { Plugin } from 'vite'
import { createRequire } from 'node:module'

const RUNTIME_ONLY = createRequire(import.meta.url).resolve('vue/dist/vue.runtime.esm-bundler.js')

export default function vueRuntimeOnly(): Plugin {
  return {
    name: 'vue-runtime-only',
    apply: 'build',
    // After Slidev's config hook: Vite puts a later hook's aliases first, so this one wins over Slidev's.
    enforce: 'post',
    config: () => ({ resolve: { alias: [{ find: 'vue', replacement: RUNTIME_ONLY }] } }),
  }
}
