// @vitest-environment node
// lib/gpu-serving: the figures against their sources (DATA.md §5, issue 19) and the arithmetic, step by step.
import { resolve } from 'node:path'
import { load } from '@slidev/parser/fs'
import { describe, expect, it } from 'vitest'
import { GPUS, MODELS, PRECISIONS, VLLM } from '../../lib/gpu-serving/data'
import { memoryBar, memoryNote, memoryTop, spreadLabels, stepSentence, stepTerms } from '../../lib/gpu-serving/layout'
import { kvBytesPerToken, LAST_STEP, PRINTED_STEP, serve, stepConfig, STEPS, weightBytes } from '../../lib/gpu-serving/model'

const GB = 1e9
/** Within `percent` % of `expected`. */
function near(actual: number, expected: number, percent = 2) {
  expect(Math.abs(actual - expected) / expected, `${actual} ≈ ${expected}`).toBeLessThanOrEqual(percent / 100)
}
const base = { model: '7b', precision: 'fp16', gpu: 'a100', context: 0, requests: 1, paged: false } as const

describe('the figures and their sources', () => {
  it('kv per token: OPT-13B 819,200 B (the vLLM paper\'s "800 KB"); Llama-2 7B 524,288; 70B 327,680 with GQA, 2,621,440 without', () => {
    expect(kvBytesPerToken(VLLM.opt13b)).toBe(819_200)
    expect(kvBytesPerToken(MODELS['7b'])).toBe(524_288)
    expect(kvBytesPerToken(MODELS['70b'])).toBe(327_680)
    expect(kvBytesPerToken(MODELS['70b'], false)).toBe(2_621_440)
    // 4,096 tokens of 7B ≈ 2.15 GB
    near(4096 * kvBytesPerToken(MODELS['7b']) / GB, 2.15, 0.5)
  })

  it('weights: 7B FP16 13.48 GB; group-128 INT4 with FP16 embeddings 7B ≈ 3.9 GB, 70B ≈ 36.6 GB; 70B FP16 138 GB', () => {
    expect(weightBytes(MODELS['7b'], PRECISIONS.fp16)).toBe(13.48e9)
    near(weightBytes(MODELS['7b'], PRECISIONS.int4) / GB, 3.9)
    near(weightBytes(MODELS['70b'], PRECISIONS.int4) / GB, 36.6, 0.5)
    expect(weightBytes(MODELS['70b'], PRECISIONS.fp16)).toBe(138e9)
  })

  it('the SXM datasheets\' bandwidth and FP16 peak', () => {
    expect(GPUS.a100).toMatchObject({ memory: 80e9, bandwidth: 2039e9, flops: 312e12 })
    expect(GPUS.h100).toMatchObject({ memory: 80e9, bandwidth: 3350e9, flops: 989e12 })
    expect(GPUS.rtx4090).toMatchObject({ memory: 24e9, bandwidth: 1008e9, flops: 165e12 })
  })
})

