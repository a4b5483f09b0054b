// One code style for the whole repo: Anthony Fu's config, as Slidev and its author's talks use.
import antfu from '@antfu/eslint-config'

export default antfu({
  vue: true,
  typescript: true,
  // The slides are Slidev markdown (frontmatter, Vue in markdown); its code blocks are not ours to lint.
  markdown: false,
  rules: {
    // Hoisting every regular expression to module scope buys nothing measurable here and hides what it matches.
    'e18e/prefer-static-regex': 'off',
    // Its fix turns setInterval(() => f(x.value)) into setInterval(f, ms, x.value), freezing a reactive value: it
    // once credited a whole rehearsal to the first slide.
    'e18e/prefer-timer-args': 'off',
    // SVG <text> and <tspan> render the white space such line breaks add: keep their content on one line.
    'vue/singleline-html-element-content-newline': 'off',
    'vue/multiline-html-element-content-newline': 'off',
  },
  ignores: ['dist', 'dist-sub', 'dist-hash', 'dist-redeploy', 'exports', 'bench-results', 'test-results', 'playwright-report', '.slidev', 'shots'],
}, {
  // The benchmark is a command-line tool like scripts/ (which the config already treats so): it prints, and its
  // entry point awaits at the top level.
  files: ['bench/**/*.ts'],
  rules: {
    'antfu/no-top-level-await': 'off',
    'no-console': 'off',
  },
})
