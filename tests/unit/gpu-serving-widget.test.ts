// components/gpu-serving: each step is a complete picture; a viewer's change shows that configuration until the next step.
import type { Config } from '../../lib/gpu-serving/model'
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import GpuServing from '../../components/gpu-serving/GpuServing.vue'
import { formatEstimate, formatMs } from '../../lib/gpu-serving/layout'
import { LAST_STEP, serve, stepConfig } from '../../lib/gpu-serving/model'
import { mountPerTest, tid } from '../support/mount'

const { render, warn } = mountPerTest(GpuServing)

function readoutsOf(wrapper: ReturnType<typeof render>) {
  const value = (id: string) => wrapper.find(`${tid(`gpu-${id}`)} strong`).text()
  return { total: value('total'), stream: value('stream'), tpot: value('tpot') }
}

function expected(config: Config) {
  const s = serve(config)
  return { total: formatEstimate(s.total), stream: formatEstimate(s.perStream), tpot: formatMs(s.step) }
}

describe('gpu-serving widget', () => {
  it('shows each step\'s configuration and its figures; out-of-range steps are clamped', async () => {
    const wrapper = render({ step: 0 })
    for (let step = 0; step <= LAST_STEP; step++) {
      await wrapper.setProps({ step })
      expect(wrapper.find(tid('gpu-serving')).attributes('data-step')).toBe(String(step))
      expect(readoutsOf(wrapper)).toEqual(expected(stepConfig(step)))
      expect((wrapper.find(tid('gpu-requests')).element as HTMLInputElement).value).toBe(String(stepConfig(step).requests))
    }
    await wrapper.setProps({ step: 99 })
    expect(wrapper.find(tid('gpu-serving')).attributes('data-step')).toBe(String(LAST_STEP))
    await wrapper.setProps({ step: Number.NaN })
    expect(wrapper.find(tid('gpu-serving')).attributes('data-step')).toBe('0')
    expect(warn).not.toHaveBeenCalled()
  })

  it('a viewer\'s pick changes the read-outs as the model says, until the next step', async () => {
    const wrapper = render({ step: 1 })
    await wrapper.find(tid('gpu-paged-true')).trigger('click')
    expect(readoutsOf(wrapper)).toEqual(expected({ ...stepConfig(1), paged: true }))
    const requests = wrapper.find(tid('gpu-requests'))
    await requests.setValue('200')
    expect(readoutsOf(wrapper)).toEqual(expected({ ...stepConfig(1), paged: true, requests: 200 }))
    expect(wrapper.find(tid('gpu-note')).text()).toContain('其余 77 路排队')
    expect(requests.attributes('aria-valuetext')).toBe('并发请求 200 路，显存放得下 123 路')

    await wrapper.find(tid('gpu-model-70b')).trigger('click')
    expect(wrapper.find(tid('gpu-note')).text()).toBe('放不下：权重 138 GB > A100 SXM 显存 80 GB，要多卡并行')
    expect(readoutsOf(wrapper).total).toBe('—')
    expect(wrapper.find(tid('gpu-part-over')).exists()).toBe(true)
    await wrapper.setProps({ step: 2 })
    await nextTick()
    expect(readoutsOf(wrapper)).toEqual(expected(stepConfig(2)))
    expect(wrapper.find(tid('gpu-note')).exists()).toBe(false)
  })

  it('speaks its sliders\' values in Chinese and labels the figures 估算 with their sources', () => {
    const wrapper = render({ step: 2 })
    expect(wrapper.find(tid('gpu-context')).attributes('aria-valuetext')).toBe('每个请求的上下文 1,024 个 token')
    const caption = wrapper.find('.gs-caption').text()
    for (const part of ['估算', '理论上限', 'GB = 10⁹', 'NVIDIA', 'Llama 2', 'vLLM'])
      expect(caption).toContain(part)
  })
})
