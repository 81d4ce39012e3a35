// Privacy and operations: consent withdrawal, retention purge, PIN safety,
// cancellations reaching every family, roles, approval, capacity edits.
import type { LocalCloud } from '../../localcloud/server'
import { startTestCloud, callApi } from './harness'
import { childInput, consentAndChild, day, FACTORY, HR, ok, refused, seedFamilies, seedSpace, STAFF, tick, WORKER } from './spaces-fixtures'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
})
afterAll(async () => {
  await cloud?.close()
})

const reg = (id: string) => cloud.store.get('registrations', id)?.doc as any
const space = (id: string) => cloud.store.get('spaces', id)!.doc as any

test('joining a factory by invite code or QR scene makes the caller a worker there, once', async () => {
  expect(await refused(cloud, 'newcomer', 'factory.join', { inviteCode: 'NOPE1234' })).toBe('INVITE_CODE_INVALID')
  const joined = await ok(cloud, 'newcomer', 'factory.join', { inviteCode: 'summer26' })
  expect(joined).toMatchObject({ factoryId: FACTORY, roles: ['worker'] })
  await ok(cloud, 'newcomer', 'factory.join', { scene: encodeURIComponent('code=SUMMER26') })
  expect((cloud.store.get('users', 'newcomer')!.doc as any).roles).toEqual([{ factoryId: FACTORY, role: 'worker' }])
  const viaScene = await ok(cloud, 'newcomer2', 'factory.join', { scene: 'SUMMER26' })
  expect(viaScene.factoryId).toBe(FACTORY)
})

test('HR grants and revokes staff and HR within the factory, never leaving it without HR', async () => {
  expect(await refused(cloud, HR, 'factory.revokeRole', { factoryId: FACTORY, openid: HR, role: 'hr' })).toBe('LAST_HR')
  await ok(cloud, HR, 'factory.grantRole', { factoryId: FACTORY, openid: 'newcomer', role: 'hr' })
  const members = (await ok(cloud, HR, 'factory.members', { factoryId: FACTORY })).members
  expect(members.find((m: any) => m.openid === 'newcomer').roles.sort()).toEqual(['hr', 'worker'])
  // the new HR can now act; then the first HR steps down
  await ok(cloud, 'newcomer', 'factory.revokeRole', { factoryId: FACTORY, openid: HR, role: 'hr' })
  expect(await refused(cloud, HR, 'factory.members', { factoryId: FACTORY })).toBe('FORBIDDEN')
  expect((await ok(cloud, 'newcomer', 'factory.members', { factoryId: FACTORY })).members.find((m: any) => m.openid === HR).roles).toEqual(['worker'])
  await ok(cloud, 'newcomer', 'factory.grantRole', { factoryId: FACTORY, openid: HR, role: 'hr' })
  await ok(cloud, HR, 'factory.revokeRole', { factoryId: FACTORY, openid: 'newcomer', role: 'hr' })
  expect(await refused(cloud, HR, 'factory.grantRole', { factoryId: FACTORY, openid: 'never-seen', role: 'staff' })).toBe('NOT_FOUND')
})

