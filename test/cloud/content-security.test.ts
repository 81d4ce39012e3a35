// Content security (security.msgSecCheck v2) on every text a second person sees,
// through the real api function and the emulated check: risky → CONTENT_RISKY
// and nothing stored; review → stored and marked; the check failing (busy,
// timeout, permission) → CONTENT_CHECK_UNAVAILABLE and nothing stored.
import fs from 'fs'
import path from 'path'
import type { LocalCloud } from '../../localcloud/server'
import { FUNCTIONS_DIR } from '../../localcloud/paths'
import { callApi, startTestCloud } from './harness'
import { FACTORY, HR, STAFF, WORKER, childInput, consentAndChild, ok, refused, seedFamilies, seedSpace } from './spaces-fixtures'

const BLOCKED = '炸药'
const REVIEW = '加微信'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true, contentSecurity: { blocked: [BLOCKED], review: [REVIEW] } })
})
afterAll(async () => {
  await cloud?.close()
})
beforeEach(() => {
  cloud.secCheck.clear()
  cloud.secCheck.clearFaults()
})

let seq = 0
const rid = () => `cs-${Date.now()}-${++seq}`
const checks = () => cloud.secCheck.list()
const notices = () => cloud.store.docs('notices') as any[]
const spaces = () => cloud.store.docs('spaces') as any[]

async function refusal(openid: string, action: string, payload: unknown, lang = 'zh-CN') {
  const res = await callApi(cloud, openid, action, payload, lang)
  if (res.ok) throw new Error(`${action} should have been refused, got ${JSON.stringify(res.data)}`)
  return res.error
}

const notice = (over: Record<string, unknown> = {}) => ({
  factoryId: FACTORY,
  requestId: rid(),
  title: '停水通知',
  body: '明天上午宿舍停水。',
  audience: { type: 'factory_workers' },
  ...over
})

const space = (over: Record<string, unknown> = {}) => ({
  factoryId: FACTORY,
  name: '暑期托管',
  location: 'A栋一楼',
  startDate: '2027-07-01',
  endDate: '2027-08-01',
  dailyHours: { start: '08:00', end: '18:00' },
  capacity: 20,
  minAge: 3,
  maxAge: 12,
  registrationOpens: '2027-06-01',
  registrationCloses: '2027-06-20',
  requiresApproval: false,
  notesForParents: '请带水杯。',
  ...over
})

describe('HR notices', () => {
  test('a risky body is refused in the caller’s language, naming the field; nothing is stored or sent', async () => {
    const before = { notices: notices().length, inbox: cloud.store.docs('notifications').length, outbox: cloud.outbox.list().length }
    const zh = await refusal(HR, 'notices.create', notice({ body: `仓库有${BLOCKED}出售` }))
    expect(zh).toMatchObject({ code: 'CONTENT_RISKY', fields: { body: zh.message } })
    expect(zh.message).toMatch(/不适合发布/)
    const en = await refusal(HR, 'notices.create', notice({ title: `${BLOCKED}!` }), 'en')
    expect(en).toMatchObject({ code: 'CONTENT_RISKY', fields: { title: expect.stringMatching(/cannot be published/) } })
    expect(notices()).toHaveLength(before.notices)
    expect(cloud.store.docs('notifications')).toHaveLength(before.inbox)
    expect(cloud.outbox.list()).toHaveLength(before.outbox)
  })

  test('checked as the HR caller, forum scene, version 2, title and body each', async () => {
    await ok(cloud, HR, 'notices.create', notice({ title: '体检', body: '周五体检' }))
    expect(checks().map((c) => [c.openid, c.scene, c.content])).toEqual(
      expect.arrayContaining([
        [HR, 3, '体检'],
        [HR, 3, '周五体检']
      ])
    )
    expect(checks()).toHaveLength(2)
  })

  test('review: sent and stored, marked in the HR list; a clean notice carries no mark', async () => {
    const { notice: marked } = await ok(cloud, HR, 'notices.create', notice({ body: `有问题${REVIEW}联系` }))
    expect(marked).toMatchObject({ status: 'sent', moderation: 'review' })
    expect((cloud.store.get('notices', marked.id)!.doc as any).moderation).toMatchObject({ state: 'review', fields: ['body'] })
    const { notice: clean } = await ok(cloud, HR, 'notices.create', notice())
    const { items } = await ok(cloud, HR, 'notices.list', { factoryId: FACTORY })
    expect(items.find((n: any) => n.id === marked.id).moderation).toBe('review')
    expect(items.find((n: any) => n.id === clean.id)).not.toHaveProperty('moderation')
  })

  test('system busy (-1): CONTENT_CHECK_UNAVAILABLE, nothing stored; the same request then succeeds', async () => {
    const input = notice()
    cloud.secCheck.arm({ errcode: -1, errmsg: 'system error', times: 1 })
    const before = notices().length
    const err = await refusal(HR, 'notices.create', input)
    expect(err.code).toBe('CONTENT_CHECK_UNAVAILABLE')
    expect(err.message).toMatch(/没有保存/)
    expect(notices()).toHaveLength(before)
    const { notice: sent } = await ok(cloud, HR, 'notices.create', input)
    expect(sent.status).toBe('sent')
    expect(notices()).toHaveLength(before + 1)
  })

  test('no answer in time (a timeout): CONTENT_CHECK_UNAVAILABLE within the function’s time, nothing stored', async () => {
    cloud.secCheck.arm({ contains: '慢', delayMs: 5000, times: 1 })
    const before = notices().length
    const t0 = Date.now()
    expect((await refusal(HR, 'notices.create', notice({ body: '慢慢来' }))).code).toBe('CONTENT_CHECK_UNAVAILABLE')
    expect(Date.now() - t0).toBeLessThan(5000)
    expect(notices()).toHaveLength(before)
  })
})

