// Withdrawal of consent erases everything that names the child, and the export before it holds
// everything about the child. A child gets every kind of record through the real functions
// (registration, waitlist offer, attendance, HR/staff reads, a linked call, inbox lines, pushes,
// scheduler jobs); after withdrawal, no document of any collection of server/db/schema.ts
// contains the child's id, name or its people's phone numbers, while the audit log keeps counts.
import type { LocalCloud } from '../../localcloud/server'
import { COLLECTION_NAMES } from '../../server/db/schema'
import { startTestCloud } from './harness'
import { childInput, consentAndChild, day, HR, ok, seedFamilies, seedSpace, STAFF, tick, WORKER } from './spaces-fixtures'

const NAME = '李小梅'
const PHONE = '13812345678'

let cloud: LocalCloud
let childId: string
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
})
afterAll(async () => {
  await cloud?.close()
})

/** Every collection whose documents contain `needle` anywhere, with the first matching document. */
function holding(needle: string): Record<string, unknown> {
  const found: Record<string, unknown> = {}
  for (const name of COLLECTION_NAMES) {
    const hit = (cloud.store.docs(name) as unknown[]).find((d) => JSON.stringify(d).includes(needle))
    if (hit) found[name] = hit
  }
  return found
}

test('a child with every kind of record', async () => {
  const child = await consentAndChild(cloud, WORKER, childInput({ givenName: NAME, emergencyContacts: [{ name: '李奶奶', relation: '奶奶', phone: PHONE }, { name: '李叔叔', relation: '叔叔', phone: '13900139000' }], pickupPeople: [{ name: '李奶奶', relation: '奶奶', phone: PHONE, pin: '2468' }] }))
  childId = child.id
  // a confirmed place, read by HR and staff, checked in and out
  await ok(cloud, WORKER, 'registrations.create', { spaceId: 'demo-space', childId })
  await ok(cloud, HR, 'registrations.list', { spaceId: 'demo-space' })
  await ok(cloud, HR, 'registrations.roster', { spaceId: 'demo-space' })
  await ok(cloud, STAFF, 'attendance.today', { spaceId: 'demo-space' })
  await ok(cloud, STAFF, 'attendance.checkIn', { spaceId: 'demo-space', childId })
  await ok(cloud, STAFF, 'attendance.checkOut', { spaceId: 'demo-space', childId, pickupPersonId: child.pickupPeople[0].id, pin: '2468' })
  // a waitlist place that becomes an offer (offer expiry + "12 hours left" jobs name the registration)
  seedSpace(cloud, 'tiny', { capacity: 1, startDate: day(60), endDate: day(70), registrationCloses: day(50) })
  seedFamilies(cloud, 1, 'tiny-')
  const theirs = await ok(cloud, 'tiny-0', 'registrations.create', { spaceId: 'tiny', childId: 'c-tiny-0' })
  const mine = await ok(cloud, WORKER, 'registrations.create', { spaceId: 'tiny', childId })
  expect(mine.status).toBe('waitlisted')
  await ok(cloud, 'tiny-0', 'registrations.cancel', { registrationId: theirs.id })
  expect((cloud.store.get('registrations', mine.id)!.doc as any).status).toBe('offered')
  // a season cancelled by HR after the child registered (its decision stays on that space)
  seedSpace(cloud, 'called-off', { capacity: 3, startDate: day(100), endDate: day(110), registrationCloses: day(90) })
  await ok(cloud, WORKER, 'registrations.create', { spaceId: 'called-off', childId })
  await ok(cloud, HR, 'spaces.cancel', { spaceId: 'called-off', reason: '场地维修' })
  // a planned call linked to the child
  await ok(cloud, WORKER, 'calls.create', { withWhom: '女儿', childId, date: day(3), time: '20:00', repeatWeekly: true, note: '问问暑假', requestId: 'erase-call-0001' })
  await tick(cloud) // pushes: deliveries written

  for (const needle of [childId, NAME, PHONE]) expect(Object.keys(holding(needle)).length).toBeGreaterThan(0)
  expect(Object.keys(holding(childId)).sort()).toEqual(expect.arrayContaining(['attendance', 'audit_log', 'calls', 'children', 'registrations']))
  // (registration events carry their push in the inbox line, not in a job)
  expect(Object.keys(holding(NAME)).sort()).toEqual(expect.arrayContaining(['children', 'notifications']))
})

test('the export holds everything: profile, registrations, attendance, linked calls, inbox items, consent and who read it', async () => {
  const exp = await ok(cloud, WORKER, 'children.export', { childId })
  expect(exp.child).toMatchObject({ id: childId, givenName: NAME })
  expect(exp.registrations.map((r: any) => r.spaceId).sort()).toEqual(['called-off', 'demo-space', 'tiny'])
  expect(exp.attendance).toHaveLength(1)
  expect(exp.calls).toEqual([expect.objectContaining({ withWhom: '女儿', status: 'planned' })])
  expect(exp.inbox.map((n: any) => n.kind).sort()).toEqual(expect.arrayContaining(['registration_confirmed', 'registration_waitlisted', 'offer_made']))
  expect(exp.consent).toMatchObject({ policyVersion: expect.any(String), consentAt: expect.any(String) })
  const reads = exp.accessLog.map((a: any) => `${a.actorRole}:${a.actorName}:${a.action}`)
  expect(reads).toEqual(expect.arrayContaining(['hr:张敏:registrations.list', 'hr:张敏:registrations.roster', 'staff:陈静:attendance.today', 'staff:陈静:attendance.checkOut']))
  // the readable summary says it too
  expect(exp.summary).toContain('女儿')
  expect(exp.summary).toContain('张敏')
  expect(exp.summary).toContain('offer_made')
  expect(exp.summary).toMatch(/在 .* 同意了说明/)
})

test('withdrawal erases every trace of the child in every collection; calls stay unlinked, the audit log keeps counts', async () => {
  const auditBefore = (cloud.store.docs('audit_log') as any[]).filter((a) => a.childIds.includes(childId))
  const res = await ok(cloud, WORKER, 'consent.withdraw', { confirm: true })
  expect(res).toMatchObject({ deletedChildren: 1, cancelledRegistrations: 2 })
  for (const needle of [childId, NAME, PHONE]) expect(holding(needle)).toEqual({})
  // the family next on the list got the freed place as before
  expect((cloud.store.docs('calls') as any[]).filter((c) => c.openid === WORKER)).toEqual(expect.arrayContaining([expect.objectContaining({ withWhom: '女儿' })]))
  for (const before of auditBefore) {
    const after = cloud.store.get('audit_log', before._id)!.doc as any
    expect(after).toMatchObject({ action: before.action, actorOpenid: before.actorOpenid, childCount: before.childIds.length })
    expect(after.childIds).not.toContain(childId)
  }
  // the scheduler runs on without failing over a job that vanished
  expect((await tick(cloud)).result).toMatchObject({ failed: 0 })
})