test('HR creates a season (retry-safe), it reaches workers only once opened, capacity cannot drop below places taken', async () => {
  const fields = {
    factoryId: FACTORY,
    name: '秋季班',
    location: 'C1',
    startDate: day(100),
    endDate: day(110),
    dailyHours: { start: '08:00', end: '17:00' },
    capacity: 1,
    minAge: 3,
    maxAge: 14,
    registrationOpens: day(-1),
    registrationCloses: day(99),
    requiresApproval: false,
    notesForParents: '带水杯',
    requestId: 'create-autumn-1'
  }
  const a = await ok(cloud, HR, 'spaces.create', fields)
  const b = await ok(cloud, HR, 'spaces.create', fields)
  expect(b.id).toBe(a.id)
  expect(a).toMatchObject({ status: 'draft', retentionDays: 90, taken: 0 })
  expect((cloud.store.docs('jobs') as any[]).filter((j) => j.kind === 'spaces.retention' && j.payload.spaceId === a.id)).toHaveLength(1)
  expect((await ok(cloud, WORKER, 'spaces.list', { factoryId: FACTORY })).spaces.map((s: any) => s.id)).not.toContain(a.id)
  await ok(cloud, HR, 'spaces.open', { spaceId: a.id })
  expect((await ok(cloud, WORKER, 'spaces.list', { factoryId: FACTORY })).spaces.map((s: any) => s.id)).toContain(a.id)

  seedFamilies(cloud, 2, 'autumn-')
  const first = await ok(cloud, 'autumn-0', 'registrations.create', { spaceId: a.id, childId: 'c-autumn-0' })
  const second = await ok(cloud, 'autumn-1', 'registrations.create', { spaceId: a.id, childId: 'c-autumn-1' })
  expect([first.status, second.status, second.waitlistPosition]).toEqual(['confirmed', 'waitlisted', 1])
  const err = await callApi(cloud, HR, 'spaces.update', { spaceId: a.id, capacity: 0 })
  expect(err).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
  // raising capacity offers the new place to the waitlist
  await ok(cloud, HR, 'spaces.update', { spaceId: a.id, capacity: 2 })
  expect(reg(second.id).status).toBe('offered')
  await ok(cloud, HR, 'spaces.update', { spaceId: a.id, capacity: 3 })
  await ok(cloud, 'autumn-1', 'registrations.acceptOffer', { registrationId: second.id })
  expect(space(a.id)).toMatchObject({ taken: 2, waiting: 0 })
  // moving the end date schedules the purge for the new date
  await ok(cloud, HR, 'spaces.update', { spaceId: a.id, endDate: day(120) })
  expect((cloud.store.docs('jobs') as any[]).filter((j) => j.kind === 'spaces.retention' && j.payload.spaceId === a.id)).toHaveLength(2)
  // lowering it below the places taken is refused, nothing changes
  expect(await refused(cloud, HR, 'spaces.update', { spaceId: a.id, capacity: 1 })).toBe('CAPACITY_TOO_LOW')
  expect(space(a.id).capacity).toBe(3)
})

test('with approval: a place is held as pending; HR rejects with a reason, the family is told and the place moves on', async () => {
  seedSpace(cloud, 'appr', { capacity: 1, requiresApproval: true, startDate: day(200), endDate: day(210), registrationCloses: day(190) })
  seedFamilies(cloud, 2, 'appr-')
  const a = await ok(cloud, 'appr-0', 'registrations.create', { spaceId: 'appr', childId: 'c-appr-0' })
  const b = await ok(cloud, 'appr-1', 'registrations.create', { spaceId: 'appr', childId: 'c-appr-1' })
  expect([a.status, b.status]).toEqual(['pending', 'waitlisted'])
  const decided = await ok(cloud, HR, 'registrations.decide', { registrationId: a.id, decision: 'reject', reason: '年龄材料不全' })
  expect(decided).toMatchObject({ status: 'rejected', decisionReason: '年龄材料不全' })
  const inbox = await ok(cloud, 'appr-0', 'notifications.list', {})
  expect(inbox.items[0]).toMatchObject({ kind: 'registration_rejected', params: { reason: '年龄材料不全' } })
  expect(reg(b.id).status).toBe('offered')
  const accepted = await ok(cloud, 'appr-1', 'registrations.acceptOffer', { registrationId: b.id })
  expect(accepted.status).toBe('pending')
  expect((await ok(cloud, HR, 'registrations.decide', { registrationId: b.id, decision: 'approve' })).status).toBe('confirmed')
  expect(await refused(cloud, HR, 'registrations.decide', { registrationId: b.id, decision: 'approve' })).toBe('INVALID_STATE')
})

test('cancelling a space cancels every registration and tells each family once', async () => {
  seedSpace(cloud, 'doomed', { capacity: 2, startDate: day(300), endDate: day(310), registrationCloses: day(290) })
  seedFamilies(cloud, 3, 'doom-')
  for (let i = 0; i < 3; i++) await ok(cloud, `doom-${i}`, 'registrations.create', { spaceId: 'doomed', childId: `c-doom-${i}` })
  const cancelled = await ok(cloud, HR, 'spaces.cancel', { spaceId: 'doomed', reason: '场地维修' })
  expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: '场地维修', taken: 0, waiting: 0 })
  for (let i = 0; i < 3; i++) {
    const mine = await ok(cloud, `doom-${i}`, 'registrations.mine', {})
    expect(mine.registrations.find((r: any) => r.spaceId === 'doomed').status).toBe('cancelled')
    const kinds = (await ok(cloud, `doom-${i}`, 'notifications.list', {})).items.map((n: any) => n.kind)
    expect(kinds.filter((k: string) => k === 'space_cancelled')).toHaveLength(1)
  }
  expect(await refused(cloud, 'doom-0', 'registrations.create', { spaceId: 'doomed', childId: 'c-doom-0' })).toBe('REGISTRATION_CLOSED')
})