describe('spaces', () => {
  test('create: a risky name or location is refused with nothing stored; review notes are stored and marked', async () => {
    const before = spaces().length
    expect(await refusal(HR, 'spaces.create', space({ location: `${BLOCKED}仓库` }))).toMatchObject({ code: 'CONTENT_RISKY', fields: { location: expect.any(String) } })
    expect(spaces()).toHaveLength(before)
    const created = await ok(cloud, HR, 'spaces.create', space({ notesForParents: `有事${REVIEW}` }))
    expect(created.moderation).toBe('review')
    const listed = (await ok(cloud, HR, 'spaces.list', { factoryId: FACTORY })).spaces.find((s: any) => s.id === created.id)
    expect(listed).toMatchObject({ moderation: 'review', notesForParents: `有事${REVIEW}` })
    expect(checks().filter((c) => c.scene === 3).map((c) => c.content)).toEqual(expect.arrayContaining(['暑期托管', 'A栋一楼', `有事${REVIEW}`]))
  })

  test('update: only changed texts are checked; clearing the marked text clears the mark; risky changes nothing', async () => {
    const created = await ok(cloud, HR, 'spaces.create', space({ name: '秋季托管', notesForParents: `${REVIEW}咨询` }))
    cloud.secCheck.clear()
    await ok(cloud, HR, 'spaces.update', { spaceId: created.id, capacity: 25 })
    expect(checks()).toHaveLength(0)
    const renamed = await ok(cloud, HR, 'spaces.update', { spaceId: created.id, name: '秋季托管班' })
    expect(renamed.moderation).toBe('review') // the notes are still marked
    expect(checks().map((c) => c.content)).toEqual(['秋季托管班'])
    const cleared = await ok(cloud, HR, 'spaces.update', { spaceId: created.id, notesForParents: '请带水杯。' })
    expect(cleared).not.toHaveProperty('moderation')
    expect((cloud.store.get('spaces', created.id)!.doc as any).moderation).toBeUndefined()
    expect((await refusal(HR, 'spaces.update', { spaceId: created.id, name: `${BLOCKED}班`, capacity: 30 })).code).toBe('CONTENT_RISKY')
    expect(cloud.store.get('spaces', created.id)!.doc).toMatchObject({ name: '秋季托管班', capacity: 25 })
  })

  test('cancel: a risky reason leaves the space as it was and tells no family', async () => {
    const created = await ok(cloud, HR, 'spaces.create', space({ name: '冬季托管' }))
    const inboxBefore = cloud.store.docs('notifications').length
    expect((await refusal(HR, 'spaces.cancel', { spaceId: created.id, reason: `${BLOCKED}` })).code).toBe('CONTENT_RISKY')
    expect((cloud.store.get('spaces', created.id)!.doc as any).status).toBe('draft')
    expect(cloud.store.docs('notifications')).toHaveLength(inboxBefore)
    const cancelled = await ok(cloud, HR, 'spaces.cancel', { spaceId: created.id, reason: `场地维修，${REVIEW}了解` })
    expect(cancelled).toMatchObject({ status: 'cancelled', moderation: 'review' })
  })
})

