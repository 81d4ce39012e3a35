// "Attendance by day" also lists who was expected but did not come: children with a confirmed
// place and no record that day, only on season days up to today. The names it shows are
// audit-logged like the records (the guardian sees the read), and only HR of the factory or the
// staff assigned to the space may ask.
import type { LocalCloud } from '../../localcloud/server'
import { startTestCloud } from './harness'
import { day, FACTORY, HR, ok, refused, seedFamilies, seedSpace, STAFF } from './spaces-fixtures'

const SPACE = 'sp-day'
const OTHER_SPACE = 'sp-day-other'
const STAFF_ELSEWHERE = 'staff-elsewhere'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
  // two places: w0 and w1 get them, w2 waits
  seedSpace(cloud, SPACE, { capacity: 2 })
  seedSpace(cloud, OTHER_SPACE, { staffOpenids: [STAFF_ELSEWHERE] })
  const now = new Date()
  cloud.store.commit([
    {
      coll: 'users',
      id: STAFF_ELSEWHERE,
      doc: { _id: STAFF_ELSEWHERE, displayName: STAFF_ELSEWHERE, language: 'zh-CN', roles: [{ factoryId: FACTORY, role: 'staff' }], createdAt: now, updatedAt: now }
    }
  ])
  seedFamilies(cloud, 3, 'ad')
  const statuses = []
  for (const w of ['ad0', 'ad1', 'ad2']) statuses.push((await ok(cloud, w, 'registrations.create', { spaceId: SPACE, childId: `c-${w}` })).status)
  expect(statuses).toEqual(['confirmed', 'confirmed', 'waitlisted'])
  await ok(cloud, STAFF, 'attendance.checkIn', { spaceId: SPACE, childId: 'c-ad0' })
})
afterAll(async () => {
  await cloud?.close()
})

test('today: the child who came is a record, the other confirmed child is absent, the waitlisted one is not listed', async () => {
  for (const who of [STAFF, HR]) {
    const res = await ok(cloud, who, 'attendance.day', { spaceId: SPACE, date: day(0) })
    expect(res.records.map((r: any) => [r.childId, r.childGivenName])).toEqual([['c-ad0', 'child0']])
    expect(res.absent).toEqual([{ childId: 'c-ad1', givenName: 'child1' }])
  }
})

test("the absent child's guardian sees that their child's name was read", async () => {
  const exported = await ok(cloud, 'ad1', 'children.export', { childId: 'c-ad1' })
  expect(exported.accessLog.map((e: any) => e.action)).toContain('attendance.day')
  const waiting = await ok(cloud, 'ad2', 'children.export', { childId: 'c-ad2' })
  expect(waiting.accessLog.map((e: any) => e.action)).not.toContain('attendance.day')
})

test('a day before the season starts and a future day list no absences', async () => {
  const before = await ok(cloud, HR, 'attendance.day', { spaceId: SPACE, date: day(-1) })
  expect(before).toMatchObject({ records: [], absent: [] })
  const tomorrow = await ok(cloud, STAFF, 'attendance.day', { spaceId: SPACE, date: day(1) })
  expect(tomorrow).toMatchObject({ records: [], absent: [] })
})

test('once the absent child is checked in, nobody is absent', async () => {
  await ok(cloud, STAFF, 'attendance.checkIn', { spaceId: SPACE, childId: 'c-ad1' })
  const res = await ok(cloud, STAFF, 'attendance.day', { spaceId: SPACE, date: day(0) })
  expect(res.records.map((r: any) => r.childId).sort()).toEqual(['c-ad0', 'c-ad1'])
  expect(res.absent).toEqual([])
})

test('staff of another space of the same factory are refused', async () => {
  expect(await refused(cloud, STAFF_ELSEWHERE, 'attendance.day', { spaceId: SPACE, date: day(0) })).toBe('FORBIDDEN')
  // …while their own space answers them
  expect(await ok(cloud, STAFF_ELSEWHERE, 'attendance.day', { spaceId: OTHER_SPACE, date: day(0) })).toMatchObject({ records: [], absent: [] })
})
