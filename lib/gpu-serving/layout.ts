/**
 * What the GPU-serving widget draws and says, from the model (./model.ts): the memory bar's parts bottom up
 * (weights, the KV cache of the requests in flight, free memory, or what does not fit), their labels beside the
 * bar, the read-outs and each step's sentence. Pure TypeScript; SVG user units, y grows downward.
 */
import type { Config, Serving } from './model'
import { GPUS, MODELS, PRECISIONS, VLLM } from './data'
import { modelKvBytesPerToken, serve, stepConfig, STEPS, weightBytes } from './model'

const GB = 1e9
const number = new Intl.NumberFormat('en-US')

/** 2.15 GB under 10 GB, 13.5 GB under 100 GB, 138 GB above. */
export function formatGB(bytes: number): string {
  const gb = bytes / GB
  return `${gb.toFixed(gb >= 100 ? 0 : gb >= 10 ? 1 : 2)} GB`
}

/** An estimate's digits: three significant from 100 up (2,070), two below (69, 6.6). */
export function formatEstimate(value: number): string {
  if (!Number.isFinite(value))
    return '—'
  return number.format(Number(value.toPrecision(value >= 100 ? 3 : 2)))
}

/** Milliseconds to one decimal (they add up in the step's terms), whole from 100 ms. */
export function formatMs(seconds: number): string {
  const ms = seconds * 1000
  return Number.isFinite(ms) ? ms.toFixed(ms >= 100 ? 0 : 1) : '—'
}

export function formatPercent(share: number): string {
  if (!Number.isFinite(share))
    return '—'
  return `${share < 0.1 && share > 0 ? (share * 100).toFixed(1) : Math.round(share * 100)}%`
}

export const formatTokens = (tokens: number): string => number.format(tokens)

// ---- the memory bar

export type PartKind = 'weights' | 'kv' | 'free' | 'over'

export interface BarPart {
  kind: PartKind
  /** Top and bottom edge. */
  y: number
  height: number
  title: string
  value: string
}

export interface BarLabel {
  kind: PartKind
  title: string
  value: string
  /** Baseline of the title; the value sits one line under it. */
  y: number
  /** Where the leader line meets the bar. */
  pointY: number
}

export interface MemoryBar {
  x: number
  width: number
  parts: BarPart[]
  labels: BarLabel[]
  labelX: number
  /** The card's capacity line, drawn when something does not fit. */
  capacityY: number | null
  /** One request's block in the KV part, and how much of it (from its bottom) holds tokens. */
  block: { height: number, held: number } | null
}

/** Label lines: title 13 units, value 12, in chart.css's classes. */
const LABEL = { height: 30, gap: 4, titleRise: 11 } as const
const BAR = { inset: 10, width: 56, labelGap: 16 } as const

/**
 * Spreads labels along y so that none overlaps another, each as near its wish as it can, inside [top, bottom]:
 * a pass down pushes each clear of the one above, a pass up pulls them back inside the bottom.
 */
export function spreadLabels(wishes: readonly number[], size: number, top: number, bottom: number): number[] {
  const order = wishes.map((wish, index) => ({ wish, index })).sort((a, b) => a.wish - b.wish)
  const placed = order.map(o => Math.max(o.wish, top))
  for (let i = 1; i < placed.length; i++)
    placed[i] = Math.max(placed[i]!, placed[i - 1]! + size)
  for (let i = placed.length - 1; i >= 0; i--)
    placed[i] = Math.min(placed[i]!, (i === placed.length - 1 ? bottom : placed[i + 1]!) - size)
  const out: number[] = []
  order.forEach((o, i) => (out[o.index] = placed[i]!))
  return out
}

export function memoryBar(config: Config, serving: Serving, toSvg: (gb: number) => number, left: number, top: number): MemoryBar {
  const x = left + BAR.inset
  const edges: Array<[PartKind, number, string, string]> = [
    ['weights', serving.weights, `权重 ${PRECISIONS[config.precision].name}`, formatGB(serving.weights)],
  ]
  if (serving.fits) {
    edges.push(['kv', serving.kvSetAside, `KV 缓存 · ${serving.running} 路`, `${formatGB(serving.kvSetAside)}，存 token ${formatPercent(serving.heldShare)}`])
    edges.push(['free', serving.free, '空闲', formatGB(serving.free)])
  }
  else {
    edges.push(['over', -serving.free, `超出 ${serving.memory / GB} GB 显存`, formatGB(-serving.free)])
  }
  // Bottom up; what does not fit starts at the card's capacity and may cover part of the weights' bar.
  let base = 0
  const parts: BarPart[] = []
  for (const [kind, bytes, title, value] of edges) {
    const from = kind === 'over' ? serving.memory : base
    const y = toSvg((from + bytes) / GB)
    parts.push({ kind, y, height: toSvg(from / GB) - y, title, value })
    base += bytes
  }
  const shown = parts.filter(p => p.height >= 0.5 || p.kind === 'weights')
  const wishes = shown.map(p => p.y + p.height / 2 - LABEL.height / 2)
  const spread = spreadLabels(wishes, LABEL.height + LABEL.gap, top, toSvg(0) - LABEL.height + 4)
  const slot = serving.slotTokens * serving.kvPerToken
  return {
    x,
    width: BAR.width,
    parts,
    labels: shown.map((p, i) => ({ kind: p.kind, title: p.title, value: p.value, y: spread[i]! + LABEL.titleRise, pointY: p.y + p.height / 2 })),
    labelX: x + BAR.width + BAR.labelGap,
    capacityY: serving.fits ? null : toSvg(serving.memory / GB),
    block: serving.fits && serving.running > 0 && slot > 0
      ? { height: toSvg(0) - toSvg(slot / GB), held: (toSvg(0) - toSvg(slot / GB)) * serving.heldShare }
      : null,
  }
}

