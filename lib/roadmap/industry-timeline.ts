/**
 * The industry timeline behind the talk, from short video to LLMs, on two slides: the recommender era (2012 →
 * 近几年) and the LLM era up to the author's decision (2022-11 → 35 岁).
 * Dates and figures come only from ../shared/DATA.md §2 (§5 for vLLM's 2–4×, §3 for the 35 岁 survey); milestones
 * marked 我的观察 are the talk's own claims and carry no invented date.
 */
import type { Milestone } from './steps'

export const industryTimelineRecEra: readonly Milestone[] = [
  {
    when: '2012–2013',
    title: '快手转型、小红书创立',
    detail: '快手从 GIF 工具转型短视频平台；小红书 2013 年 6 月在上海创立。',
    state: 'done',
    world: 'rec',
    source: '快手港交所招股书；公开报道',
  },
  {
    when: '2013-12-04',
    title: '4G 牌照发放',
    detail: '工信部向中国移动、电信、联通发放 TD-LTE 牌照，移动互联网进入 4G 时代。',
    state: 'done',
    world: 'rec',
    source: '工信部',
  },
  {
    when: '2016-03-09–15',
    title: 'AlphaGo 4:1 胜李世石',
    detail: '首尔五番棋。我后来觉得 ChatGPT 就像当年的 AlphaGo：让人看到 AI 原来可以这么强。',
    state: 'done',
    world: 'llm',
    source: 'DeepMind',
  },
  {
    when: '2016-09',
    title: '抖音上线',
    detail: '以 A.me 之名上线，同年 12 月更名抖音，内容由推荐算法分发。',
    state: 'done',
    world: 'rec',
    source: '公开报道',
  },
  {
    when: '4G 之后',
    title: '推荐算法走红',
    detail: '抖音、快手、小红书用户激增，海量内容要靠推荐分发给最需要的人。',
    note: '我的观察',
    state: 'done',
    world: 'rec',
  },
  {
    when: '近几年',
    title: '用户增长放缓',
    detail: '该用 App 的人基本都用上了，剩下的是让存量用户每天多玩 1–2 分钟。数字见下一页。',
    note: '我的观察',
    state: 'done',
    world: 'rec',
  },
]

export const industryTimelineLlmEra: readonly Milestone[] = [
  {
    when: '2022-11-30',
    title: 'ChatGPT 发布',
    detail: '横空出世，让人看到 AI 的更多可能；瑞银估算 2023 年 1 月月活约 1 亿。',
    state: 'done',
    world: 'llm',
    source: 'OpenAI；瑞银（据 Similarweb）',
  },
  {
    when: '2023-03-14',
    title: 'GPT-4 发布',
    detail: '底层能力大幅进步；我当时预计，几年内它会颠覆很多行业。',
    state: 'done',
    world: 'llm',
    source: 'OpenAI',
  },
  {
    when: '2023-05-28–30',
    title: '百模大战，资本入场',
    detail: '国内 10 亿参数以上大模型达 79 个；英伟达盘中市值破 1 万亿美元。',
    state: 'done',
    world: 'llm',
    source: '中国科学技术信息研究所《中国人工智能大模型地图研究报告》；市场行情',
  },
  {
    when: '2023-06',
    title: 'vLLM 开源',
    detail: '用 PagedAttention 管理 KV Cache；论文报告同等延迟下，吞吐是之前系统的 2–4 倍。',
    state: 'done',
    world: 'llm',
    source: 'vLLM 论文 arXiv 2309.06180（SOSP 2023）',
  },
  {
    when: '2023 · 30 岁',
    title: '决定转做推理工程',
    detail: '刚 30 岁，我判断门槛还不高、供给没跟上：转向大模型推理工程。',
    state: 'now',
    world: 'llm',
  },
  {
    when: '35 岁',
    title: '简历门槛',
    detail: '我怕 35 岁简历被 HR 直接扔掉；85% 的受访者认为存在“35 岁门槛”。',
    note: '我的观察',
    state: 'next',
    source: '智联招聘《2023年一季度人才市场热点快报》',
  },
]
