/**
 * What the GPU-serving widget draws and says, from the model (./model.ts): the memory bar's parts bottom up
 * (weights, the requests' KV cache, free memory, or what spills past the card) with their labels beside it, the
 * read-outs, one decode step's terms and each click step's sentence. Pure TypeScript; SVG units, y grows downward.
 */
import type { Config, Serving } from './model'
import { GPUS, MODELS, PRECISIONS, VLLM } from './data'
import { kvBytesPerToken, serve, stepConfig, weightBytes } from './model'

const GB = 1e9
const number = new Intl.NumberFormat('en-US')

/** 2.15 GB under 10 GB, 13.5 GB under 100 GB, 138 GB above. */
export function formatGB(bytes: number): string {
  const gb = bytes / GB
  return `${gb.toFixed(gb >= 100 ? 0 : gb >= 10 ? 1 : 2)} GB`
}

/** An estimate's digits: three significant from 100 up (2,070), two below (69). */
export function formatEstimate(value: number): string {
  return Number.isFinite(value) ? number.format(Number(value.toPrecision(value >= 100 ? 3 : 2))) : '—'
}

/** Milliseconds to one decimal, so that a step's terms add up. */
export function formatMs(seconds: number): string {
  return Number.isFinite(seconds) ? (seconds * 1000).toFixed(1) : '—'
}

export function formatPercent(share: number): string {
  return Number.isFinite(share) ? `${share > 0 && share < 0.1 ? (share * 100).toFixed(1) : Math.round(share * 100)}%` : '—'
}

// ---- the memory bar

export type PartKind = 'weights' | 'kv' | 'free' | 'over'

/** Two label lines (title 13 units, value 12: chart.css) take 30 units. */
const LABEL = { height: 30, gap: 4, titleRise: 11 } as const
const BAR = { inset: 10, width: 56, labelGap: 16 } as const

/** Label tops along y, each as near its wish as it can be, none overlapping, inside [top, bottom − size]. */
export function spreadLabels(wishes: readonly number[], size: number, top: number, bottom: number): number[] {
  const order = wishes.map((wish, index) => ({ wish, index })).sort((a, b) => a.wish - b.wish)
  const placed = order.map(o => Math.max(o.wish, top))
  for (let i = 1; i < placed.length; i++) // down: each clear of the one above
    placed[i] = Math.max(placed[i]!, placed[i - 1]! + size)
  for (let i = placed.length - 1; i >= 0; i--) // up: back inside the bottom
    placed[i] = Math.min(placed[i]!, (placed[i + 1] ?? bottom) - size)
  const out: number[] = []
  order.forEach((o, i) => (out[o.index] = placed[i]!))
  return out
}

/**
 * The bar at `left` in a plot whose top is `top`: its parts (top edge, height) with their labels (title baseline
 * `labelY`, leader to the bar at `pointY`); the card's capacity line when something does not fit; one request's
 * block of KV, and how much of it (from its bottom) holds tokens.
 */
export function memoryBar(config: Config, serving: Serving, toSvg: (gb: number) => number, left: number, top: number) {
  const s = serving
  const stack: Array<[PartKind, number, string, string]> = [['weights', s.weights, `权重 ${PRECISIONS[config.precision].name}`, formatGB(s.weights)]]
  if (s.fits)
    stack.push(['kv', s.kvSetAside, `KV Cache · ${s.running} 路`, `${formatGB(s.kvSetAside)}，存 token ${formatPercent(s.heldShare)}`], ['free', s.free, '空闲', formatGB(s.free)])
  else
    stack.push(['over', -s.free, `超出 ${s.memory / GB} GB 显存`, formatGB(-s.free)])
  let base = 0
  const parts = stack.map(([kind, bytes, title, value]) => {
    const from = kind === 'over' ? s.memory : base // what spills over starts at the card's capacity
    base += bytes
    const y = toSvg((from + bytes) / GB)
    return { kind, y, height: toSvg(from / GB) - y, title, value, labelY: 0, pointY: 0 }
  }).filter(p => p.height >= 0.5 || p.kind === 'weights')
  const tops = spreadLabels(parts.map(p => p.y + (p.height - LABEL.height) / 2), LABEL.height + LABEL.gap, top, toSvg(0) + 4)
  parts.forEach((p, i) => Object.assign(p, { labelY: tops[i]! + LABEL.titleRise, pointY: p.y + p.height / 2 }))
  const block = toSvg(0) - toSvg(s.slotTokens * s.kvPerToken / GB)
  return {
    x: left + BAR.inset,
    width: BAR.width,
    labelX: left + BAR.inset + BAR.width + BAR.labelGap,
    parts,
    capacityY: s.fits ? null : toSvg(s.memory / GB) as number | null,
    block: s.fits && s.running > 0 && block > 0 ? { height: block, held: block * s.heldShare } : null,
  }
}
export type MemoryBar = ReturnType<typeof memoryBar>