describe('the arithmetic', () => {
  it('7B FP16 on an A100 SXM: ≈ 151 tokens/s at context 0, 145 at 1k, 130 at 4k; compute under 1 % busy', () => {
    near(serve(base).perStream, 151)
    near(serve({ ...base, context: 1024 }).total, 145)
    near(serve({ ...base, context: 4096 }).total, 130)
    expect(serve(base).computeShare).toBeLessThan(0.01)
  })

  it('the step is max(weights, compute) + KV, and compute takes over with enough requests', () => {
    const s = serve({ ...base, context: 1024, requests: 30 })
    expect(s.step).toBeCloseTo(13.48e9 / 2039e9 + 30 * 1024 * 524_288 / 2039e9, 12)
    // 7B INT4 on an H100, 256 requests at context 0: 2 × 6.74e9 × 256 / 989e12 = 3.49 ms of maths > 3.89 GB / 3,350 GB/s = 1.16 ms
    const h = serve({ ...base, precision: 'int4', gpu: 'h100', paged: true, requests: 256 })
    expect(h.step).toBeCloseTo(2 * 6.74e9 * 256 / 989e12, 12)
    expect(h.computeShare).toBe(1)
    expect(h.total).toBeCloseTo(256 / h.step, 6)
  })

  it('fit boundary: a 4090 takes no 13B FP16 and no 70B; 70B INT8 on 80 GB leaves ≈ 11 GB, 8 requests of 4k', () => {
    expect(serve({ ...base, model: '13b', gpu: 'rtx4090' }).fits).toBe(false)
    for (const precision of ['fp16', 'int8', 'int4'] as const)
      expect(serve({ ...base, model: '70b', precision, gpu: 'rtx4090' }).fits).toBe(false)
    expect(serve({ ...base, model: '13b', precision: 'int8', gpu: 'rtx4090' }).fits).toBe(true)
    const int8 = serve({ ...base, model: '70b', precision: 'int8', gpu: 'h100', context: 4096, requests: 256 })
    near((80e9 - int8.weights) / GB, 11)
    expect(int8.maxRequests).toBe(8)
    expect(serve({ ...base, model: '70b', gpu: 'h100' }).fits).toBe(false)
  })

  it('requests in flight: as many as memory holds, at most 256; paged at context 0 holds no KV', () => {
    expect(serve({ ...base, paged: true, requests: 1000 }).running).toBe(256)
    expect(serve({ ...base, context: 1024, requests: 31 }).running).toBe(30)
    // reserved: every request sets aside the model's maximum, 4,096 tokens; paged: whole 16-token blocks
    expect(serve({ ...base, context: 1000 }).slotTokens).toBe(4096)
    expect(serve({ ...base, context: 1000, paged: true }).slotTokens).toBe(1008)
  })
})

describe('the four click steps (issue 19), within 2 %', () => {
  it('the slide\'s click count and printed step', () => {
    expect(STEPS).toHaveLength(4)
    expect(LAST_STEP).toBe(3)
    expect(PRINTED_STEP).toBeLessThanOrEqual(LAST_STEP)
    expect(STEPS.map(s => s.stage)).toEqual(['GPU 与性能基础', 'KV Cache 与合批', 'KV Cache 与合批', '量化 · 并行与推理框架'])
  })

  it('0: 7B FP16, one request: 13.5 GB read per token, ≈ 150 tokens/s, compute under 1 % busy', () => {
    const s = serve(stepConfig(0))
    near(s.weights / GB, 13.5, 0.5)
    near(s.total, 150)
    expect(s.computeShare).toBeLessThan(0.01)
  })

  it('1: 30 requests of 1k: 145 → 2,070 tokens/s, 69 per stream, TPOT 7 → 15 ms (as rounded), 14× not 30×', () => {
    const config = stepConfig(1)
    const [one, now] = [serve({ ...config, requests: 1 }), serve(config)]
    expect(now.running).toBe(30)
    near(one.total, 145)
    near(now.total, 2070)
    near(now.perStream, 69)
    expect([Math.round(one.step * 1000), Math.round(now.step * 1000)]).toEqual([7, 15])
    expect(Math.round(now.total / one.total)).toBe(14)
  })

  it('2: paged: 0.54 GB a request instead of 2.15 reserved, 123 fit, ≈ 3,150 in total, ≈ 26 per stream; reserved held 25 %', () => {
    const config = stepConfig(2)
    const [now, reserved] = [serve(config), serve({ ...config, paged: false })]
    near(now.slotTokens * now.kvPerToken / GB, 0.54, 1)
    near(reserved.slotTokens * reserved.kvPerToken / GB, 2.15, 1)
    expect(now.running).toBe(123)
    near(now.total, 3150)
    near(now.perStream, 26)
    expect(reserved.heldShare).toBe(0.25)
    // paging wastes under 4 % (the paper): at most one partly filled block a request
    expect(1 - now.heldShare).toBeLessThan(0.04)
  })

  it('3: 70B on an H100: FP16 138 GB does not fit; INT4 ≈ 37 GB leaves 43; GQA: 32 requests of 4k instead of 4', () => {
    const config = stepConfig(3)
    const now = serve(config)
    expect(serve({ ...config, precision: 'fp16' }).fits).toBe(false)
    near(now.weights / GB, 37)
    near((80e9 - now.weights) / GB, 43)
    expect(now.running).toBe(32)
    expect(Math.floor((80e9 - now.weights) / (4096 * kvBytesPerToken(MODELS['70b'], false)))).toBe(4)
    near(now.kvPerToken / 1e6, 0.33)
  })

  it('every step says its point with the model\'s own figures, and writes out its step time', () => {
    expect(stepSentence(0)).toContain('151 tokens/s')
    expect(stepSentence(1)).toMatch(/145 → 2,070 tokens\/s.*69.*14 倍而不是 30 倍/)
    expect(stepSentence(2)).toMatch(/0\.54 GB.*2\.15 GB.*123 路.*3,150.*25%.*20\.4–38\.2%/)
    expect(stepSentence(3)).toMatch(/138 GB.*36\.7 GB.*43\.3 GB.*0\.33 MB.*2\.6 MB.*32 路而不是 4 路/)
    const config = stepConfig(1)
    expect(stepTerms(config, serve(config)).at(-1)).toBe('每步 ≈ max(6.6, 1.3) + 7.9 = 14.5 ms')
  })
})

