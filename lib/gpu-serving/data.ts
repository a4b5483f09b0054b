/**
 * Every figure of the GPU-serving widget, with its source (copied from ../shared/DATA.md §5; keep the two in step).
 * GB = 10⁹ bytes; card capacities are the datasheets' nominal figures. The SXM cards' figures (a PCIe A100 has
 * 1,935 GB/s, not 2,039).
 */

export type ModelId = '7b' | '13b' | '70b'
export type PrecisionId = 'fp16' | 'int8' | 'int4'
export type GpuId = 'rtx4090' | 'a100' | 'h100'

export interface ModelShape {
  name: string
  parameters: number
  layers: number
  hidden: number
  heads: number
  /** Key/value heads: fewer than `heads` with grouped-query attention (GQA). */
  kvHeads: number
  /** Tokens: the most a request can hold. */
  maxContext: number
  /** Token vocabulary: sizes the embedding and lm_head, which group-wise INT4 keeps in FP16. */
  vocab: number
}

export const LLAMA2_SOURCE = 'Llama 2 论文（Touvron 等，arXiv 2307.09288，表 1）与发布的 config.json'

export const MODELS: Readonly<Record<ModelId, ModelShape>> = {
  '7b': { name: 'Llama-2 7B', parameters: 6.74e9, layers: 32, hidden: 4096, heads: 32, kvHeads: 32, maxContext: 4096, vocab: 32000 },
  '13b': { name: 'Llama-2 13B', parameters: 13.0e9, layers: 40, hidden: 5120, heads: 40, kvHeads: 40, maxContext: 4096, vocab: 32000 },
  '70b': { name: 'Llama-2 70B', parameters: 69.0e9, layers: 80, hidden: 8192, heads: 64, kvHeads: 8, maxContext: 4096, vocab: 32000 },
}

export interface Gpu {
  name: string
  /** On its button. */
  short: string
  /** Memory, bytes (nominal). */
  memory: number
  /** Peak memory bandwidth, bytes per second. */
  bandwidth: number
  /** Peak dense FP16/BF16 tensor throughput, FLOP per second. */
  flops: number
}

export const GPU_SOURCE = 'NVIDIA 数据手册（GeForce RTX 4090；A100 SXM 80GB；H100 SXM 80GB）'

export const GPUS: Readonly<Record<GpuId, Gpu>> = {
  rtx4090: { name: 'RTX 4090', short: 'RTX 4090', memory: 24e9, bandwidth: 1008e9, flops: 165e12 },
  a100: { name: 'A100 SXM', short: 'A100', memory: 80e9, bandwidth: 2039e9, flops: 312e12 },
  h100: { name: 'H100 SXM', short: 'H100', memory: 80e9, bandwidth: 3350e9, flops: 989e12 },
}

export interface Precision {
  name: string
  /** Bits a weight takes, scales and zero points included. */
  bits: number
  /** The embedding and lm_head stay FP16 (group-wise INT4 as GPTQ / AWQ ship it). */
  embeddingsInFp16: boolean
}

/**
 * Weight-only quantization: the KV cache stays FP16 and the matrix maths runs at the FP16 peak. Group-128 INT4:
 * 4 bits plus a scale and a zero point per 128 weights, about 4.16 bits.
 */
export const PRECISIONS: Readonly<Record<PrecisionId, Precision>> = {
  fp16: { name: 'FP16', bits: 16, embeddingsInFp16: false },
  int8: { name: 'INT8', bits: 8, embeddingsInFp16: false },
  int4: { name: 'INT4', bits: 4.16, embeddingsInFp16: true },
}

/** Bytes of one FP16 value: the KV cache, and the FP16 weights. */
export const FP16_BYTES = 2

export const VLLM_SOURCE = 'vLLM 论文（Kwon 等，PagedAttention，SOSP 2023，arXiv 2309.06180）'

/** The vLLM paper's figures, quoted beside the widget's own arithmetic. */
export const VLLM = {
  /** Its example: OPT-13B, hidden 5120, 40 layers; "800 KB" a token (KB = 1,024 bytes). */
  opt13b: { hidden: 5120, layers: 40 },
  /** Tokens per KV block (vLLM's default block size). */
  blockTokens: 16,
  /** Share of KV memory that held token states in earlier systems (each request pre-allocated its maximum). */
  earlierHeldShare: [0.204, 0.382] as const,
  /** vLLM's own waste: under 4 % (the last, partly filled block). */
  pagedWasteBelow: 0.04,
  /** Throughput against FasterTransformer and Orca at the same latency. */
  throughputGain: [2, 4] as const,
}

/** Requests in flight at most: vLLM's default max_num_seqs, a common serving default. */
export const MAX_REQUESTS = 256
export const MAX_REQUESTS_SOURCE = 'vLLM 默认 max_num_seqs = 256'

/** Real bandwidth use, commonly, against the peak the ceiling assumes (for the caveat line). */
export const BANDWIDTH_USE = [0.5, 0.8] as const
