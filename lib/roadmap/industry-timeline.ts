/**
 * The industry timeline behind the talk, from short video to LLMs.
 * Dates and figures come only from /work/shared/DATA.md §2 (and §1, §3 for the two supporting figures);
 * milestones marked 作者观察 are the essay's own claims and carry no invented date.
 *
 * Each milestone has a `detail` and a shorter `brief`, which the component shows when all 12 share a slide.
 *
 * Three exports so the slide can use one timeline or two:
 *   industryTimeline        all 12 milestones (one dense slide)
 *   industryTimelineRecEra  part 1, 2012 → 近几年: the recommender era (6 milestones, all done)
 *   industryTimelineLlmEra  part 2, 2022-11 → 35 岁: the LLM era up to the author's decision (6 milestones)
 */
import type { Milestone } from './milestones'

export const industryTimelineRecEra: readonly Milestone[] = [
  {
    id: 'kuaishou-xiaohongshu',
    date: '2012/2013',
    title: '快手转型、小红书创立',
    detail: '快手从 GIF 工具转型短视频平台；小红书 2013 年 6 月在上海创立。',
    brief: '快手转做短视频；小红书创立',
    state: 'done',
    world: 'rec',
    source: '快手港交所招股书；公开报道',
  },
  {
    id: '4g-licences',
    date: '2013-12-04',
    title: '4G 牌照发放',
    detail: '工信部向中国移动、电信、联通发放 TD-LTE 牌照，移动互联网进入 4G 时代。',
    brief: '三大运营商拿到 TD-LTE 牌照',
    state: 'done',
    world: 'rec',
    source: '工信部',
  },
  {
    id: 'alphago',
    date: '2016-03-09/2016-03-15',
    title: 'AlphaGo 4:1 胜李世石',
    detail: '首尔五番棋。作者说 ChatGPT 就像 2016 年的 AlphaGo：AI 原来可以这么强。',
    brief: '作者：ChatGPT 就像当年的 AlphaGo',
    state: 'done',
    world: 'llm',
    source: 'DeepMind',
  },
  {
    id: 'douyin',
    date: '2016-09',
    title: '抖音上线',
    detail: '以 A.me 之名上线，同年 12 月更名抖音，内容由推荐算法分发。',
    brief: '以 A.me 上线，12 月更名抖音',
    state: 'done',
    world: 'rec',
    source: '公开报道',
  },
  {
    id: 'recsys-boom',
    label: '4G 之后',
    title: '推荐算法走红',
    detail: '抖音、快手、小红书用户激增，海量内容要靠推荐分发给最需要的人。',
    brief: 'App 用户激增，内容靠推荐分发',
    note: '作者观察',
    state: 'done',
    world: 'rec',
  },
  {
    id: 'growth-peak',
    label: '近几年',
    title: '用户增长见顶',
    detail: '该用的都用上了，只剩让存量用户每天多玩 1–2 分钟。网民普及率 2023-12 达 77.5%。',
    brief: '存量用户每天只能多玩 1–2 分钟',
    note: '作者观察',
    state: 'done',
    world: 'rec',
    source: 'CNNIC 第 53 次报告',
  },
]

export const industryTimelineLlmEra: readonly Milestone[] = [
  {
    id: 'chatgpt',
    date: '2022-11-30',
    title: 'ChatGPT 发布',
    detail: '横空出世，让人看到 AI 的更多可能；瑞银估算 2023 年 1 月月活约 1 亿。',
    brief: '瑞银估算 2023-01 月活约 1 亿',
    state: 'done',
    world: 'llm',
    source: 'OpenAI；瑞银（据 Similarweb）',
  },
  {
    id: 'gpt-4',
    date: '2023-03-14',
    title: 'GPT-4 发布',
    detail: '底层能力大幅进步，作者预计未来几年会颠覆很多行业。',
    brief: '作者预计几年内颠覆很多行业',
    state: 'done',
    world: 'llm',
    source: 'OpenAI',
  },
  {
    id: 'hundred-models',
    date: '2023-05-28/2023-05-30',
    title: '百模大战，资本入场',
    detail: '国内 10 亿参数以上大模型达 79 个；英伟达盘中市值破 1 万亿美元。',
    brief: '79 个国产大模型；英伟达盘中破万亿美元',
    state: 'done',
    world: 'llm',
    source: '中国科学技术信息研究所《中国人工智能大模型地图研究报告》；市场行情',
  },
  {
    id: 'vllm',
    date: '2023-06',
    title: 'vLLM 开源',
    detail: '用 PagedAttention 管理 KV Cache，论文报告吞吐提升 2–4 倍。',
    brief: 'PagedAttention 让吞吐提升 2–4 倍',
    state: 'done',
    world: 'llm',
    source: 'vLLM 论文 arXiv 2309.06180（SOSP 2023）',
  },
  {
    id: 'decision-at-30',
    date: '2023',
    label: '2023 · 30 岁',
    title: '决定转行推理',
    detail: '刚 30 岁，门槛还不高、供给没跟上：转向大模型推理工程化。',
    brief: '门槛不高、供给未跟上：转行',
    state: 'now',
    world: 'llm',
  },
  {
    id: 'age-35',
    label: '35 岁',
    title: '简历门槛',
    detail: '作者怕 35 岁简历被 HR 直接扔掉；85% 受访者认为存在“35 岁门槛”。',
    brief: '85% 受访者认为存在 35 岁门槛',
    note: '作者观察',
    state: 'next',
    source: '智联招聘《2023年一季度人才市场热点快报》',
  },
]

export const industryTimeline: readonly Milestone[] = [...industryTimelineRecEra, ...industryTimelineLlmEra]
