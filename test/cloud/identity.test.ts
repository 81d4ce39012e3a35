// Identity isolation: every invocation acts as its own caller, even when many run at once.
// Runs twice in npm test: as V1 functions (one invocation per instance) and as V2 functions
// (several invocations inside one instance, sharing its process.env and module scope).
import type { LocalCloud } from '../../localcloud/server'
import { callApi, startTestCloud, TEST_GENERATION } from './harness'
import { seedFamilies } from './spaces-fixtures'

let cloud: LocalCloud
const CALLERS = 40

beforeAll(async () => {
  // v2: two instances for 40 callers, so invocations certainly overlap inside one instance
  cloud = await startTestCloud({ seed: true, maxInstancesPerFunction: TEST_GENERATION === 'v2' ? 2 : 8, concurrencyPerInstance: 20 })
  seedFamilies(cloud, CALLERS, 'iso-')
})
afterAll(async () => {
  await cloud?.close()
})

test(`${TEST_GENERATION}: each of ${CALLERS} concurrent test-function invocations sees its own caller`, async () => {
  const callers = Array.from({ length: CALLERS }, (_v, i) => `user-${i}`)
  const recs = await Promise.all(callers.map((openid) => cloud.invoke('echo', { me: openid }, { openid, source: 'wx_client' })))
  for (const [i, rec] of recs.entries()) {
    expect(rec.ok).toBe(true)
    expect(rec.result).toMatchObject({ event: { me: callers[i] }, openid: callers[i], source: 'wx_client' })
  }
})

test(`${TEST_GENERATION}: ${CALLERS} families asking for their profile and children at once each get only their own`, async () => {
  const openids = Array.from({ length: CALLERS }, (_v, i) => `iso-${i}`)
  const [profiles, children] = await Promise.all([
    Promise.all(openids.map((o) => callApi(cloud, o, 'me.get', {}))),
    Promise.all(openids.map((o) => callApi(cloud, o, 'children.list', {})))
  ])
  for (const [i, openid] of openids.entries()) {
    expect(profiles[i]).toMatchObject({ ok: true, data: { openid, displayName: openid } })
    const list = (children[i] as { ok: true; data: { children: { id: string }[] } }).data.children
    expect(list.map((c) => c.id)).toEqual([`c-${openid}`])
  }
  if (TEST_GENERATION === 'v2') expect(cloud.host.instanceCount('api')).toBeLessThanOrEqual(2)
})
