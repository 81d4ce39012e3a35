// Shared set-up of the spaces cloud tests: a second factory, people in each
// role, a consenting guardian with a child, and spaces written straight into
// the store (fast; the functions then work on them as on any other data).
import type { LocalCloud } from '../../localcloud/server'
import { CHILD_PRIVACY_POLICY_VERSION } from '../../src/common/spaces/policy'
import { callApi } from './harness'

export const FACTORY = 'demo-factory'
export const OTHER_FACTORY = 'other-factory'
export const HR = 'demo-hr'
export const STAFF = 'demo-staff'
export const WORKER = 'demo-worker'
export const OTHER_HR = 'other-hr'
export const OTHER_STAFF = 'other-staff'
export const OTHER_WORKER = 'other-worker'

/** China calendar day `days` from now. */
export function day(days: number, now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10)
}

export function seedOtherFactory(cloud: LocalCloud) {
  const now = new Date()
  cloud.store.commit([
    { coll: 'factories', id: OTHER_FACTORY, doc: { _id: OTHER_FACTORY, name: { 'zh-CN': '另一家厂', en: 'Other factory' }, inviteCode: 'OTHER123', createdAt: now } },
    ...[
      [OTHER_HR, 'hr'],
      [OTHER_STAFF, 'staff'],
      [OTHER_WORKER, 'worker']
    ].map(([openid, role]) => ({
      coll: 'users',
      id: openid,
      doc: { _id: openid, displayName: openid, language: 'zh-CN', roles: [{ factoryId: OTHER_FACTORY, role }], createdAt: now, updatedAt: now }
    }))
  ])
}

export function spaceDoc(id: string, over: Record<string, unknown> = {}) {
  const now = new Date()
  return {
    _id: id,
    factoryId: FACTORY,
    name: `space ${id}`,
    location: 'B1',
    startDate: day(0),
    endDate: day(30),
    dailyHours: { start: '08:00', end: '18:00' },
    capacity: 30,
    minAge: 3,
    maxAge: 14,
    registrationOpens: day(-5),
    registrationCloses: day(20),
    requiresApproval: false,
    notesForParents: '',
    status: 'open',
    taken: 0,
    waiting: 0,
    seq: 0,
    staffOpenids: [STAFF],
    retentionDays: 90,
    createdBy: HR,
    createdAt: now,
    updatedAt: now,
    ...over
  }
}

export function seedSpace(cloud: LocalCloud, id: string, over: Record<string, unknown> = {}) {
  cloud.store.commit([{ coll: 'spaces', id, doc: spaceDoc(id, over) }])
}

/** Workers of FACTORY who consented and have one child each (PIN hash of '1234' is not needed for registration). */
export function seedFamilies(cloud: LocalCloud, n: number, prefix = 'w') {
  const now = new Date()
  const writes = []
  for (let i = 0; i < n; i++) {
    const openid = `${prefix}${i}`
    writes.push(
      { coll: 'users', id: openid, doc: { _id: openid, displayName: openid, language: 'zh-CN', roles: [{ factoryId: FACTORY, role: 'worker' }], createdAt: now, updatedAt: now } },
      { coll: 'child_consents', id: openid, doc: { _id: openid, openid, policyVersion: CHILD_PRIVACY_POLICY_VERSION, consentAt: now, status: 'given' } },
      {
        coll: 'children',
        id: `c-${openid}`,
        doc: {
          _id: `c-${openid}`,
          guardianOpenid: openid,
          givenName: `child${i}`,
          birthDate: '2018-03-01',
          relation: 'mother',
          allergies: '',
          medicalNotes: '',
          emergencyContacts: [
            { name: 'A', relation: 'grandma', phone: '13800000001' },
            { name: 'B', relation: 'aunt', phone: '13800000002' }
          ],
          pickupPeople: [{ id: 'p1', name: 'Grandma', relation: 'grandma', phone: '13800000001', pinHash: 'scrypt$00$00' }],
          createdAt: now,
          updatedAt: now
        }
      }
    )
  }
  cloud.store.commit(writes)
}

export const childInput = (over: Record<string, unknown> = {}) => ({
  givenName: '小明',
  birthDate: '2017-05-20',
  relation: 'mother',
  allergies: '花生',
  medicalNotes: '哮喘，随身带喷雾',
  emergencyContacts: [
    { name: '李奶奶', relation: '奶奶', phone: '13800138000' },
    { name: '李叔叔', relation: '叔叔', phone: '13900139000' }
  ],
  pickupPeople: [{ name: '李奶奶', relation: '奶奶', phone: '13800138000', pin: '2468' }],
  ...over
})

export async function ok(cloud: LocalCloud, openid: string, action: string, payload?: unknown) {
  const res = await callApi(cloud, openid, action, payload)
  if (!res.ok) throw new Error(`${action} by ${openid} failed: ${JSON.stringify(res.error)}`)
  return res.data
}

export async function refused(cloud: LocalCloud, openid: string, action: string, payload?: unknown): Promise<string> {
  const res = await callApi(cloud, openid, action, payload)
  if (res.ok) throw new Error(`${action} by ${openid} should have been refused, got ${JSON.stringify(res.data)}`)
  return res.error.code
}

export async function consentAndChild(cloud: LocalCloud, openid: string, over: Record<string, unknown> = {}) {
  await ok(cloud, openid, 'consent.give', { policyVersion: CHILD_PRIVACY_POLICY_VERSION })
  return ok(cloud, openid, 'children.create', childInput(over))
}

/** Fires the scheduler as its timer trigger would. */
export const tick = (cloud: LocalCloud) =>
  cloud.invoke('scheduler', { Type: 'Timer', TriggerName: 'every-minute' }, { source: 'wx_trigger', timer: { name: 'every-minute' } })
