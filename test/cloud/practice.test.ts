// The weekly practice loop through the real bundled functions against the local cloud: commit
// (idempotent, one open practice), the reminder job (inbox line always, WeChat message only with
// credit), "did you try it?" stored once, and the streak.
import type { LocalCloud } from '../../localcloud/server'
import { loadRawContent } from '../../content/load'
import { startTestCloud } from './harness'
import { FACTORY, ok, refused, tick } from './spaces-fixtures'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(async () => {
  await cloud?.close()
})

const TIPS = loadRawContent().tips as { id: string; barriers?: string[] }[]
const TEMPLATE = 'TPL_PRACTICE_REMINDER'
let seq = 0
const key = () => `key-${Date.now()}-${++seq}`
const chinaDay = (offset = 0) => new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10)
const addWorker = (who: string) => {
  const now = new Date()
  cloud.store.commit([{ coll: 'users', id: who, doc: { _id: who, displayName: who, language: 'zh-CN', roles: [{ factoryId: FACTORY, role: 'worker' }], createdAt: now, updatedAt: now } }])
}
const records = (who: string) => cloud.store.docs('practice_commitments').filter((p: any) => p.openid === who) as any[]
const jobsOf = (practiceId: string) => cloud.store.docs('jobs').filter((j: any) => j.payload?.practiceId === practiceId) as any[]
const inbox = (who: string) => cloud.store.docs('notifications').filter((n: any) => n.openid === who) as any[]
const outboxTo = (who: string) => cloud.outbox.list().filter((m) => m.touser === who)
const creditOf = (who: string) => (cloud.store.get('subscribe_credits', `${who}:${TEMPLATE}`)?.doc as any)?.credit ?? 0
/** Runs the scheduler with this practice's reminder jobs due now. */
async function runReminders(practiceId: string) {
  cloud.store.commit(jobsOf(practiceId).map((j) => ({ coll: 'jobs', id: j._id, doc: { ...j, runAt: new Date(Date.now() - 1000) } })))
  await tick(cloud)
}
/** Moves a practice's day into the past (as if that day had gone by). */
function dayGoneBy(practiceId: string, daysAgo = 1) {
  const doc = cloud.store.get('practice_commitments', practiceId)!.doc as any
  cloud.store.commit([{ coll: 'practice_commitments', id: practiceId, doc: { ...doc, day: chinaDay(-daysAgo) } }])
}

describe('practice.commit', () => {
  test('a retried commit is stored once, with one reminder job on the day picked', async () => {
    const who = 'practice-retry'
    addWorker(who)
    const payload = { sessionId: 'm1-s01', key: key(), scope: 'day', day: chinaDay(2) }
    const first = await ok(cloud, who, 'practice.commit', payload)
    const again = await ok(cloud, who, 'practice.commit', payload)
    expect(first).toMatchObject({ duplicate: false, replaced: null, practice: { sessionId: 'm1-s01', day: chinaDay(2), status: 'open', due: false, answer: null } })
    expect(first.practice.title['zh-CN']).toBeTruthy()
    expect(again.duplicate).toBe(true)
    expect(again.practice.id).toBe(first.practice.id)
    expect(records(who)).toHaveLength(1)
    const jobs = jobsOf(first.practice.id)
    expect(jobs).toHaveLength(1)
    // noon China time on the day picked
    expect(new Date(jobs[0].runAt).toISOString()).toBe(new Date(`${chinaDay(2)}T12:00:00+08:00`).toISOString())
    await Promise.all([1, 2, 3].map(() => ok(cloud, who, 'practice.commit', payload))) // concurrent retries
    expect(records(who)).toHaveLength(1)
  })

  test('bad input is refused and stores nothing', async () => {
    const who = 'practice-bad'
    addWorker(who)
    expect(await refused(cloud, who, 'practice.commit', { sessionId: 'm1-s01', key: key(), scope: 'day', day: chinaDay(7) })).toBe('PRACTICE_DAY_OUT_OF_RANGE')
    expect(await refused(cloud, who, 'practice.commit', { sessionId: 'm1-s01', key: key(), scope: 'day', day: chinaDay(-1) })).toBe('PRACTICE_DAY_OUT_OF_RANGE')
    expect(await refused(cloud, who, 'practice.commit', { sessionId: 'm1-s01', key: key(), scope: 'week', day: chinaDay(1) })).toBe('VALIDATION_FAILED')
    expect(await refused(cloud, who, 'practice.commit', { sessionId: 'm1-s01', key: key(), scope: 'day' })).toBe('VALIDATION_FAILED')
    expect(await refused(cloud, who, 'practice.commit', { sessionId: 'm9-s01', key: key(), scope: 'week' })).toBe('VALIDATION_FAILED')
    expect(records(who)).toHaveLength(0)
  })

  test('one open practice per session (a new day moves it); another session replaces it, and its reminder stays silent', async () => {
    const who = 'practice-replace'
    addWorker(who)
    const a = await ok(cloud, who, 'practice.commit', { sessionId: 'm1-s02', key: key(), scope: 'day', day: chinaDay(1) })
    const moved = await ok(cloud, who, 'practice.commit', { sessionId: 'm1-s02', key: key(), scope: 'week' })
    expect(moved.practice).toMatchObject({ id: a.practice.id, scope: 'week', day: chinaDay(6) })
    expect(records(who)).toHaveLength(1)
    const b = await ok(cloud, who, 'practice.commit', { sessionId: 'm1-s03', key: key(), scope: 'day', day: chinaDay(3) })
    expect(b.replaced).toBe('m1-s02')
    expect(records(who).map((r) => [r.sessionId, r.status]).sort()).toEqual([['m1-s02', 'replaced'], ['m1-s03', 'open']])
    const current = await ok(cloud, who, 'practice.current', {})
    expect(current.practice).toMatchObject({ id: b.practice.id, sessionId: 'm1-s03' })
    // the replaced practice's reminders (both days) say nothing
    await runReminders(a.practice.id)
    expect(inbox(who)).toHaveLength(0)
  })
})

