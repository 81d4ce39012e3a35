// Issue 8, findings 2 and 3: limits that must hold when requests race, driven
// through the local cloud's pool of function instances (many run at once).
import type { LocalCloud } from '../../localcloud/server'
import { MAX_PIN_ATTEMPTS_PER_DAY } from '../../src/common/spaces/policy'
import { callApi, startTestCloud, warmApi } from './harness'
import { consentAndChild, ok, seedFamilies, STAFF } from './spaces-fixtures'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true, maxInstancesPerFunction: 16 })
  await warmApi(cloud, 16)
})
afterAll(async () => {
  await cloud?.close()
})

const attendance = (childId: string) => cloud.store.docs('attendance').find((a: any) => a.childId === childId) as any

async function checkedInChild(worker: string) {
  seedFamilies(cloud, 1, worker) // a worker of the demo factory (openid `${worker}0`)
  const child = await consentAndChild(cloud, `${worker}0`)
  await ok(cloud, `${worker}0`, 'registrations.create', { spaceId: 'demo-space', childId: child.id })
  await ok(cloud, STAFF, 'attendance.checkIn', { spaceId: 'demo-space', childId: child.id })
  return child
}

const attempt = (childId: string, pickupPersonId: string, pin: string) =>
  callApi(cloud, STAFF, 'attendance.checkOut', { spaceId: 'demo-space', childId, pickupPersonId, pin })

test('64 wrong PINs at once: exactly 5 are compared, the rest are locked out, and then the right PIN gets the same answer as a wrong one', async () => {
  const child = await checkedInChild('pinburst')
  const personId = child.pickupPeople[0].id
  const wrong = Array.from({ length: 64 }, (_v, i) => String(1000 + i)) // the right PIN is 2468
  const replies = await Promise.all(wrong.map((pin) => attempt(child.id, personId, pin)))
  for (const r of replies) expect(r).toMatchObject({ ok: true, data: { outcome: 'refused', code: expect.stringMatching(/^PIN_(MISMATCH|LOCKED)$/) } })
  const rec = attendance(child.id)
  const compared = rec.refusals.filter((f: any) => f.reason === 'pin_mismatch').length
  expect(compared).toBe(MAX_PIN_ATTEMPTS_PER_DAY)
  expect(rec.wrongPins).toBe(MAX_PIN_ATTEMPTS_PER_DAY)
  expect(replies.filter((r: any) => r.data.code === 'PIN_MISMATCH').length).toBeLessThan(MAX_PIN_ATTEMPTS_PER_DAY)

  const strip = (r: any) => ({ ...r.data, record: undefined })
  const right = await attempt(child.id, personId, '2468')
  const another = await attempt(child.id, personId, '1357')
  expect(strip(right)).toEqual(strip(another))
  expect(strip(right)).toMatchObject({ outcome: 'refused', code: 'PIN_LOCKED', attemptsLeft: 0 })
  expect(attendance(child.id).state).toBe('checked_in')
})

test('the right PIN inside a burst of wrong ones: never more than 5 wrong PINs compared, and the child is released at most once', async () => {
  const child = await checkedInChild('pinmix')
  const personId = child.pickupPeople[0].id
  const pins = Array.from({ length: 64 }, (_v, i) => (i === 17 ? '2468' : String(3000 + i)))
  const replies = await Promise.all(pins.map((pin) => attempt(child.id, personId, pin)))
  const rec = attendance(child.id)
  expect(rec.refusals.filter((f: any) => f.reason === 'pin_mismatch').length).toBeLessThanOrEqual(MAX_PIN_ATTEMPTS_PER_DAY)
  expect(rec.wrongPins).toBeLessThanOrEqual(MAX_PIN_ATTEMPTS_PER_DAY)
  const released = replies.filter((r: any) => r.ok && r.data.outcome === 'released')
  expect(released.length).toBeLessThanOrEqual(1)
  // The right PIN is either honoured or locked out like any other; it is never told "wrong".
  const rightReply = replies[17] as any
  if (rightReply.ok && rightReply.data.outcome === 'refused') expect(rightReply.data.code).toBe('PIN_LOCKED')
  if (released.length) expect(rec).toMatchObject({ state: 'checked_out', pickedUpBy: { pickupPersonId: personId } })
})

test('two HR officers removing each other at the same moment leave the factory with an HR officer', async () => {
  const now = new Date()
  for (let round = 0; round < 6; round++) {
    const factoryId = `race-${round}`
    const [a, b] = [`hrA-${round}`, `hrB-${round}`]
    cloud.store.commit([
      { coll: 'factories', id: factoryId, doc: { _id: factoryId, name: { 'zh-CN': '厂', en: 'F' }, inviteCode: `RACEHR${'ABCDEFGH'[round]}`, createdAt: now } },
      ...[a, b].map((openid) => ({
        coll: 'users',
        id: openid,
        doc: { _id: openid, displayName: openid, language: 'en', roles: [{ factoryId, role: 'hr' }], createdAt: now, updatedAt: now }
      }))
    ])
    const [ra, rb] = await Promise.all([
      callApi(cloud, a, 'factory.revokeRole', { factoryId, openid: b, role: 'hr' }),
      callApi(cloud, b, 'factory.revokeRole', { factoryId, openid: a, role: 'hr' })
    ])
    const hrs = cloud.store.docs('users').filter((u: any) => u.roles.some((r: any) => r.factoryId === factoryId && r.role === 'hr'))
    expect({ round, hrs: hrs.length }).toEqual({ round, hrs: 1 })
    expect([ra.ok, rb.ok].filter(Boolean)).toHaveLength(1)
    const refusedCode = (ra.ok ? rb : ra) as any
    expect(['LAST_HR', 'FORBIDDEN']).toContain(refusedCode.error.code)
  }
})
