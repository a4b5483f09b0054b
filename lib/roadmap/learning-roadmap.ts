/**
 * The seven-stage learning roadmap from recommender engineer to LLM inference engineer, as the author planned it
 * in 2023. The talk promises "7 个阶段" but never names them; these are the deck's own stages. The weeks are a
 * suggested pace for someone learning beside a full-time job: a plan, not data (示意).
 */
import type { Milestone } from './steps'

type Stage = [title: string, weeks: number, learn: string, build: string, carryOver: string]

// One row per stage: title (≤ about 12 characters), weeks, what you learn (学), what you build to prove it
// (做), which recommender-engineering skills carry over (迁移).
const stages: readonly Stage[] = [
  ['Transformer 基础', 3, '注意力、Transformer 结构、分词与采样', '手写 mini-GPT，逐 token 生成', 'PyTorch、DIN 式注意力'],
  ['跑通模型推理', 2, 'Hugging Face、generate 参数、显存估算', '本地部署 7B 模型，测首 token 延迟', '模型上线、在线服务链路'],
  ['GPU 与性能基础', 4, 'GPU 架构、显存带宽、Roofline、Triton', '用 Profiler 找瓶颈，写一个 Triton 算子', '训练调优、性能分析'],
  ['KV Cache 与合批', 4, 'PagedAttention、FlashAttention、连续批处理', '给 mini-GPT 加 KV Cache 与连续批处理', '缓存设计、动态批处理'],
  ['量化与投机解码', 3, 'INT8/INT4、GPTQ、AWQ、投机解码', '对比量化前后的精度、延迟与显存', '模型压缩、离线评估'],
  ['并行与推理框架', 4, '张量并行；vLLM、SGLang、TensorRT-LLM', '用 vLLM 部署多卡服务并压测', '分布式训练、参数服务器'],
  ['生产化与作品集', 4, '延迟 SLO、每 token 成本、压测与监控', '端到端推理服务作品集与复盘', 'A/B 实验、指标体系、稳定性'],
]

/** The roadmap as shown: the author, then, at stage 1 (当时的我). */
export const learningRoadmap: readonly Milestone[] = stages.map(([title, weeks, learn, build, carryOver], index) => ({
  title,
  weeks,
  state: index === 0 ? 'now' : 'next',
  world: 'llm',
  facts: [
    { label: '学', text: learn, world: 'llm' },
    { label: '做', text: build, world: 'llm' },
    { label: '迁移', text: carryOver, world: 'rec' },
  ],
}))

/** Footnote for the slide: the durations are a suggestion, not a measurement. */
export const learningRoadmapNote = '周数为在职学习的建议节奏（示意），可按基础增减'

/** Where the route ends: shown in the grid's free eighth cell. */
export const learningRoadmapGoal = '交付一个端到端的推理服务作品：做在线服务的经验都用得上'
