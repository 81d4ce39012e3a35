// Every spaces action, called with a malformed payload and by people who must
// not use it (another factory, another family, the wrong role, unassigned
// staff): each is refused and nothing stored changes.
import type { LocalCloud } from '../../localcloud/server'
import { spacesActions } from '../../src/common/spaces/actions'
import { startTestCloud, callApi } from './harness'
import {
  childInput,
  consentAndChild,
  day,
  FACTORY,
  HR,
  ok,
  OTHER_HR,
  OTHER_STAFF,
  OTHER_WORKER,
  seedOtherFactory,
  seedSpace,
  STAFF,
  WORKER
} from './spaces-fixtures'

const UNASSIGNED_STAFF = 'staff-unassigned'
const COLLS = ['users', 'factories', 'spaces', 'child_consents', 'children', 'registrations', 'attendance', 'notifications', 'audit_log', 'jobs']

let cloud: LocalCloud
let childId: string
let regId: string
let pendingId: string
let otherChildId: string

beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
  seedOtherFactory(cloud)
  const now = new Date()
  cloud.store.commit([
    {
      coll: 'users',
      id: UNASSIGNED_STAFF,
      doc: { _id: UNASSIGNED_STAFF, displayName: 'S2', language: 'zh-CN', roles: [{ factoryId: FACTORY, role: 'staff' }], createdAt: now, updatedAt: now }
    }
  ])
  seedSpace(cloud, 'approval', { requiresApproval: true, startDate: day(45), endDate: day(55), registrationCloses: day(44) })
  childId = (await consentAndChild(cloud, WORKER)).id
  regId = (await ok(cloud, WORKER, 'registrations.create', { spaceId: 'demo-space', childId })).id
  pendingId = (await ok(cloud, WORKER, 'registrations.create', { spaceId: 'approval', childId })).id
  await ok(cloud, STAFF, 'attendance.checkIn', { spaceId: 'demo-space', childId })
  otherChildId = (await consentAndChild(cloud, OTHER_WORKER)).id
})
afterAll(async () => {
  await cloud?.close()
})

function snapshot(): string {
  return JSON.stringify(COLLS.map((c) => cloud.store.docs(c).map((d) => JSON.stringify(d)).sort()))
}

// `bad` is a function where it needs ids made in beforeAll
type Payload = Record<string, unknown>
type Case = { valid: () => Payload; bad: Payload | (() => Payload); intruders: string[] }
const goodSpace = {
  factoryId: FACTORY,
  name: 'New',
  location: 'B2',
  startDate: day(60),
  endDate: day(70),
  dailyHours: { start: '08:00', end: '17:00' },
  capacity: 10,
  minAge: 3,
  maxAge: 12,
  registrationOpens: day(1),
  registrationCloses: day(50),
  requiresApproval: false,
  notesForParents: ''
}
const HR_INTRUDERS = [OTHER_HR, WORKER, STAFF]
const STAFF_INTRUDERS = [OTHER_STAFF, OTHER_HR, HR, WORKER, UNASSIGNED_STAFF]
const FAMILY_INTRUDERS = [OTHER_WORKER, HR, STAFF]

