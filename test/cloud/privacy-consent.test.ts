// The children's-privacy notice and consent (《儿童个人信息网络保护规定》 Art. 8-10): the
// deployment's region and person in charge reach the app from the `api` function's
// configuration; a consent to an older notice is asked again; refusing (never consenting)
// leaves every other feature usable.
import type { LocalCloud } from '../../localcloud/server'
import { CHILD_PRIVACY_POLICY_VERSION, DELETION_NOTICE_DAYS } from '../../src/common/spaces/policy'
import { startTestCloud } from './harness'
import { childInput, day, ok, refused, WORKER } from './spaces-fixtures'

const OFFICER = { PRIVACY_OFFICER_NAME: '赵敏', PRIVACY_OFFICER_CONTACT: '0755-12345678', DATA_REGION: 'ap-guangzhou', SPACES_RETENTION_DAYS: '60' }

let cloud: LocalCloud
let bare: LocalCloud
beforeAll(async () => {
  ;[cloud, bare] = await Promise.all([
    startTestCloud({ seed: true, functionEnv: { api: OFFICER } }),
    startTestCloud({ seed: true, functionEnv: {} })
  ])
})
afterAll(async () => {
  await Promise.all([cloud?.close(), bare?.close()])
})

test('consent.get and privacy.info name the configured region, person in charge and retention', async () => {
  const state = await ok(cloud, WORKER, 'consent.get', {})
  expect(state).toMatchObject({
    policyVersion: CHILD_PRIVACY_POLICY_VERSION,
    retentionDays: 60,
    deletionNoticeDays: DELETION_NOTICE_DAYS,
    deployment: { region: 'ap-guangzhou', officer: { name: '赵敏', contact: '0755-12345678' } },
    consent: null,
    upToDate: false
  })
  // anyone signed in, even with no factory, may read what the About page shows
  expect(await ok(cloud, 'stranger', 'privacy.info', {})).toEqual({
    deployment: { region: 'ap-guangzhou', officer: { name: '赵敏', contact: '0755-12345678' } },
    retentionDays: 60,
    deletionNoticeDays: DELETION_NOTICE_DAYS
  })
})

test('an unconfigured deployment says so (null) instead of inventing a person in charge', async () => {
  const info = await ok(bare, WORKER, 'privacy.info', {})
  expect(info.deployment.officer).toBeNull()
  expect(info.retentionDays).toBe(90)
})

test('a consent to an older notice is asked again: no child data until the new notice is agreed', async () => {
  const now = new Date()
  cloud.store.commit([{ coll: 'child_consents', id: WORKER, doc: { _id: WORKER, openid: WORKER, policyVersion: '2026-06-01', consentAt: now, status: 'given' } }])
  const state = await ok(cloud, WORKER, 'consent.get', {})
  expect(state).toMatchObject({ consent: { policyVersion: '2026-06-01' }, upToDate: false })
  expect(await refused(cloud, WORKER, 'children.create', childInput())).toBe('CONSENT_REQUIRED')
  expect(await refused(cloud, WORKER, 'consent.give', { policyVersion: '2026-06-01' })).toBe('CONSENT_OUTDATED')
  expect(cloud.store.docs('children')).toHaveLength(0)
  const again = await ok(cloud, WORKER, 'consent.give', { policyVersion: CHILD_PRIVACY_POLICY_VERSION })
  expect(again).toMatchObject({ consent: { policyVersion: CHILD_PRIVACY_POLICY_VERSION }, upToDate: true })
  await ok(cloud, WORKER, 'children.create', childInput())
})

test('a guardian who refuses (never consents) keeps every other feature: course, calls, inbox, notices, spaces list', async () => {
  const openid = 'demo-worker' // in `bare` nobody has consented
  expect((await ok(bare, openid, 'consent.get', {})).upToDate).toBe(false)
  expect(await ok(bare, openid, 'me.get', {})).toBeTruthy()
  expect(await ok(bare, openid, 'learning.overview', {})).toBeTruthy()
  expect((await ok(bare, openid, 'spaces.list', { factoryId: 'demo-factory' })).spaces.length).toBeGreaterThan(0)
  const call = await ok(bare, openid, 'calls.create', { withWhom: '女儿', date: day(2), time: '20:00', repeatWeekly: false, note: '', requestId: 'refuser-call-1' })
  expect(call.call.status).toBe('planned')
  expect(await ok(bare, openid, 'notifications.list', {})).toEqual({ items: [], unread: 0 })
  expect(await ok(bare, openid, 'contact.mine', {})).toEqual({ messages: [] })
  // only child data needs the consent
  expect(await refused(bare, openid, 'children.create', childInput())).toBe('CONSENT_REQUIRED')
})
