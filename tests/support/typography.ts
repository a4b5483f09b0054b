/**
 * Chinese typography rules of the deck (DESIGN.md), as a checker over visible text:
 * a space between Chinese and Latin letters or digits, and full-width punctuation next to Chinese.
 */
export interface TypographyProblem {
  rule: 'space-between' | 'half-width-punctuation'
  excerpt: string
}

const HAN = '\\p{Script=Han}'
const LATIN_OR_DIGIT = '[A-Za-z0-9]'
const missingSpace = new RegExp(`${HAN}${LATIN_OR_DIGIT}|${LATIN_OR_DIGIT}${HAN}`, 'gu')
// Half-width , ; : ? ! ( ) touching a Chinese character on either side.
const halfWidthPunctuation = new RegExp(`${HAN}[,;:?!()]|[,;:?!()]${HAN}`, 'gu')

export function typographyProblems(text: string): TypographyProblem[] {
  const problems: TypographyProblem[] = []
  // Titles in 《》 are quoted as their publishers spell them.
  text = text.replace(/《[^》]*》/g, '《》')
  for (const [rule, pattern] of [['space-between', missingSpace], ['half-width-punctuation', halfWidthPunctuation]] as const) {
    for (const match of text.matchAll(pattern)) {
      const at = match.index ?? 0
      problems.push({ rule, excerpt: text.slice(Math.max(0, at - 8), at + 10) })
    }
  }
  return problems
}

/**
 * The text a reader sees from a slide's markdown: no frontmatter, <script>/<style> blocks, HTML tags or their
 * attributes, Vue bindings, or markdown syntax characters.
 */
export function visibleMarkdownText(markdown: string): string {
  return markdown
    .replace(/^---\n[\s\S]*?\n---\n/gm, '\n')
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{\{[\s\S]*?\}\}/g, ' ')
    .replace(/^::\w+::$/gm, ' ')
}