describe('the memory bar', () => {
  const toSvg = (top: number) => (gb: number) => 300 - gb * 300 / top

  it('stacks weights, KV and free memory to the card\'s capacity; one block a request, a quarter of it holding tokens', () => {
    const config = stepConfig(1)
    const s = serve(config)
    const bar = memoryBar(config, s, toSvg(memoryTop(s)), 40, 0)
    expect(bar.parts.map(p => p.kind)).toEqual(['weights', 'kv', 'free'])
    expect(bar.parts.reduce((sum, p) => sum + p.height, 0)).toBeCloseTo(300, 6)
    expect(bar.block!.held / bar.block!.height).toBe(0.25)
    expect(bar.capacityY).toBeNull()
    expect(memoryNote(config, s)).toBeNull()
  })

  it('what does not fit spills past the capacity line, and the note says so plainly', () => {
    const config = { ...stepConfig(3), precision: 'fp16' as const }
    const s = serve(config)
    expect(memoryTop(s)).toBe(140)
    const bar = memoryBar(config, s, toSvg(140), 40, 0)
    expect(bar.parts.map(p => p.kind)).toEqual(['weights', 'over'])
    expect(bar.capacityY).toBeCloseTo(300 - 80 * 300 / 140, 6)
    expect(memoryNote(config, s)).toMatch(/放不下：权重 138 GB > H100 SXM 显存 80 GB，要多卡并行/)
    expect(memoryNote({ ...stepConfig(2), requests: 200 }, serve({ ...stepConfig(2), requests: 200 }))).toContain('只放得下 123 路，其余 77 路排队')
  })

  it('labels never overlap and stay inside the plot', () => {
    const placed = spreadLabels([10, 12, 14, 290], 34, 0, 270)
    for (let i = 1; i < placed.length; i++)
      expect(Math.abs(placed[i]! - placed[i - 1]!)).toBeGreaterThanOrEqual(34)
    expect(Math.min(...placed)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...placed)).toBeLessThanOrEqual(270 - 34)
  })
})

describe('the slide', () => {
  it('states the widget\'s click count and speaks one notes paragraph per click step', async () => {
    const root = resolve(import.meta.dirname, '../..')
    const { slides } = await load({ roots: [root], userRoot: root }, resolve(root, 'slides.md'))
    const slide = slides.find(s => s.frontmatter.routeAlias === 'inference')
    expect(slide, 'a slide with routeAlias: inference').toBeDefined()
    expect(slide!.content, 'the slide shows <GpuServing :step="$clicks" />').toMatch(/<GpuServing\s[^>]*:step="\$clicks"/)
    expect(slide!.frontmatter.clicks, `the slide's clicks: must be lib/gpu-serving's LAST_STEP (${LAST_STEP})`).toBe(LAST_STEP)
    const paragraphs = (slide!.note ?? '').trim().split(/\n\s*\n/)
    expect(paragraphs.map(p => p.match(/^\[click(?::0)?\]/)?.[0]), 'one notes paragraph per step, each opened by [click:0] or [click]')
      .toEqual(['[click:0]', ...Array.from({ length: LAST_STEP }).fill('[click]')])
  })
})