test('pickup: an unlisted person and wrong PINs are refused and recorded; after 5 wrong PINs even the right one is refused', async () => {
  const child = await consentAndChild(cloud, WORKER)
  await ok(cloud, WORKER, 'registrations.create', { spaceId: 'demo-space', childId: child.id })
  await ok(cloud, STAFF, 'attendance.checkIn', { spaceId: 'demo-space', childId: child.id })
  const again = await ok(cloud, STAFF, 'attendance.checkIn', { spaceId: 'demo-space', childId: child.id })
  expect(again.state).toBe('checked_in')
  const stranger = await ok(cloud, STAFF, 'attendance.checkOut', { spaceId: 'demo-space', childId: child.id, unlistedName: '王某' })
  expect(stranger).toMatchObject({ outcome: 'refused', code: 'PICKUP_NOT_AUTHORIZED', attemptsLeft: 5 })
  expect(stranger.guardianContacts.map((c: any) => c.phone)).toEqual(['13800138000', '13900139000'])
  const personId = child.pickupPeople[0].id
  const lefts = []
  for (let i = 0; i < 5; i++) {
    const r = await ok(cloud, STAFF, 'attendance.checkOut', { spaceId: 'demo-space', childId: child.id, pickupPersonId: personId, pin: '9999' })
    lefts.push([r.code, r.attemptsLeft])
  }
  expect(lefts).toEqual([
    ['PIN_MISMATCH', 4],
    ['PIN_MISMATCH', 3],
    ['PIN_MISMATCH', 2],
    ['PIN_MISMATCH', 1],
    ['PIN_LOCKED', 0]
  ])
  const locked = await ok(cloud, STAFF, 'attendance.checkOut', { spaceId: 'demo-space', childId: child.id, pickupPersonId: personId, pin: '2468' })
  expect(locked).toMatchObject({ outcome: 'refused', code: 'PIN_LOCKED' })
  expect(locked.record.state).toBe('checked_in')
  expect(locked.record.refusals.map((r: any) => r.reason)).toEqual(['not_authorized', ...Array(5).fill('pin_mismatch'), 'too_many_attempts'])
  // the day's history shows it to HR too
  const dayView = await ok(cloud, HR, 'attendance.day', { spaceId: 'demo-space', date: day(0) })
  expect(dayView.records.find((r: any) => r.childId === child.id).refusals).toHaveLength(7)
})

test('editing a child keeps a pickup PIN unless a new one is given', async () => {
  const [child] = (await ok(cloud, WORKER, 'children.list', {})).children
  const before = (cloud.store.get('children', child.id)!.doc as any).pickupPeople[0].pinHash
  const edited = await ok(cloud, WORKER, 'children.update', {
    childId: child.id,
    ...childInput({ allergies: '无', pickupPeople: [{ ...child.pickupPeople[0] }, { name: '李爸爸', relation: '爸爸', phone: '13700137000', pin: '1357' }] })
  })
  expect(edited.pickupPeople).toHaveLength(2)
  const stored = (cloud.store.get('children', child.id)!.doc as any).pickupPeople
  expect(stored[0].pinHash).toBe(before)
  expect(stored[1].pinHash).not.toBe(before)
  expect(await refused(cloud, WORKER, 'children.update', { childId: child.id, ...childInput({ pickupPeople: [{ id: 'nope', name: 'x', relation: 'x', phone: '13700137000' }] }) })).toBe('NOT_FOUND')
})

test('withdrawing consent deletes the children, their registrations and attendance; the place goes to the waitlist', async () => {
  seedSpace(cloud, 'small', { capacity: 1, startDate: day(400), endDate: day(410), registrationCloses: day(390) })
  seedFamilies(cloud, 1, 'small-')
  const [child] = (await ok(cloud, WORKER, 'children.list', {})).children
  const mine = await ok(cloud, WORKER, 'registrations.create', { spaceId: 'small', childId: child.id })
  const theirs = await ok(cloud, 'small-0', 'registrations.create', { spaceId: 'small', childId: 'c-small-0' })
  expect([mine.status, theirs.status]).toEqual(['confirmed', 'waitlisted'])
  const res = await ok(cloud, WORKER, 'consent.withdraw', { confirm: true })
  expect(res).toMatchObject({ deletedChildren: 1, cancelledRegistrations: 2, state: { consent: null, upToDate: false } })
  expect((cloud.store.docs('children') as any[]).filter((c) => c.guardianOpenid === WORKER)).toHaveLength(0)
  expect((cloud.store.docs('registrations') as any[]).filter((r) => r.guardianOpenid === WORKER)).toHaveLength(0)
  expect((cloud.store.docs('attendance') as any[]).filter((a) => a.childId === child.id)).toHaveLength(0)
  expect(reg(theirs.id).status).toBe('offered')
  expect(await refused(cloud, WORKER, 'children.create', childInput())).toBe('CONSENT_REQUIRED')
})

