import { describe, expect, it } from 'vitest'
import { keepUnchanged } from '../../lib/chart/keep-unchanged'

describe('keepUnchanged', () => {
  const layout = () => ({
    curve: { path: 'M0 0 L1 1', grip: { x: 1, y: 2 } },
    label: { text: '均衡', x: 3, y: 4 },
    covers: [{ x: 1 }, { x: 2 }],
    gap: null as { x: number } | null,
  })

  it('returns the previous layout itself when nothing changed', () => {
    const previous = layout()
    expect(keepUnchanged(previous, layout())).toBe(previous)
  })

  it('keeps the parts that did not change, and takes the ones that did', () => {
    const previous = layout()
    const next = layout()
    next.label.x = 5
    next.covers[1]!.x = 3
    const shared = keepUnchanged(previous, next)
    expect(shared).not.toBe(previous)
    expect(shared.curve).toBe(previous.curve)
    expect(shared.label).not.toBe(previous.label)
    expect(shared.label).toEqual({ text: '均衡', x: 5, y: 4 })
    expect(shared.covers).not.toBe(previous.covers)
    expect(shared.covers[0]).toBe(previous.covers[0])
    expect(shared.covers[1]).toEqual({ x: 3 })
  })

  it('tells apart null, missing keys, extra items and NaN', () => {
    const previous = layout()
    expect(keepUnchanged(previous, { ...layout(), gap: { x: 1 } }).gap).toEqual({ x: 1 })
    const fewer = { ...layout(), covers: [{ x: 1 }] }
    expect(keepUnchanged(previous, fewer).covers).toHaveLength(1)
    const { gap: _gap, ...withoutGap } = layout()
    expect(keepUnchanged(previous, withoutGap as ReturnType<typeof layout>)).not.toBe(previous)
    const nan = { ...layout(), label: { text: '均衡', x: Number.NaN, y: 4 } }
    expect(keepUnchanged(nan, { ...layout(), label: { text: '均衡', x: Number.NaN, y: 4 } }).label).toBe(nan.label)
  })

  it('never changes the previous layout', () => {
    const previous = layout()
    const copy = structuredClone(previous)
    keepUnchanged(previous, { ...layout(), covers: [] })
    expect(previous).toEqual(copy)
  })

  it('starts from nothing', () => {
    const next = layout()
    expect(keepUnchanged(null, next)).toBe(next)
  })
})
