/**
 * The seven-stage learning roadmap from recommender engineer to LLM inference engineer.
 * The essay promises "7 个阶段" but never names them; these are the deck's own stages.
 * The weeks are a suggested pace for someone learning beside a full-time job: a plan, not data (示意).
 */
import type { Milestone } from './milestones'
import { totalWeeks } from './dates'

export interface LearningStage {
  id: string
  /** ≤ about 12 characters. */
  title: string
  weeks: number
  /** What you learn. */
  learn: string
  /** What you build to prove it. */
  build: string
  /** Which recommender-engineering skills carry over. */
  carryOver: string
}

export const learningStages: readonly LearningStage[] = [
  {
    id: 'transformer-basics',
    title: 'Transformer 基础',
    weeks: 3,
    learn: '注意力、Transformer 结构、分词与采样',
    build: '手写 mini-GPT，逐 token 生成',
    carryOver: 'PyTorch、DIN 式注意力',
  },
  {
    id: 'first-inference',
    title: '跑通模型推理',
    weeks: 2,
    learn: 'Hugging Face、generate 参数、显存估算',
    build: '本地部署 7B 模型，测首 token 延迟',
    carryOver: '模型上线、在线服务链路',
  },
  {
    id: 'gpu-performance',
    title: 'GPU 与性能基础',
    weeks: 4,
    learn: 'GPU 架构、显存带宽、Roofline、Triton',
    build: '用 Profiler 找瓶颈，写一个 Triton 算子',
    carryOver: '训练调优、性能分析',
  },
  {
    id: 'kv-cache-batching',
    title: 'KV Cache 与合批',
    weeks: 4,
    learn: 'PagedAttention、FlashAttention、连续批处理',
    build: '给 mini-GPT 加 KV Cache 与动态批处理',
    carryOver: '缓存设计、请求合批',
  },
  {
    id: 'quantization-speculative',
    title: '量化与投机解码',
    weeks: 3,
    learn: 'INT8/INT4、GPTQ、AWQ、投机解码',
    build: '对比量化前后的精度、延迟与显存',
    carryOver: '模型压缩、离线评估',
  },
  {
    id: 'parallelism-serving',
    title: '并行与推理框架',
    weeks: 4,
    learn: '张量并行；vLLM、SGLang、TensorRT-LLM',
    build: '用 vLLM 部署多卡服务并压测',
    carryOver: '分布式训练、参数服务器',
  },
  {
    id: 'production-portfolio',
    title: '生产化与作品集',
    weeks: 4,
    learn: '延迟 SLO、每 token 成本、压测与监控',
    build: '端到端推理服务作品集与复盘',
    carryOver: 'A/B 实验、指标体系、稳定性',
  },
]

/** Turns stages into milestones: stage `nowIndex` carries "你在这里", earlier ones are done, later ones next. */
export function stagesToMilestones(stages: readonly LearningStage[], nowIndex = 0): Milestone[] {
  return stages.map((stage, index) => ({
    id: stage.id,
    title: stage.title,
    weeks: stage.weeks,
    state: index < nowIndex ? 'done' : index === nowIndex ? 'now' : 'next',
    world: 'llm',
    facts: [
      { label: '学', text: stage.learn, world: 'llm' },
      { label: '做', text: stage.build, world: 'llm' },
      { label: '迁移', text: stage.carryOver, world: 'rec' },
    ],
  }))
}

/** The roadmap as shown: the author is at the start, stage 1. */
export const learningRoadmap: readonly Milestone[] = stagesToMilestones(learningStages, 0)

/** Total duration of the plan in weeks (what the component shows as 合计). */
export const learningRoadmapTotalWeeks: number = totalWeeks(learningStages)

/** Footnote for the slide: the durations are a suggestion, not a measurement. */
export const learningRoadmapNote = '周数为在职学习的建议节奏（示意），可按基础增减'

/** Where the route ends (the talk's script for this slide): shown in the grid's free eighth cell. */
export const learningRoadmapGoal = '交付一个端到端的推理服务作品：推理偏工程，做在线服务的经验都用得上'
