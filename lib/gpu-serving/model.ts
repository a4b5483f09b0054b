/**
 * One GPU serving one model, first-order arithmetic (估算, 理论上限; DATA.md §5, reviewed by an inference engineer):
 * - weights = parameters × bytes per weight (weight-only quantization; INT4 keeps embedding and lm_head in FP16);
 * - KV per token = 2 (K and V) × layers × KV heads × head size × 2 bytes: FP16 whatever the weights are;
 * - a request sets aside the model's maximum context (reserved) or ⌈context ÷ 16⌉ × 16 tokens (paged, as vLLM);
 * - it fits when weights + one request's KV ≤ memory; requests in flight are as many as memory holds, at most 256;
 * - one decode step ≈ max(weights ÷ bandwidth, 2 × parameters × requests ÷ peak FLOPS) + KV held ÷ bandwidth
 *   (attention stays memory-bound); total tokens/s = requests ÷ step, per stream = 1 ÷ step (TPOT = step).
 * Pure TypeScript, no DOM.
 */
import type { GpuId, ModelId, ModelShape, Precision, PrecisionId } from './data'
import { FP16_BYTES, GPUS, MAX_REQUESTS, MODELS, PRECISIONS, VLLM } from './data'

/** `context`: tokens each request holds now; `requests`: asked for (memory may hold fewer); `paged`: as vLLM. */
export interface Config {
  model: ModelId
  precision: PrecisionId
  gpu: GpuId
  context: number
  requests: number
  paged: boolean
}

export function weightBytes(model: ModelShape, precision: Precision): number {
  const inFp16 = precision.embeddingsInFp16 ? 2 * model.vocab * model.hidden : 0
  return inFp16 * FP16_BYTES + (model.parameters - inFp16) * precision.bits / 8
}

/** KV bytes of one token: K and V, each KV heads × head size, every layer, FP16; `gqa: false` as if it had none. */
export function kvBytesPerToken(model: Pick<ModelShape, 'layers' | 'hidden' | 'heads' | 'kvHeads'>, gqa = true): number {
  return 2 * model.layers * (gqa ? model.kvHeads : model.heads) * (model.hidden / model.heads) * FP16_BYTES
}

/** A configuration served. Bytes; `step`: seconds per decode step (= TPOT), NaN when nothing runs. */
export function serve(config: Config) {
  const model = MODELS[config.model]
  const gpu = GPUS[config.gpu]
  const weights = weightBytes(model, PRECISIONS[config.precision])
  const kvPerToken = kvBytesPerToken(model)
  const context = Math.min(Math.max(0, config.context), model.maxContext)
  const slotTokens = config.paged ? Math.ceil(context / VLLM.blockTokens) * VLLM.blockTokens : model.maxContext
  const slot = slotTokens * kvPerToken
  const fits = weights + slot <= gpu.memory
  const maxRequests = !fits ? 0 : slot === 0 ? MAX_REQUESTS : Math.min(MAX_REQUESTS, Math.floor((gpu.memory - weights) / slot))
  const running = Math.min(Math.max(0, Math.floor(config.requests)), maxRequests)
  const kvHeld = running * context * kvPerToken
  const kvSetAside = running * slot
  const compute = 2 * model.parameters * running / gpu.flops
  const step = running > 0 ? Math.max(weights / gpu.bandwidth, compute) + kvHeld / gpu.bandwidth : Number.NaN
  return {
    memory: gpu.memory,
    weights,
    kvPerToken,
    /** Tokens one request sets aside: the model's maximum (reserved) or its context in whole blocks (paged). */
    slotTokens,
    /** Weights and one request's KV fit in memory. */
    fits,
    /** Requests memory holds, at most MAX_REQUESTS; `running` of them are in flight. */
    maxRequests,
    running,
    /** KV the requests in flight hold (their tokens) and set aside. */
    kvHeld,
    kvSetAside,
    /** Memory left; negative by what does not fit. */
    free: gpu.memory - weights - (fits ? kvSetAside : slot),
    step,
    /** Tokens per second, all streams and one stream; the share of the step the tensor cores are busy. */
    total: running / step,
    perStream: 1 / step,
    computeShare: compute / step,
    /** Held ÷ set-aside KV memory. */
    heldShare: kvHeld / kvSetAside,
  }
}
export type Serving = ReturnType<typeof serve>

// ---- the four click steps

/** A click step: the learning roadmap's stage it belongs to, its configuration (`'fill'`: as many as fit). */
export interface StepPreset { stage: string, config: Omit<Config, 'requests'> & { requests: number | 'fill' } }

const SEVEN_B_ON_A100 = { model: '7b', precision: 'fp16', gpu: 'a100' } as const

export const STEPS: readonly StepPreset[] = [
  { stage: 'GPU 与性能基础', config: { ...SEVEN_B_ON_A100, context: 0, requests: 1, paged: false } },
  { stage: 'KV Cache 与合批', config: { ...SEVEN_B_ON_A100, context: 1024, requests: 30, paged: false } },
  { stage: 'KV Cache 与合批', config: { ...SEVEN_B_ON_A100, context: 1024, requests: 'fill', paged: true } },
  { stage: '量化 · 并行与推理框架', config: { model: '70b', precision: 'int4', gpu: 'h100', context: 4096, requests: 'fill', paged: true } },
]

/** The slide's click count (its `clicks:` frontmatter): steps 0 … LAST_STEP. */
export const LAST_STEP = STEPS.length - 1

/**
 * Printed (one-page PDF, handout, reading view): paged KV on the A100, where weights, many requests' KV, total and
 * per-stream speed meet in one picture, the roadmap's core stage (KV Cache 与合批).
 */
export const PRINTED_STEP = 2

export function stepConfig(step: number): Config {
  const { config } = STEPS[step]!
  const requests = config.requests === 'fill' ? serve({ ...config, requests: MAX_REQUESTS }).maxRequests : config.requests
  return { ...config, requests }
}
