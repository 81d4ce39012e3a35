// The whole family journey through the real functions: consent, a child,
// registration, HR's roster, staff's check-in and PIN-checked pickup.
import type { LocalCloud } from '../../localcloud/server'
import { startTestCloud, callApi } from './harness'
import { consentAndChild, HR, ok, refused, STAFF, WORKER, childInput } from './spaces-fixtures'
import { CHILD_PRIVACY_POLICY_VERSION } from '../../src/common/spaces/policy'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
})
afterAll(async () => {
  await cloud?.close()
})

test('no child data is stored before the guardian consents', async () => {
  expect(await ok(cloud, WORKER, 'consent.get', {})).toMatchObject({ policyVersion: CHILD_PRIVACY_POLICY_VERSION, consent: null, upToDate: false })
  expect(await refused(cloud, WORKER, 'children.create', childInput())).toBe('CONSENT_REQUIRED')
  expect(cloud.store.docs('children')).toHaveLength(0)
  expect(await refused(cloud, WORKER, 'consent.give', { policyVersion: '1999-01-01' })).toBe('CONSENT_OUTDATED')
  expect(cloud.store.docs('child_consents')).toHaveLength(0)
})

test('a worker consents, adds a child, registers and is confirmed; staff checks in and out with the PIN', async () => {
  const child = await consentAndChild(cloud, WORKER)
  expect(child.pickupPeople[0]).not.toHaveProperty('pin')
  const stored = cloud.store.get('children', child.id)!.doc as any
  expect(stored.pickupPeople[0].pinHash).toMatch(/^scrypt\$[0-9a-f]{32}\$[0-9a-f]{64}$/)
  expect(JSON.stringify(stored)).not.toContain('2468')

  const reg = await ok(cloud, WORKER, 'registrations.create', { spaceId: 'demo-space', childId: child.id })
  expect(reg).toMatchObject({ status: 'confirmed', childGivenName: '小明' })
  expect(await refused(cloud, WORKER, 'registrations.create', { spaceId: 'demo-space', childId: child.id })).toBe('ALREADY_REGISTERED')

  const list = await ok(cloud, HR, 'registrations.list', { spaceId: 'demo-space' })
  expect(list.registrations.map((r: any) => [r.childGivenName, r.seq])).toEqual([['小明', 1]])
  const roster = await ok(cloud, HR, 'registrations.roster', { spaceId: 'demo-space' })
  expect(roster.csv).toContain('小明')
  expect(roster.csv).not.toMatch(/scrypt/)

  const today = await ok(cloud, STAFF, 'attendance.today', { spaceId: 'demo-space' })
  expect(today.children).toHaveLength(1)
  const pickup = today.children[0].pickupPeople[0]
  await ok(cloud, STAFF, 'attendance.checkIn', { spaceId: 'demo-space', childId: child.id })
  const wrong = await ok(cloud, STAFF, 'attendance.checkOut', { spaceId: 'demo-space', childId: child.id, pickupPersonId: pickup.id, pin: '0000' })
  expect(wrong).toMatchObject({ outcome: 'refused', code: 'PIN_MISMATCH', attemptsLeft: 4 })
  expect(wrong.message).toContain('不要')
  const right = await ok(cloud, STAFF, 'attendance.checkOut', { spaceId: 'demo-space', childId: child.id, pickupPersonId: pickup.id, pin: '2468' })
  expect(right).toMatchObject({ outcome: 'released', record: { state: 'checked_out', pickedUpBy: { name: '李奶奶' } } })
  expect(right.record.refusals).toHaveLength(1)

  const audits = cloud.store.docs('audit_log') as any[]
  expect(audits.map((a) => a.action).sort()).toEqual(['attendance.checkOut', 'attendance.checkOut', 'attendance.today', 'registrations.list', 'registrations.roster'].sort())
  const notes = await ok(cloud, WORKER, 'notifications.list', {})
  expect(notes.items.map((n: any) => n.kind)).toEqual(['registration_confirmed'])
  void callApi
})
