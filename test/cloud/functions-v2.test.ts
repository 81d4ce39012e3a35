// The local cloud's V2 mode (CloudBase Cloud Functions V2): several invocations share one
// instance at once, a timeout ends only its own invocation, and there are no timer triggers,
// so the scheduler is driven over HTTP by an outside cron with a secret.
import type { LocalCloud } from '../../localcloud/server'
import { startTestCloud, TEST_FUNCTIONS_DIR } from './harness'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud({ functionGeneration: 'v2', maxInstancesPerFunction: 1, concurrencyPerInstance: 10 })
})
afterAll(async () => {
  await cloud?.close()
})

test('v2: ten invocations run inside one instance at the same time', async () => {
  const recs = await Promise.all(Array.from({ length: 10 }, () => cloud.invoke('slow', { ms: 300 }, { source: 'wx_client' })))
  expect(recs.every((r) => r.ok)).toBe(true)
  const pids = new Set(recs.map((r) => (r.result as { pid: number }).pid))
  expect(pids.size).toBe(1)
  expect(cloud.host.instanceCount('slow')).toBe(1)
  // the instance's CPU time cannot be split between invocations that shared it
  expect(recs.every((r) => r.cpuMs === undefined)).toBe(true)
})

test('v2: a timeout ends only its own invocation; the others on the instance finish', async () => {
  const [stuck, quick] = await Promise.all([
    cloud.invoke('slow', { ms: 3000 }, { source: 'wx_client' }),
    cloud.invoke('slow', { ms: 50 }, { source: 'wx_client' })
  ])
  expect(stuck).toMatchObject({ ok: false, error: { errMsg: expect.stringMatching(/timed out/) } })
  expect(quick).toMatchObject({ ok: true, result: { slept: 50 } })
  expect((quick.result as { pid: number }).pid).toBeGreaterThan(0)
})

test('v2: timer triggers do not fire (the platform has none)', async () => {
  const timed = await startTestCloud({
    functionsDirs: [TEST_FUNCTIONS_DIR],
    functionGeneration: 'v2',
    timers: true,
    collections: [{ name: 'ticks', purpose: 'test', rule: { read: false, write: false }, indexes: [] }]
  })
  try {
    await new Promise((r) => setTimeout(r, 2500)) // probe's trigger fires every second on v1
    expect(timed.store.docs('ticks')).toHaveLength(0)
  } finally {
    await timed.close()
  }
})
