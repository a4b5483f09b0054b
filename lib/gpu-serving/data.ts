/**
 * Every figure of the GPU-serving widget with its source, copied from ../shared/DATA.md §5 (keep the two in step).
 * GB = 10⁹ bytes; card memory is the nominal figure; the cards are the SXM ones (a PCIe A100 has 1,935 GB/s).
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
  /** Fewer than `heads` with grouped-query attention (GQA). */
  kvHeads: number
  /** The most tokens a request can hold. */
  maxContext: number
  /** Sizes the embedding and lm_head, which group-wise INT4 keeps in FP16. */
  vocab: number
}

export const LLAMA2_SOURCE = 'Llama 2 论文（Touvron 等，arXiv 2307.09288，表 1）与发布的 config.json'
export const MODELS: Readonly<Record<ModelId, ModelShape>> = {
  '7b': { name: 'Llama-2 7B', parameters: 6.74e9, layers: 32, hidden: 4096, heads: 32, kvHeads: 32, maxContext: 4096, vocab: 32000 },
  '13b': { name: 'Llama-2 13B', parameters: 13.0e9, layers: 40, hidden: 5120, heads: 40, kvHeads: 40, maxContext: 4096, vocab: 32000 },
  '70b': { name: 'Llama-2 70B', parameters: 69.0e9, layers: 80, hidden: 8192, heads: 64, kvHeads: 8, maxContext: 4096, vocab: 32000 },
}

/** Memory in bytes, peak bandwidth in bytes/s, peak dense FP16 tensor FLOP/s; `short` goes on its button. */
export interface Gpu { name: string, short: string, memory: number, bandwidth: number, flops: number }

export const GPU_SOURCE = 'NVIDIA 数据手册（GeForce RTX 4090；A100 SXM 80GB；H100 SXM 80GB）'
export const GPUS: Readonly<Record<GpuId, Gpu>> = {
  rtx4090: { name: 'RTX 4090', short: 'RTX 4090', memory: 24e9, bandwidth: 1008e9, flops: 165e12 },
  a100: { name: 'A100 SXM', short: 'A100', memory: 80e9, bandwidth: 2039e9, flops: 312e12 },
  h100: { name: 'H100 SXM', short: 'H100', memory: 80e9, bandwidth: 3350e9, flops: 989e12 },
}

/**
 * Weight-only quantization: the KV cache stays FP16 and the maths runs at the FP16 peak. Group-128 INT4 (GPTQ,
 * AWQ) is 4 bits plus a scale and a zero point per 128 weights, about 4.16 bits, with embedding and lm_head in FP16.
 */
export interface Precision { name: string, bits: number, embeddingsInFp16: boolean }
export const PRECISIONS: Readonly<Record<PrecisionId, Precision>> = {
  fp16: { name: 'FP16', bits: 16, embeddingsInFp16: false },
  int8: { name: 'INT8', bits: 8, embeddingsInFp16: false },
  int4: { name: 'INT4', bits: 4.16, embeddingsInFp16: true },
}
export const FP16_BYTES = 2

export const VLLM_SOURCE = 'vLLM 论文（Kwon 等，PagedAttention，SOSP 2023，arXiv 2309.06180）'
export const VLLM = {
  /** Its example, OPT-13B: "800 KB" of KV a token (its KB is 1,024 bytes). */
  opt13b: { layers: 40, hidden: 5120, heads: 40, kvHeads: 40 },
  blockTokens: 16, // tokens per KV block
  /** Share of KV memory holding tokens in earlier systems (each request pre-allocated its maximum). */
  earlierHeldShare: [0.204, 0.382] as const,
}

/** Requests in flight at most: vLLM's default max_num_seqs, a common serving default. */
export const MAX_REQUESTS = 256
export const MAX_REQUESTS_SOURCE = 'vLLM 默认 max_num_seqs = 256'