/** The axis's top, GB: the card's memory, or what does not fit rounded up to 20 GB. */
export function memoryTop(s: Serving): number {
  return s.fits ? s.memory / GB : Math.ceil((s.memory - s.free) / GB / 20) * 20
}

// ---- words

export function readouts(s: Serving): Array<{ id: string, label: string, value: string, unit: string }> {
  return [
    { id: 'total', label: '总吞吐', value: formatEstimate(s.total), unit: 'tokens/s' },
    { id: 'stream', label: '每路速度', value: formatEstimate(s.perStream), unit: 'tokens/s' },
    { id: 'tpot', label: '每 token 延迟（TPOT）', value: formatMs(s.step), unit: 'ms' },
    { id: 'compute', label: '算力在忙', value: formatPercent(s.computeShare), unit: '' },
  ]
}

/** One decode step written out: max(read the weights, the maths) + read the KV. */
export function stepTerms(config: Config, s: Serving): string[] {
  if (!s.fits)
    return []
  const gpu = GPUS[config.gpu]
  const bandwidth = `${number.format(gpu.bandwidth / GB)} GB/s`
  const parameters = MODELS[config.model].parameters
  const [weights, maths, kv, step] = [s.weights / gpu.bandwidth, 2 * parameters * s.running / gpu.flops, s.kvHeld / gpu.bandwidth, s.step].map(formatMs)
  return [
    `读权重：${formatGB(s.weights)} ÷ ${bandwidth} = ${weights} ms`,
    `算：2 × ${parameters / GB}B × ${s.running} 路 ÷ ${gpu.flops / 1e12} TFLOPS = ${maths} ms`,
    `读 KV：${formatGB(s.kvHeld)} ÷ ${bandwidth} = ${kv} ms`,
    `每步 ≈ max(${weights}, ${maths}) + ${kv} = ${step} ms`,
  ]
}

/** What memory cannot do for this configuration, plainly; null when it runs as asked. */
export function memoryNote(config: Config, s: Serving): string | null {
  const gpu = `${GPUS[config.gpu].name} 显存 ${s.memory / GB} GB`
  if (!s.fits)
    return s.weights > s.memory ? `放不下：权重 ${formatGB(s.weights)} > ${gpu}，要多卡并行` : `放不下：权重加 1 路 KV 超出 ${gpu}`
  return s.running < config.requests ? `显存只放得下 ${s.running} 路，其余 ${config.requests - s.running} 路排队` : null
}

/** Each click step's point, with the model's own figures. */
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
    const earlier = VLLM.earlierHeldShare.map(share => (share * 100).toFixed(1)).join('–')
    return `分页 KV：每路只占 ${slot(now)}（预留要 ${slot(reserved)}），放得下 ${now.running} 路，总吞吐约 ${rate(now)} tokens/s；预留时只有 ${formatPercent(reserved.heldShare)} 的 KV 显存存了 token（论文测旧系统 ${earlier}%）。`
  }
  const model = MODELS[config.model]
  const left = now.memory - now.weights
  const noGqa = kvBytesPerToken(model, false)
  const mb = (bytes: number) => `${(bytes / 1e6).toPrecision(2)} MB`
  return `${model.name}：FP16 权重 ${formatGB(weightBytes(model, PRECISIONS.fp16))}，一张卡放不下，要并行；INT4 约 ${formatGB(now.weights)}，剩 ${formatGB(left)}；GQA 每 token ${mb(now.kvPerToken)}（不用 GQA ${mb(noGqa)}），4k 上下文放得下 ${now.running} 路而不是 ${Math.floor(left / (noGqa * now.slotTokens))} 路。`
}

export const formatCount = (count: number): string => number.format(count)
export const contextValueText = (tokens: number): string => `每个请求的上下文 ${number.format(tokens)} 个 token`
export function requestsValueText(requests: number, s: Serving): string {
  return `并发请求 ${requests} 路${s.running < requests ? `，显存放得下 ${s.running} 路` : ''}`
}