/** The axis's top, GB: the card's memory, or what does not fit rounded up to 20 GB. */
export function memoryTop(serving: Serving): number {
  const need = serving.memory - Math.min(0, serving.free)
  return serving.fits ? serving.memory / GB : Math.ceil(need / GB / 20) * 20
}

// ---- words

export interface Readout {
  id: 'total' | 'stream' | 'tpot' | 'compute'
  label: string
  value: string
  unit: string
}

export function readouts(serving: Serving): Readout[] {
  return [
    { id: 'total', label: '总吞吐', value: formatEstimate(serving.total), unit: 'tokens/s' },
    { id: 'stream', label: '每路速度', value: formatEstimate(serving.perStream), unit: 'tokens/s' },
    { id: 'tpot', label: '每 token 间隔（TPOT）', value: formatMs(serving.step), unit: 'ms' },
    { id: 'compute', label: '算力在忙', value: formatPercent(serving.computeShare), unit: '' },
  ]
}

/** One decode step's terms, as the slide writes them out: weights read, matrix maths, KV read, in ms. */
export function stepTerms(config: Config, serving: Serving): string[] {
  if (!serving.fits)
    return []
  const gpu = GPUS[config.gpu]
  const model = MODELS[config.model]
  const bandwidth = `${number.format(gpu.bandwidth / GB)} GB/s`
  const [weights, compute, kv, step] = [
    serving.weights / gpu.bandwidth,
    2 * model.parameters * serving.running / gpu.flops,
    serving.kvHeld / gpu.bandwidth,
    serving.step,
  ].map(formatMs)
  return [
    `读权重：${formatGB(serving.weights)} ÷ ${bandwidth} = ${weights} ms`,
    `算：2 × ${model.parameters / 1e9}B × ${serving.running} 路 ÷ ${gpu.flops / 1e12} TFLOPS = ${compute} ms`,
    `读 KV：${formatGB(serving.kvHeld)} ÷ ${bandwidth} = ${kv} ms`,
    `每步 ≈ max(${weights}, ${compute}) + ${kv} = ${step} ms`,
  ]
}

/** What memory cannot do for this configuration, in a plain sentence; null when it runs as asked. */
export function memoryNote(config: Config, serving: Serving): string | null {
  const gpu = GPUS[config.gpu]
  if (!serving.fits) {
    return serving.weights > gpu.memory
      ? `放不下：权重 ${formatGB(serving.weights)} > ${gpu.name} 显存 ${gpu.memory / GB} GB，要多卡并行`
      : `放不下：权重加 1 路 KV 超出 ${gpu.name} 显存 ${gpu.memory / GB} GB`
  }
  if (serving.running < config.requests)
    return `显存只放得下 ${serving.running} 路，其余 ${config.requests - serving.running} 路排队`
  return null
}

/** Each click step's point, its figures from the model. */
export function stepSentence(step: number): string {
  const config = stepConfig(step)
  const now = serve(config)
  const rate = (s: Serving) => formatEstimate(s.total)
  if (step === 0)
    return `1 个请求：每个 token 都要把 ${formatGB(now.weights)} 权重读一遍，上限约 ${rate(now)} tokens/s，算力在忙不到 1%：decode 在等显存带宽。`
  if (step === 1) {
    const one = serve({ ...config, requests: 1 })
    return `${config.requests} 个请求合批：总吞吐 ${rate(one)} → ${rate(now)} tokens/s，每路降到 ${formatEstimate(now.perStream)}（TPOT ${formatMs(one.step)} → ${formatMs(now.step)} ms）；KV 也要读，所以是 ${Math.round(now.total / one.total)} 倍而不是 ${config.requests} 倍。`
  }
  if (step === 2) {
    const reserved = serve({ ...config, paged: false })
    const slot = (s: Serving) => formatGB(s.slotTokens * s.kvPerToken)
    return `分页 KV：每路只占 ${slot(now)}（预留要 ${slot(reserved)}），放得下 ${now.running} 路，总吞吐约 ${rate(now)} tokens/s；预留时只有 ${formatPercent(reserved.heldShare)} 的 KV 显存存了 token（论文测旧系统 ${VLLM.earlierHeldShare.map(share => (share * 100).toFixed(1)).join('–')}%）。`
  }
  const model = MODELS[config.model]
  const memory = GPUS[config.gpu].memory
  const noGqa = modelKvBytesPerToken(model, false)
  const mb = (bytes: number) => `${(bytes / 1e6).toPrecision(2)} MB`
  return `${model.name}：FP16 权重 ${formatGB(weightBytes(model, PRECISIONS.fp16))}，一张卡放不下，要并行；INT4 约 ${formatGB(now.weights)}，剩 ${formatGB(memory - now.weights)}；GQA 每 token ${mb(now.kvPerToken)}（不用 GQA ${mb(noGqa)}），4k 上下文放得下 ${now.running} 路而不是 ${Math.floor((memory - now.weights) / (noGqa * now.slotTokens))} 路。`
}

export const stepStage = (step: number): string => STEPS[step]!.stage

// ---- the sliders' spoken values

export const contextValueText = (tokens: number): string => `每个请求的上下文 ${formatTokens(tokens)} 个 token`
export function requestsValueText(requests: number, serving: Serving): string {
  return `并发请求 ${requests} 路${serving.running < requests ? `，显存放得下 ${serving.running} 路` : ''}`
}