test('a practice whose day has gone by is not replaced: it is asked about first, then the new one shows', async () => {
  const who = 'practice-due-kept'
  addWorker(who)
  const old = await ok(cloud, who, 'practice.commit', { sessionId: 'm1-s07', key: key(), scope: 'day', day: chinaDay(0) })
  dayGoneBy(old.practice.id)
  const fresh = await ok(cloud, who, 'practice.commit', { sessionId: 'm1-s08', key: key(), scope: 'week' })
  expect(fresh.replaced).toBeNull()
  expect(records(who).map((r) => r.status)).toEqual(['open', 'open'])
  expect((await ok(cloud, who, 'practice.current', {})).practice).toMatchObject({ id: old.practice.id, due: true })
  await ok(cloud, who, 'practice.checkIn', { practiceId: old.practice.id, answer: 'yes' })
  expect((await ok(cloud, who, 'practice.current', {})).practice).toMatchObject({ id: fresh.practice.id, due: false })
})

describe('the reminder on the day picked', () => {
  test('with credit: the inbox line and one WeChat message; a second run sends nothing more', async () => {
    const who = 'practice-credit'
    addWorker(who)
    await ok(cloud, who, 'messages.subscribeResult', { requestId: key(), results: [{ templateId: TEMPLATE, outcome: 'accept' }] })
    const { practice } = await ok(cloud, who, 'practice.commit', { sessionId: 'm1-s04', key: key(), scope: 'day', day: chinaDay(1) })
    await runReminders(practice.id)
    expect(inbox(who).map((n) => [n.kind, n.params.sessionId])).toEqual([['practice_reminder', 'm1-s04']])
    const sent = outboxTo(who)
    expect(sent.map((m) => m.templateId)).toEqual([TEMPLATE])
    expect(JSON.stringify(sent[0])).toContain(practice.title['zh-CN'].slice(0, 5))
    expect(creditOf(who)).toBe(0)
    await runReminders(practice.id)
    expect(inbox(who)).toHaveLength(1)
    expect(outboxTo(who)).toHaveLength(1)
  })

  test('without credit: the inbox line only', async () => {
    const who = 'practice-no-credit'
    addWorker(who)
    const { practice } = await ok(cloud, who, 'practice.commit', { sessionId: 'm1-s05', key: key(), scope: 'week' })
    await runReminders(practice.id)
    expect(inbox(who).map((n) => n.kind)).toEqual(['practice_reminder'])
    expect(outboxTo(who)).toHaveLength(0)
    expect(cloud.store.docs('deliveries').find((d: any) => d.openid === who)).toMatchObject({ kind: 'practice_reminder', push: 'no_credit' })
  })
})

