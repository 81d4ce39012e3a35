// The weekly practice in the program's reports (insights.factory / insights.program): practices
// taken on, people, check-ins and the share who tried, with the small-cell rule (no figure from
// fewer than 5 people). Practices are made and answered through the real api function.
import type { LocalCloud } from '../../localcloud/server'
import { callApi, startTestCloud } from './harness'
import { ok } from './spaces-fixtures'

const BIG = 'practice-big'
const SMALL = 'practice-small'
let cloud: LocalCloud

const chinaDay = (offset = 0) => new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10)
let seq = 0
const key = () => `k-${Date.now()}-${++seq}`

beforeAll(async () => {
  cloud = await startTestCloud()
  const now = new Date()
  const user = (openid: string, roles: { factoryId: string; role: string }[]) => ({ coll: 'users', id: openid, doc: { _id: openid, displayName: openid, language: 'zh-CN', roles, createdAt: now, updatedAt: now } })
  const factory = (id: string) => ({ coll: 'factories', id, doc: { _id: id, name: { 'zh-CN': id, en: id }, inviteCode: id.toUpperCase().replace(/-/g, ''), createdAt: now } })
  cloud.store.commit([
    factory(BIG),
    factory(SMALL),
    user('hr-big', [{ factoryId: BIG, role: 'hr' }]),
    user('hr-small', [{ factoryId: SMALL, role: 'hr' }]),
    user('officer-p', []),
    { coll: 'programs', id: 'prog-practice', doc: { _id: 'prog-practice', name: { 'zh-CN': '项目', en: 'Program' }, factoryIds: [BIG, SMALL], officerOpenids: ['officer-p'], createdAt: now } },
    ...Array.from({ length: 8 }, (_, i) => user(`big-w${i}`, [{ factoryId: BIG, role: 'worker' }])),
    ...Array.from({ length: 3 }, (_, i) => user(`small-w${i}`, [{ factoryId: SMALL, role: 'worker' }]))
  ])
  // BIG: 8 people take on a practice (two of them a second one: 10); 6 answer: 3 yes, 2 a bit, 1 not yet.
  const answers = ['yes', 'yes', 'yes', 'a-bit', 'a-bit', 'not-yet']
  for (let i = 0; i < 8; i++) {
    const who = `big-w${i}`
    const { practice } = await ok(cloud, who, 'practice.commit', { sessionId: 'm1-s01', key: key(), scope: 'day', day: chinaDay(0) })
    if (i < 2) await ok(cloud, who, 'practice.commit', { sessionId: 'm1-s02', key: key(), scope: 'week' })
    else if (answers[i - 2]) await ok(cloud, who, 'practice.checkIn', { practiceId: practice.id, answer: answers[i - 2] })
  }
  // SMALL: 3 people, all tried
  for (let i = 0; i < 3; i++) {
    const { practice } = await ok(cloud, `small-w${i}`, 'practice.commit', { sessionId: 'm1-s01', key: key(), scope: 'week' })
    await ok(cloud, `small-w${i}`, 'practice.checkIn', { practiceId: practice.id, answer: 'yes' })
  }
})
afterAll(() => cloud?.close())

async function dashboard(who: string, action: 'insights.factory' | 'insights.program', payload: Record<string, unknown>) {
  const res = await callApi(cloud, who, action, payload)
  if (!res.ok) throw new Error(JSON.stringify(res.error))
  return res.data
}

test('a factory sees its practices taken on, the people, the check-ins and the share who tried', async () => {
  const d = await dashboard('hr-big', 'insights.factory', { factoryId: BIG })
  // 5 tried ("yes" or "a bit") of 6 who answered (with 4 the share would be "<5": it would give the small count back)
  expect(d.learning.practice).toEqual({ commitments: 10, committers: 8, checkIns: 6, triedShare: 0.833 })
})

test('a factory with fewer than 5 people behind the figures sees only "<5"', async () => {
  const d = await dashboard('hr-small', 'insights.factory', { factoryId: SMALL })
  expect(d.learning.practice).toEqual({ commitments: '<5', committers: '<5', checkIns: '<5', triedShare: '<5' })
})

test('the program pools its factories', async () => {
  const d = await dashboard('officer-p', 'insights.program', { programId: 'prog-practice' })
  expect(d.learning.practice).toEqual({ commitments: 13, committers: 11, checkIns: 9, triedShare: 0.889 })
})
