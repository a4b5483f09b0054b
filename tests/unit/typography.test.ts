import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { typographyProblems, visibleMarkdownText } from '../support/typography'

const root = resolve(import.meta.dirname, '../..')
const markdownFiles = ['slides.md', ...readdirSync(resolve(root, 'pages')).filter(f => f.endsWith('.md')).map(f => `pages/${f}`)]

describe('the typography checker', () => {
  it('wants a space between Chinese and Latin letters or digits', () => {
    expect(typographyProblems('刚30岁').map(p => p.rule)).toEqual(['space-between', 'space-between'])
    expect(typographyProblems('用GPT')).toHaveLength(1)
    expect(typographyProblems('刚 30 岁，用 GPT-4 做推理')).toEqual([])
  })
  it('wants full-width punctuation next to Chinese', () => {
    expect(typographyProblems('需求萎靡,流量见顶').map(p => p.rule)).toEqual(['half-width-punctuation'])
    expect(typographyProblems('为什么?')).toHaveLength(1)
    expect(typographyProblems('需求萎靡，流量见顶？')).toEqual([])
  })
  it('quotes titles in 《》 as published', () => {
    expect(typographyProblems('脉脉《2024大模型人才报告》显示')).toEqual([])
  })
  it('reads only visible text from markdown', () => {
    const md = '---\nlayout: fact\n---\n\n<div class="a1">刚 30 岁</div>\n<script setup>\nconst x=1\n</script>\n'
    expect(visibleMarkdownText(md)).not.toContain('layout')
    expect(visibleMarkdownText(md)).not.toContain('a1')
    expect(visibleMarkdownText(md)).not.toContain('const')
    expect(visibleMarkdownText(md)).toContain('刚 30 岁')
  })
})

describe.each(markdownFiles)('%s', (file) => {
  it('follows the deck\'s Chinese typography on slides and in the speaker notes', () => {
    const problems = typographyProblems(visibleMarkdownText(readFileSync(resolve(root, file), 'utf8')))
    expect(problems.map(p => `${p.rule}: …${p.excerpt}…`)).toEqual([])
  })
})
