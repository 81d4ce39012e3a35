// What one registration costs in database requests, and where its WeChat message goes: the
// rush goal (issue 11: at most 6 requests per registration) holds by construction. The
// caller's user record comes inside the arrival read, the registration is written once and
// already decided (its decision first: places.ts), the inbox line is also the push's work
// item, sent by the next scheduler run (once, even when that run is repeated).
import type { LocalCloud } from '../../localcloud/server'
import { startTestCloud } from './harness'
import { seedFamilies, seedSpace, tick } from './spaces-fixtures'

const TEMPLATE = 'TPL_REGISTRATION_STATUS'
let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
})
afterAll(async () => {
  await cloud?.close()
})

async function register(openid: string, spaceId: string) {
  const rec = await cloud.invoke('api', { action: 'registrations.create', payload: { spaceId, childId: `c-${openid}`, requestId: `req-${openid}-0001` } }, { openid, source: 'wx_client' })
  expect(rec.result).toMatchObject({ ok: true })
  const cost = cloud.stats.invocations.find((i) => i.invocationId === rec.invocationId)!.dbRequests
  return { status: (rec.result as any).data.status as string, position: (rec.result as any).data.waitlistPosition as number | undefined, cost }
}

test('a place costs 4 database requests, a waitlist slot 5 (its position is counted); nothing else is queued', async () => {
  seedSpace(cloud, 'cost', { capacity: 1 })
  seedFamilies(cloud, 3, 'cost-')
  const jobsBefore = cloud.store.docs('jobs').length
  expect(await register('cost-0', 'cost')).toMatchObject({ status: 'confirmed', cost: 4 })
  expect(await register('cost-1', 'cost')).toMatchObject({ status: 'waitlisted', position: 1, cost: 5 })
  expect(await register('cost-2', 'cost')).toMatchObject({ status: 'waitlisted', position: 2, cost: 5 })
  expect(cloud.store.docs('jobs').length).toBe(jobsBefore)
  // each family sees its line in the inbox at once
  const lines = (cloud.store.docs('notifications') as any[]).filter((n) => n.openid.startsWith('cost-'))
  expect(lines.map((n) => [n.openid, n.kind]).sort()).toEqual([
    ['cost-0', 'registration_confirmed'],
    ['cost-1', 'registration_waitlisted'],
    ['cost-2', 'registration_waitlisted']
  ])
})

test("the message goes out with the next scheduler run, where there is credit, and only once", async () => {
  seedSpace(cloud, 'push', { capacity: 5 })
  seedFamilies(cloud, 2, 'push-')
  const now = new Date()
  const id = `push-0:${TEMPLATE}`
  cloud.store.commit([{ coll: 'subscribe_credits', id, doc: { _id: id, openid: 'push-0', templateId: TEMPLATE, kind: 'registration_status', credit: 2, updatedAt: now } }])
  await register('push-0', 'push')
  await register('push-1', 'push')
  const sent = () => cloud.outbox.list().filter((m: any) => String(m.touser).startsWith('push-'))
  expect(sent()).toHaveLength(0)
  expect((await tick(cloud)).ok).toBe(true)
  expect(sent().map((m: any) => m.touser)).toEqual(['push-0']) // push-1 has no credit: inbox only
  const pending = (cloud.store.docs('notifications') as any[]).filter((n) => n.openid.startsWith('push-') && n.pushPending)
  expect(pending).toHaveLength(0)
  // a line marked pending again (a run killed after sending, before its mark) is not sent twice
  const line = (cloud.store.docs('notifications') as any[]).find((n) => n.openid === 'push-0')
  cloud.store.commit([{ coll: 'notifications', id: line._id, doc: { ...line, pushPending: true } }])
  for (let i = 0; i < 2; i++) expect((await tick(cloud)).ok).toBe(true)
  expect(sent()).toHaveLength(1)
  expect((cloud.store.get('subscribe_credits', id)!.doc as any).credit).toBe(1)
})