describe('"did you try it?"', () => {
  test('asked after the day; the answer is stored once (retries and a second answer keep the first), with a tip for what got in the way', async () => {
    const who = 'practice-checkin'
    addWorker(who)
    const { practice } = await ok(cloud, who, 'practice.commit', { sessionId: 'm2-s01', key: key(), scope: 'day', day: chinaDay(0) })
    expect((await ok(cloud, who, 'practice.current', {})).practice.due).toBe(false)
    dayGoneBy(practice.id)
    expect((await ok(cloud, who, 'practice.current', {})).practice).toMatchObject({ id: practice.id, due: true })

    const answers = await Promise.all([1, 2, 3, 4].map(() => ok(cloud, who, 'practice.checkIn', { practiceId: practice.id, answer: 'not-yet', barrier: 'no-time' })))
    expect(answers.filter((a) => !a.duplicate)).toHaveLength(1)
    const tipIds = new Set(answers.map((a) => a.tip.id))
    expect(tipIds.size).toBe(1) // the same tip for every retry
    expect(TIPS.find((t) => t.id === answers[0].tip.id)!.barriers).toContain('no-time')
    const later = await ok(cloud, who, 'practice.checkIn', { practiceId: practice.id, answer: 'yes' })
    expect(later).toMatchObject({ duplicate: true, practice: { answer: 'not-yet', barrier: 'no-time', status: 'done' } })
    expect(records(who)).toHaveLength(1)
    expect(records(who)[0]).toMatchObject({ status: 'done', answer: 'not-yet', barrier: 'no-time' })
    expect((await ok(cloud, who, 'practice.current', {})).practice).toBeNull()
  })

  test('"yes" has no tip and starts a streak; weeks tried in a row count; another learner cannot answer for you', async () => {
    const who = 'practice-streak'
    addWorker(who)
    addWorker('practice-stranger')
    const { practice } = await ok(cloud, who, 'practice.commit', { sessionId: 'm2-s02', key: key(), scope: 'day', day: chinaDay(0) })
    expect(await refused(cloud, 'practice-stranger', 'practice.checkIn', { practiceId: practice.id, answer: 'yes' })).toBe('PRACTICE_NOT_FOUND')
    expect(await refused(cloud, who, 'practice.checkIn', { practiceId: practice.id, answer: 'yes', barrier: 'forgot' })).toBe('VALIDATION_FAILED')
    expect(await refused(cloud, who, 'practice.checkIn', { practiceId: 'p-nothing', answer: 'yes' })).toBe('PRACTICE_NOT_FOUND')
    expect(records(who)[0].status).toBe('open')
    const yes = await ok(cloud, who, 'practice.checkIn', { practiceId: practice.id, answer: 'yes' })
    expect(yes).toMatchObject({ duplicate: false, tip: null, streak: 1 })
    // a practice tried ("a bit") the week before: two weeks in a row
    const lastWeek = new Date(Date.now() - 7 * 86_400_000)
    const d = new Date(lastWeek.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
    cloud.store.commit([{ coll: 'practice_commitments', id: 'p-last-week', doc: { ...records(who)[0], _id: 'p-last-week', key: 'k-last-week', day: d, answer: 'a-bit', createdAt: lastWeek } }])
    expect((await ok(cloud, who, 'practice.current', {})).streak).toBe(2)
  })
})

describe('open to everyone', () => {
  test('a parent without a factory takes on and answers a practice; once they join a factory it counts there', async () => {
    const who = 'practice-grandma'
    const now = new Date()
    cloud.store.commit([
      { coll: 'users', id: who, doc: { _id: who, displayName: '奶奶', language: 'zh-CN', roles: [], createdAt: now, updatedAt: now } },
      { coll: 'factories', id: 'practice-factory', doc: { _id: 'practice-factory', name: { 'zh-CN': '工厂', en: 'Factory' }, inviteCode: 'PRACTICEJOIN8', createdAt: now } }
    ])
    const { practice } = await ok(cloud, who, 'practice.commit', { sessionId: 'm1-s06', key: key(), scope: 'day', day: chinaDay(0) })
    expect(records(who)[0].factoryId).toBeNull()
    expect(await ok(cloud, who, 'practice.checkIn', { practiceId: practice.id, answer: 'a-bit', barrier: 'child-not-interested' })).toMatchObject({ duplicate: false, streak: 1, tip: expect.objectContaining({ barriers: expect.arrayContaining(['child-not-interested']) }) })
    await ok(cloud, who, 'factory.join', { inviteCode: 'PRACTICEJOIN8' })
    expect(records(who)[0].factoryId).toBe('practice-factory')
  })
})