describe('names', () => {
  test('display name: risky is refused and the old name kept; review is stored and shown marked to HR', async () => {
    await ok(cloud, STAFF, 'me.update', { displayName: '王老师' })
    expect((await refusal(STAFF, 'me.update', { displayName: `${BLOCKED}王` })).code).toBe('CONTENT_RISKY')
    expect((cloud.store.get('users', STAFF)!.doc as any).displayName).toBe('王老师')
    await ok(cloud, STAFF, 'me.update', { displayName: `${REVIEW}王` })
    const members = (await ok(cloud, HR, 'factory.members', { factoryId: FACTORY })).members
    expect(members.find((m: any) => m.openid === STAFF)).toMatchObject({ displayName: `${REVIEW}王`, moderation: 'review' })
    await ok(cloud, STAFF, 'me.update', { displayName: '王老师' })
    const after = (await ok(cloud, HR, 'factory.members', { factoryId: FACTORY })).members
    expect(after.find((m: any) => m.openid === STAFF)).not.toHaveProperty('moderation')
    // changing only the language asks nothing
    cloud.secCheck.clear()
    await ok(cloud, STAFF, 'me.update', { language: 'en', displayName: '王老师' })
    expect(checks()).toHaveLength(0)
  })

  test('child and pickup names are checked as profile text; medical notes and phones are not sent', async () => {
    const guardian = 'cs-guardian'
    const err = await (async () => {
      await ok(cloud, guardian, 'consent.give', { policyVersion: (await ok(cloud, guardian, 'consent.get', {})).policyVersion })
      return refusal(guardian, 'children.create', childInput({ pickupPeople: [{ name: `${BLOCKED}哥`, relation: '舅舅', phone: '13800138001', pin: '1357' }] }))
    })()
    expect(err).toMatchObject({ code: 'CONTENT_RISKY', fields: { 'pickupPeople.0.name': expect.any(String) } })
    expect((cloud.store.docs('children') as any[]).filter((c) => c.guardianOpenid === guardian)).toHaveLength(0)
    const sent = checks().filter((c) => c.openid === guardian)
    expect(sent.every((c) => c.scene === 1)).toBe(true)
    expect(sent.map((c) => c.content)).toEqual(expect.arrayContaining(['小明', '李奶奶', '奶奶', `${BLOCKED}哥`]))
    expect(JSON.stringify(sent)).not.toMatch(/哮喘|花生|1380013/)
    const child = await ok(cloud, guardian, 'children.create', childInput({ givenName: `小${REVIEW}` }))
    expect((cloud.store.get('children', child.id)!.doc as any).moderation).toMatchObject({ state: 'review', fields: ['givenName'] })
  })

  test('HR decision reason: risky leaves the registration pending; the HR list marks a review reason', async () => {
    seedSpace(cloud, 'cs-appr', { requiresApproval: true })
    seedFamilies(cloud, 2, 'csf')
    const a = await ok(cloud, 'csf0', 'registrations.create', { spaceId: 'cs-appr', childId: 'c-csf0' })
    const b = await ok(cloud, 'csf1', 'registrations.create', { spaceId: 'cs-appr', childId: 'c-csf1' })
    expect(a.status).toBe('pending')
    expect((await refusal(HR, 'registrations.decide', { registrationId: a.id, decision: 'reject', reason: `${BLOCKED}` })).code).toBe('CONTENT_RISKY')
    expect((cloud.store.get('registrations', a.id)!.doc as any).status).toBe('pending')
    const decided = await ok(cloud, HR, 'registrations.decide', { registrationId: b.id, decision: 'reject', reason: `名额已满，${REVIEW}咨询` })
    expect(decided).toMatchObject({ status: 'rejected', moderation: 'review' })
    const { registrations } = await ok(cloud, HR, 'registrations.list', { spaceId: 'cs-appr' })
    expect(registrations.find((r: any) => r.id === a.id)).not.toHaveProperty('moderation')
    expect(registrations.find((r: any) => r.id === b.id).moderation).toBe('review')
  })

  test('pickup refusal: a risky unlisted name is recorded without the name; a failed check never blocks the refusal', async () => {
    const child = await consentAndChild(cloud, WORKER, { givenName: '小红' })
    await ok(cloud, WORKER, 'registrations.create', { spaceId: 'demo-space', childId: child.id })
    await ok(cloud, STAFF, 'attendance.checkIn', { spaceId: 'demo-space', childId: child.id })
    const risky = await ok(cloud, STAFF, 'attendance.checkOut', { spaceId: 'demo-space', childId: child.id, unlistedName: `${BLOCKED}男` })
    expect(risky).toMatchObject({ outcome: 'refused', code: 'PICKUP_NOT_AUTHORIZED' })
    cloud.secCheck.arm({ errcode: -1, times: 1 })
    const busy = await ok(cloud, STAFF, 'attendance.checkOut', { spaceId: 'demo-space', childId: child.id, unlistedName: '张三' })
    expect(busy.record.refusals.map((r: any) => r.personName)).toEqual(['***', '张三'])
  })
})

describe('the openapi permission', () => {
  test('the api function declares security.msgSecCheck in config.json', () => {
    const config = JSON.parse(fs.readFileSync(path.join(FUNCTIONS_DIR, 'api', 'config.json'), 'utf8'))
    expect(config.permissions.openapi).toEqual(expect.arrayContaining(['security.msgSecCheck', 'subscribeMessage.send']))
  })

  test('deployed without it, the platform refuses the check (-604101) and the app stores nothing (fail-closed)', async () => {
    const def = cloud.host.definition('api')!
    const declared = def.config.permissions!.openapi!
    def.config.permissions!.openapi = declared.filter((a) => a !== 'security.msgSecCheck')
    try {
      const before = notices().length
      expect((await refusal(HR, 'notices.create', notice())).code).toBe('CONTENT_CHECK_UNAVAILABLE')
      expect(notices()).toHaveLength(before)
      expect(checks()).toHaveLength(0)
    } finally {
      def.config.permissions!.openapi = declared
    }
  })
})

void refused
