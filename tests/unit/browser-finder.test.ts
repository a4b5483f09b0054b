import { afterEach, describe, expect, it } from 'vitest'
import { findChromium, HOW_TO_GET_A_BROWSER } from '../../scripts/browser'

describe('findChromium', () => {
  const saved = process.env.CHROMIUM_PATH
  afterEach(() => {
    if (saved === undefined)
      delete process.env.CHROMIUM_PATH
    else
      process.env.CHROMIUM_PATH = saved
  })

  it('uses CHROMIUM_PATH first when it points to a file', () => {
    process.env.CHROMIUM_PATH = process.execPath
    expect(findChromium()).toEqual({ path: process.execPath, source: 'CHROMIUM_PATH' })
  })

  it('explains how to get a browser when CHROMIUM_PATH points nowhere', () => {
    process.env.CHROMIUM_PATH = '/no/such/chrome'
    expect(() => findChromium()).toThrow(/CHROMIUM_PATH is set to \/no\/such\/chrome/)
    expect(() => findChromium()).toThrow(/npx playwright install chromium/)
  })

  it('names all three ways to get one', () => {
    expect(HOW_TO_GET_A_BROWSER).toMatch(/CHROMIUM_PATH=/)
    expect(HOW_TO_GET_A_BROWSER).toMatch(/playwright install/)
    expect(HOW_TO_GET_A_BROWSER).toMatch(/apt-get install chromium/)
  })
})
