// The scheduler function, fired as its timer trigger would: due jobs are
// claimed once, unknown kinds fail permanently, future jobs wait.
import type { LocalCloud } from '../../localcloud/server'
import { startTestCloud } from './harness'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(async () => {
  await cloud?.close()
})

const tick = () => cloud.invoke('scheduler', { Type: 'Timer', TriggerName: 'every-minute' }, { source: 'wx_trigger', timer: { name: 'every-minute' } })

test('a due job of an unknown kind is recorded as failed, a future one is left alone', async () => {
  const now = Date.now()
  cloud.store.commit([
    { coll: 'jobs', id: 'j1', doc: { _id: 'j1', key: 'k1', kind: 'no-such-kind', status: 'pending', runAt: new Date(now - 1000), attempts: 0 } },
    { coll: 'jobs', id: 'j2', doc: { _id: 'j2', key: 'k2', kind: 'no-such-kind', status: 'pending', runAt: new Date(now + 3600_000), attempts: 0 } }
  ])
  const [a, b] = await Promise.all([tick(), tick()])
  expect(a.ok && b.ok).toBe(true)
  const results = [a.result, b.result] as { failed: number }[]
  expect(results[0].failed + results[1].failed).toBe(1) // claimed exactly once
  expect(cloud.store.get('jobs', 'j1')!.doc).toMatchObject({ status: 'failed', attempts: 1, lastError: expect.stringMatching(/no handler/) })
  expect(cloud.store.get('jobs', 'j2')!.doc).toMatchObject({ status: 'pending', attempts: 0 })
})