test('retention: after season end + 90 days the scheduler deletes attendance and medical details, once, and only then', async () => {
  const ended = day(-95)
  seedSpace(cloud, 'old', { startDate: day(-130), endDate: ended, registrationOpens: day(-140), registrationCloses: day(-131), status: 'closed' })
  seedSpace(cloud, 'recent', { startDate: day(-40), endDate: day(-10), registrationOpens: day(-50), registrationCloses: day(-41), status: 'closed' })
  seedFamilies(cloud, 2, 'ret-')
  const now = new Date()
  const c0 = cloud.store.get('children', 'c-ret-0')!.doc as any
  const c1 = cloud.store.get('children', 'c-ret-1')!.doc as any
  cloud.store.commit([
    { coll: 'children', id: c0._id, doc: { ...c0, allergies: '花生', medicalNotes: '哮喘' } },
    { coll: 'children', id: c1._id, doc: { ...c1, allergies: '牛奶', medicalNotes: '无' } },
    ...[
      ['r-old-0', 'old', 'ret-0'],
      ['r-old-1', 'old', 'ret-1'],
      ['r-recent-1', 'recent', 'ret-1']
    ].map(([id, spaceId, openid]) => ({
      coll: 'registrations',
      id,
      doc: { _id: id, spaceId, factoryId: FACTORY, childId: `c-${openid}`, guardianOpenid: openid, status: 'confirmed', seq: 1, createdAt: now, updatedAt: now }
    })),
    ...['old', 'recent'].map((spaceId) => ({
      coll: 'attendance',
      id: `${spaceId}:c-ret-1:x`,
      doc: { _id: `${spaceId}:c-ret-1:x`, spaceId, factoryId: FACTORY, childId: 'c-ret-1', date: '2026-01-01', state: 'checked_out', refusals: [], wrongPins: 0 }
    }))
  ])
  await tick(cloud) // other due work first (registration messages, "starts tomorrow" of earlier tests)
  // the jobs the seasons would have scheduled (one already due, one not)
  for (const s of ['old', 'recent']) {
    const endDate = space(s).endDate
    const runAt = new Date(Date.parse(`${endDate}T00:00:00Z`) + 91 * 86_400_000 - 8 * 3600_000)
    cloud.store.commit([{ coll: 'jobs', id: `ret-${s}`, doc: { _id: `ret-${s}`, key: `spaces.retention:${s}:x`, kind: 'spaces.retention', status: 'pending', runAt, attempts: 0, payload: { spaceId: s } } }])
  }
  const run = await tick(cloud)
  expect(run.result).toMatchObject({ done: 1, failed: 0 })
  expect(cloud.store.get('attendance', 'old:c-ret-1:x')).toBeFalsy()
  expect(cloud.store.get('attendance', 'recent:c-ret-1:x')).toBeTruthy()
  // ret-0 was only in the old season: details gone; ret-1 is still within the recent season's retention
  expect(cloud.store.get('children', 'c-ret-0')!.doc).toMatchObject({ allergies: null, medicalNotes: null, givenName: 'child0' })
  expect(cloud.store.get('children', 'c-ret-1')!.doc).toMatchObject({ allergies: '牛奶', medicalNotes: '无' })
  expect(space('old').purgedAt).toBeTruthy()
  expect(cloud.store.get('jobs', 'ret-recent')!.doc).toMatchObject({ status: 'pending' })
  // the guardian sees that the details were removed
  const exp = await ok(cloud, 'ret-0', 'children.export', { childId: 'c-ret-0' })
  expect(exp.child).toMatchObject({ allergies: null, medicalNotes: null })
  expect(exp.summary).toContain('已按保存期限删除')
  // running the job again changes nothing
  const job = cloud.store.get('jobs', 'ret-old')!.doc as any
  cloud.store.commit([{ coll: 'jobs', id: 'ret-old-2', doc: { ...job, _id: 'ret-old-2', key: 'again', status: 'pending', attempts: 0 } }])
  const snapshot = JSON.stringify([cloud.store.docs('children'), cloud.store.docs('attendance')])
  expect((await tick(cloud)).result).toMatchObject({ done: 1, failed: 0 })
  expect(JSON.stringify([cloud.store.docs('children'), cloud.store.docs('attendance')])).toBe(snapshot)
})
