import { envLimit, forEachLimited } from '../../../server/core/concurrency'

const tick = () => new Promise((r) => setImmediate(r))

describe('forEachLimited', () => {
  test('never has more than the limit in flight, and keeps results in item order', async () => {
    let inFlight = 0
    let most = 0
    const out = await forEachLimited([5, 1, 4, 2, 3, 6, 7], 3, async (n) => {
      inFlight++
      most = Math.max(most, inFlight)
      for (let i = 0; i < n; i++) await tick()
      inFlight--
      return n * 10
    })
    expect(most).toBe(3)
    expect(out).toEqual([50, 10, 40, 20, 30, 60, 70])
  })

  test('stops starting items once shouldStart says no; started ones finish', async () => {
    const started: number[] = []
    const out = await forEachLimited([1, 2, 3, 4, 5], 2, async (n) => (started.push(n), n), () => started.length < 3)
    expect(started).toEqual([1, 2, 3])
    expect(out).toEqual([1, 2, 3, undefined, undefined])
  })

  test('rejects with the first error after the items in flight settled, and starts nothing more', async () => {
    const settled: number[] = []
    await expect(
      forEachLimited([1, 2, 3, 4], 2, async (n) => {
        await tick()
        if (n === 1) throw new Error('boom 1')
        await tick()
        settled.push(n)
      })
    ).rejects.toThrow('boom 1')
    expect(settled).toEqual([2])
  })

  test('limits come from the environment when set to a positive whole number', () => {
    process.env.TEST_LIMIT = '24'
    expect(envLimit('TEST_LIMIT', 8)).toBe(24)
    process.env.TEST_LIMIT = 'lots'
    expect(envLimit('TEST_LIMIT', 8)).toBe(8)
    delete process.env.TEST_LIMIT
    expect(envLimit('TEST_LIMIT', 8)).toBe(8)
  })
})