const CASES: Record<keyof typeof spacesActions, Case> = {
  'factory.join': { valid: () => ({ inviteCode: 'SUMMER26' }), bad: { inviteCode: 'SUMMER26', scene: 'x' }, intruders: [] },
  'factory.members': { valid: () => ({ factoryId: FACTORY }), bad: { factoryId: '' }, intruders: HR_INTRUDERS },
  'factory.grantRole': { valid: () => ({ factoryId: FACTORY, openid: WORKER, role: 'staff' }), bad: { factoryId: FACTORY, openid: WORKER, role: 'admin' }, intruders: HR_INTRUDERS },
  'factory.revokeRole': { valid: () => ({ factoryId: FACTORY, openid: STAFF, role: 'staff' }), bad: { factoryId: FACTORY, openid: STAFF }, intruders: HR_INTRUDERS },
  'spaces.list': { valid: () => ({ factoryId: FACTORY }), bad: {}, intruders: [OTHER_WORKER, OTHER_HR] },
  'spaces.get': { valid: () => ({ spaceId: 'demo-space' }), bad: { spaceId: 7 }, intruders: [OTHER_WORKER, OTHER_STAFF] },
  'spaces.create': { valid: () => goodSpace, bad: { ...goodSpace, endDate: day(55) }, intruders: HR_INTRUDERS },
  'spaces.update': { valid: () => ({ spaceId: 'demo-space', name: 'Renamed' }), bad: { spaceId: 'demo-space', capacity: -1 }, intruders: HR_INTRUDERS },
  'spaces.open': { valid: () => ({ spaceId: 'approval' }), bad: { spaceId: 'approval', extra: 1 }, intruders: HR_INTRUDERS },
  'spaces.close': { valid: () => ({ spaceId: 'demo-space' }), bad: { id: 'demo-space' }, intruders: HR_INTRUDERS },
  'spaces.cancel': { valid: () => ({ spaceId: 'demo-space', reason: 'flood' }), bad: { spaceId: 'demo-space', reason: '' }, intruders: HR_INTRUDERS },
  'spaces.assignStaff': { valid: () => ({ spaceId: 'demo-space', openid: UNASSIGNED_STAFF, assigned: true }), bad: { spaceId: 'demo-space', openid: STAFF, assigned: 'yes' }, intruders: HR_INTRUDERS },
  'consent.get': { valid: () => ({}), bad: { openid: WORKER }, intruders: [] },
  'consent.give': { valid: () => ({ policyVersion: 'x' }), bad: { policyVersion: '' }, intruders: [] },
  'consent.withdraw': { valid: () => ({ confirm: true }), bad: { confirm: false }, intruders: [] },
  'children.list': { valid: () => ({}), bad: { guardian: OTHER_WORKER }, intruders: [] },
  'children.get': { valid: () => ({ childId }), bad: { childId: '' }, intruders: FAMILY_INTRUDERS },
  'children.create': { valid: () => childInput(), bad: childInput({ birthDate: '2017-13-01' }), intruders: [] },
  'children.update': { valid: () => ({ childId, ...childInput({ pickupPeople: [{ name: 'X', relation: 'x', phone: '13800138000', pin: '1111' }] }) }), bad: () => ({ childId, ...childInput({ emergencyContacts: [] }) }), intruders: FAMILY_INTRUDERS },
  'children.delete': { valid: () => ({ childId }), bad: { childId: null }, intruders: FAMILY_INTRUDERS },
  'children.export': { valid: () => ({ childId }), bad: {}, intruders: FAMILY_INTRUDERS },
  'registrations.check': { valid: () => ({ spaceId: 'demo-space', childId }), bad: { spaceId: 'demo-space' }, intruders: FAMILY_INTRUDERS },
  'registrations.create': { valid: () => ({ spaceId: 'demo-space', childId: otherChildId }), bad: () => ({ spaceId: 'demo-space', childId, requestId: 'x' }), intruders: [OTHER_WORKER] },
  'registrations.mine': { valid: () => ({}), bad: { all: true }, intruders: [] },
  'registrations.cancel': { valid: () => ({ registrationId: regId }), bad: { registrationId: 5 }, intruders: [OTHER_WORKER, HR, STAFF] },
  'registrations.acceptOffer': { valid: () => ({ registrationId: regId }), bad: {}, intruders: [OTHER_WORKER, HR] },
  'registrations.declineOffer': { valid: () => ({ registrationId: regId }), bad: { registrationId: '' }, intruders: [OTHER_WORKER, HR] },
  'registrations.list': { valid: () => ({ spaceId: 'demo-space' }), bad: { spaceId: 'demo-space', status: 'lost' }, intruders: HR_INTRUDERS },
  'registrations.decide': { valid: () => ({ registrationId: pendingId, decision: 'approve' }), bad: () => ({ registrationId: pendingId, decision: 'reject' }), intruders: HR_INTRUDERS },
  'registrations.roster': { valid: () => ({ spaceId: 'demo-space' }), bad: { spaceId: ['demo-space'] }, intruders: HR_INTRUDERS },
  'attendance.today': { valid: () => ({ spaceId: 'demo-space' }), bad: {}, intruders: STAFF_INTRUDERS },
  'attendance.day': { valid: () => ({ spaceId: 'demo-space', date: day(0) }), bad: { spaceId: 'demo-space', date: 'today' }, intruders: [OTHER_STAFF, OTHER_HR, WORKER, UNASSIGNED_STAFF] },
  'attendance.child': { valid: () => ({ childId }), bad: { childId: {} }, intruders: [OTHER_HR, OTHER_STAFF, OTHER_WORKER, UNASSIGNED_STAFF] },
  'attendance.checkIn': { valid: () => ({ spaceId: 'demo-space', childId }), bad: { spaceId: 'demo-space' }, intruders: STAFF_INTRUDERS },
  'attendance.checkOut': {
    valid: () => ({ spaceId: 'demo-space', childId, pickupPersonId: 'p', pin: '2468' }),
    bad: () => ({ spaceId: 'demo-space', childId, pickupPersonId: 'p' }),
    intruders: STAFF_INTRUDERS
  },
  'notifications.list': { valid: () => ({}), bad: { unreadOnly: 'yes' }, intruders: [] },
  'notifications.markRead': { valid: () => ({ all: true }), bad: { ids: ['a'], all: true }, intruders: [] }
}

