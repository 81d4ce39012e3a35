// The scheduler without timers (V2): an outside cron calls it through HTTP access with the
// secret from the function's environment. Every run, timer or HTTP, is recorded, and HR's
// home learns when runs have stopped.
import type { LocalCloud } from '../../localcloud/server'
import { callApi, startTestCloud } from './harness'
import { tick } from './spaces-fixtures'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true, schedulerSecret: 'test-secret-0123456789abcdef' })
})
afterAll(async () => {
  await cloud?.close()
})

const post = (headers: Record<string, string>, method = 'POST') =>
  fetch(`${cloud.url}/__http/scheduler`, { method, headers: { 'content-type': 'application/json', ...headers }, body: method === 'POST' ? '{}' : undefined })

test('without the bearer secret, or with a wrong one, the HTTP call runs nothing', async () => {
  const before = cloud.store.docs('scheduler_runs').length
  expect((await post({})).status).toBe(401)
  expect((await post({ authorization: 'Bearer not-the-secret-at-all' })).status).toBe(401)
  expect((await post({ authorization: `Bearer ${cloud.schedulerSecret}` }, 'GET')).status).toBe(405)
  expect(cloud.store.docs('scheduler_runs')).toHaveLength(before)
})

test('an app call to the scheduler is refused (not a timer, not HTTP access)', async () => {
  const rec = await cloud.invoke('scheduler', {}, { openid: 'demo-worker', source: 'wx_client' })
  expect(rec.result).toMatchObject({ ok: false })
})

test('with the secret, the HTTP call runs due jobs and records the run', async () => {
  const now = Date.now()
  cloud.store.commit([{ coll: 'jobs', id: 'h1', doc: { _id: 'h1', key: 'h1', kind: 'no-such-kind', status: 'pending', runAt: new Date(now - 1000), attempts: 0 } }])
  const res = await post({ authorization: `Bearer ${cloud.schedulerSecret}` })
  expect(res.status).toBe(200)
  expect(await res.json()).toMatchObject({ ok: true, failed: 1 })
  const runs = cloud.store.docs('scheduler_runs') as { via: string; finishedAt: Date }[]
  expect(runs.map((r) => r.via)).toContain('http')
  const newest = [...runs].sort((a, b) => new Date(b.finishedAt).getTime() - new Date(a.finishedAt).getTime())[0]
  expect(newest).toMatchObject({ via: 'http' })
})

test('HR sees whether the scheduler runs; a worker may not ask', async () => {
  await tick(cloud)
  expect(await callApi(cloud, 'demo-hr', 'scheduler.status', {})).toMatchObject({ ok: true, data: { state: 'ok', minutesSince: 0 } })
  expect(await callApi(cloud, 'demo-worker', 'scheduler.status', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })

  // no run for 11 minutes: HR is told reminders and offers are not going out
  const elevenMinutesAgo = new Date(Date.now() - 11 * 60_000)
  cloud.store.commit((cloud.store.docs('scheduler_runs') as any[]).map((r) => ({ coll: 'scheduler_runs', id: r._id, doc: { ...r, finishedAt: elevenMinutesAgo } })))
  expect(await callApi(cloud, 'demo-hr', 'scheduler.status', {})).toMatchObject({ ok: true, data: { state: 'stale', minutesSince: 11 } })
})