test('the table covers every spaces action', () => {
  expect(Object.keys(CASES).sort()).toEqual(Object.keys(spacesActions).sort())
})

describe.each(Object.entries(CASES))('%s', (action, c) => {
  test('a malformed payload is refused with field messages and changes nothing', async () => {
    const before = snapshot()
    const res = await callApi(cloud, WORKER, action, typeof c.bad === 'function' ? c.bad() : c.bad)
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
    expect(snapshot()).toBe(before)
  })
  if (c.intruders.length) {
    test.each(c.intruders)('refused for %s, nothing changed', async (intruder) => {
      const before = snapshot()
      const res = await callApi(cloud, intruder, action, c.valid())
      expect(res.ok).toBe(false)
      if (!res.ok) expect(['FORBIDDEN', 'NOT_FOUND']).toContain(res.error.code)
      expect(snapshot()).toBe(before)
    })
  }
})

test('another family cannot mark someone else’s notifications read', async () => {
  const mine = await ok(cloud, WORKER, 'notifications.list', {})
  expect(mine.unread).toBeGreaterThan(0)
  const before = snapshot()
  await ok(cloud, OTHER_WORKER, 'notifications.markRead', { ids: mine.items.map((n: any) => n.id) })
  expect(snapshot()).toBe(before)
  expect((await ok(cloud, WORKER, 'notifications.list', {})).unread).toBe(mine.unread)
})

test('HR of another factory cannot grant roles to this factory’s people from their own factory either', async () => {
  const before = snapshot()
  const res = await callApi(cloud, OTHER_HR, 'factory.grantRole', { factoryId: 'other-factory', openid: WORKER, role: 'hr' })
  expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  expect(snapshot()).toBe(before)
})

test('the same calls by the rightful caller succeed (the refusals above were about who called)', async () => {
  const rightful: [keyof typeof spacesActions, string][] = [
    ['factory.members', HR],
    ['spaces.list', WORKER],
    ['spaces.get', WORKER],
    ['children.get', WORKER],
    ['children.export', WORKER],
    ['registrations.check', WORKER],
    ['registrations.list', HR],
    ['registrations.roster', HR],
    ['attendance.today', STAFF],
    ['attendance.day', STAFF],
    ['attendance.day', HR],
    ['attendance.child', WORKER],
    ['attendance.child', HR],
    ['attendance.child', STAFF],
    ['registrations.decide', HR],
    ['spaces.assignStaff', HR],
    ['factory.grantRole', HR]
  ]
  for (const [action, who] of rightful) {
    const res = await callApi(cloud, who, action, CASES[action].valid())
    expect({ action, who, ok: res.ok, error: res.ok ? undefined : res.error.code }).toEqual({ action, who, ok: true, error: undefined })
  }
  // a read of child records by HR/staff leaves a trace the guardian can see
  const exported = await ok(cloud, WORKER, 'children.export', { childId })
  expect(exported.accessLog.map((e: any) => e.action)).toEqual(
    expect.arrayContaining(['attendance.today', 'registrations.list', 'registrations.roster', 'attendance.child', 'attendance.day'])
  )
})
