// Reminders through the real functions against the local cloud: subscribe
// credits (accept, 43101, 20004), the call planner and its reminder job, HR
// notices with preview, report, remind and "I've read this" — including bad
// payloads and attempts across factories.
import type { LocalCloud } from '../../localcloud/server'
import { loadRawContent } from '../../content/load'
import { startTestCloud } from './harness'
import { FACTORY, HR, OTHER_FACTORY, OTHER_HR, OTHER_WORKER, WORKER, ok, refused, seedOtherFactory, seedSpace, tick } from './spaces-fixtures'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
  seedOtherFactory(cloud)
})
afterAll(async () => {
  await cloud?.close()
})

const TIPS = loadRawContent().tips as { id: string; ageBands: string[] }[]
let seq = 0
const rid = () => `req-${Date.now()}-${++seq}`
const creditOf = (openid: string, templateId: string) => (cloud.store.get('subscribe_credits', `${openid}:${templateId}`)?.doc as any)?.credit ?? 0
const inbox = (openid: string) => cloud.store.docs('notifications').filter((n: any) => n.openid === openid) as any[]
const outboxTo = (openid: string) => cloud.outbox.list().filter((m) => m.touser === openid)
/** China date/time `minutes` from now. */
function chinaAt(minutes: number) {
  const s = new Date(Date.now() + 8 * 3600_000 + minutes * 60_000).toISOString()
  return { date: s.slice(0, 10), time: s.slice(11, 16) }
}
async function accept(openid: string, templateId: string, times = 1) {
  for (let i = 0; i < times; i++) await ok(cloud, openid, 'messages.subscribeResult', { requestId: rid(), results: [{ templateId, outcome: 'accept' }] })
}

describe('subscribe messages', () => {
  test('the templates of this environment come with the caller’s credit; accept adds one, once per request', async () => {
    const state = await ok(cloud, WORKER, 'messages.templates', {})
    expect(state.maxPerRequest).toBe(3)
    expect(state.mainSwitchOff).toBe(false)
    expect(state.templates.map((t: any) => t.kind).sort()).toEqual(['call_reminder', 'lesson_nudge', 'notice', 'practice_reminder', 'registration_status', 'space_offer'])
    expect(state.templates.every((t: any) => t.credit === 0)).toBe(true)

    const requestId = rid()
    const report = {
      requestId,
      results: [
        { templateId: 'TPL_NOTICE', outcome: 'accept' },
        { templateId: 'TPL_CALL_REMINDER', outcome: 'reject' },
        { templateId: 'TPL_LESSON_NUDGE', outcome: 'ban' }
      ]
    }
    const after = await ok(cloud, WORKER, 'messages.subscribeResult', report)
    const credit = (kind: string, s = after) => s.templates.find((t: any) => t.kind === kind).credit
    expect([credit('notice'), credit('call_reminder'), credit('lesson_nudge')]).toEqual([1, 0, 0])
    // the same report again (a retry) is not counted twice
    const again = await ok(cloud, WORKER, 'messages.subscribeResult', report)
    expect(credit('notice', again)).toBe(1)
    await accept(WORKER, 'TPL_NOTICE')
    expect(creditOf(WORKER, 'TPL_NOTICE')).toBe(2)
  })

  test('bad reports are refused and change nothing', async () => {
    const before = creditOf(WORKER, 'TPL_NOTICE')
    expect(await refused(cloud, WORKER, 'messages.subscribeResult', { requestId: rid(), results: [{ templateId: 'TPL_SOMETHING_ELSE', outcome: 'accept' }] })).toBe('SUBSCRIBE_UNKNOWN_TEMPLATE')
    const four = ['TPL_NOTICE', 'TPL_CALL_REMINDER', 'TPL_LESSON_NUDGE', 'TPL_SPACE_OFFER'].map((templateId) => ({ templateId, outcome: 'accept' }))
    expect(await refused(cloud, WORKER, 'messages.subscribeResult', { requestId: rid(), results: four })).toBe('VALIDATION_FAILED')
    expect(await refused(cloud, WORKER, 'messages.subscribeResult', { requestId: rid(), results: [{ templateId: 'TPL_NOTICE', outcome: 'yes' }] })).toBe('VALIDATION_FAILED')
    expect(await refused(cloud, WORKER, 'messages.subscribeResult', { requestId: 'x', results: [{ templateId: 'TPL_NOTICE', outcome: 'accept' }] })).toBe('VALIDATION_FAILED')
    expect(await refused(cloud, WORKER, 'messages.subscribeResult', { requestId: rid(), results: [] })).toBe('VALIDATION_FAILED')
    expect(creditOf(WORKER, 'TPL_NOTICE')).toBe(before)
  })

  test('20004 (main switch off) voids every credit and tells the app to stop asking; an accept turns it back on', async () => {
    const who = 'switch-user'
    await accept(who, 'TPL_NOTICE', 2)
    await accept(who, 'TPL_CALL_REMINDER')
    const off = await ok(cloud, who, 'messages.subscribeResult', { requestId: rid(), results: [], errCode: 20004 })
    expect(off.mainSwitchOff).toBe(true)
    expect(off.templates.every((t: any) => t.credit === 0)).toBe(true)
    await accept(who, 'TPL_NOTICE')
    const on = await ok(cloud, who, 'messages.templates', {})
    expect(on.mainSwitchOff).toBe(false)
    expect(on.templates.find((t: any) => t.kind === 'notice').credit).toBe(1)
  })
})

describe('call planner', () => {
  test('a worker plans a call; a time in the past, another worker’s call and non-workers are refused', async () => {
    const at = chinaAt(120)
    const requestId = rid()
    const input = { requestId, withWhom: '大宝', date: at.date, time: at.time, repeatWeekly: false, note: '问问数学考试' }
    const { call } = await ok(cloud, WORKER, 'calls.create', input)
    expect(call).toMatchObject({ withWhom: '大宝', status: 'planned', reminded: false, feedback: null })
    // retried create: same call, not a second one
    expect((await ok(cloud, WORKER, 'calls.create', input)).call.id).toBe(call.id)
    expect(cloud.store.docs('calls').filter((c: any) => c.openid === WORKER)).toHaveLength(1)

    const past = chinaAt(-5)
    expect(await refused(cloud, WORKER, 'calls.create', { ...input, requestId: rid(), date: past.date, time: past.time })).toBe('CALL_IN_PAST')
    expect(await refused(cloud, WORKER, 'calls.create', { ...input, requestId: rid(), time: '25:00' })).toBe('VALIDATION_FAILED')
    expect(await refused(cloud, WORKER, 'calls.create', { ...input, requestId: rid(), withWhom: '一二三四五六七八九十十一' })).toBe('VALIDATION_FAILED')
    expect(await refused(cloud, 'nobody-new', 'calls.create', { ...input, requestId: rid() })).toBe('FORBIDDEN')

    expect(await refused(cloud, OTHER_WORKER, 'calls.update', { id: call.id, note: 'x' })).toBe('NOT_FOUND')
    expect(await refused(cloud, OTHER_WORKER, 'calls.delete', { id: call.id })).toBe('NOT_FOUND')
    expect(await refused(cloud, OTHER_WORKER, 'calls.feedback', { id: call.id, mood: 'good' })).toBe('NOT_FOUND')
    expect((await ok(cloud, OTHER_WORKER, 'calls.list', {})).upcoming).toHaveLength(0)

    const later = chinaAt(180)
    const { call: moved } = await ok(cloud, WORKER, 'calls.update', { id: call.id, date: later.date, time: later.time, note: '问问英语' })
    expect(moved).toMatchObject({ time: later.time, note: '问问英语' })
    expect(await refused(cloud, WORKER, 'calls.feedback', { id: call.id, mood: 'good' })).toBe('FEEDBACK_TOO_EARLY')
    const list = await ok(cloud, WORKER, 'calls.list', {})
    expect(list.upcoming.map((c: any) => c.id)).toEqual([call.id])
    expect(await ok(cloud, WORKER, 'calls.delete', { id: call.id })).toEqual({ cancelled: 1 })
    const after = await ok(cloud, WORKER, 'calls.list', {})
    expect(after.upcoming).toHaveLength(0)
    expect(after.history.map((c: any) => [c.id, c.status])).toEqual([[call.id, 'cancelled']])
    expect(await refused(cloud, WORKER, 'calls.update', { id: call.id, note: 'again' })).toBe('CALL_NOT_EDITABLE')
  })

  test('the reminder goes out shortly before: WeChat only with credit, the inbox always; a weekly call plans the next week', async () => {
    const who = 'caller-1'
    cloud.store.commit([{ coll: 'users', id: who, doc: { _id: who, displayName: '王芳', language: 'zh-CN', roles: [{ factoryId: FACTORY, role: 'worker' }], createdAt: new Date(), updatedAt: new Date() } }])
    await accept(who, 'TPL_CALL_REMINDER')
    const soon = chinaAt(5) // within the 10-minute window: the reminder job is due now
    const { call } = await ok(cloud, who, 'calls.create', { requestId: rid(), withWhom: '小宝', date: soon.date, time: soon.time, repeatWeekly: true, note: '问问这次数学考试考得怎么样，再问问老师说了什么，还有周末去哪里玩' })
    const res = await tick(cloud)
    expect(res.ok).toBe(true)
    const sent = outboxTo(who)
    expect(sent).toHaveLength(1)
    expect(sent[0].templateId).toBe('TPL_CALL_REMINDER')
    expect(sent[0].data.thing1.value).toBe('小宝')
    expect(sent[0].data.thing3.value).toBe('问问这次数学考试考得怎么样，再问问老师…') // note cut to WeChat's 20 characters
    expect(sent[0].data.time2.value).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/)
    expect(creditOf(who, 'TPL_CALL_REMINDER')).toBe(0)
    expect(inbox(who).map((n) => n.kind)).toEqual(['call_reminder'])
    const list = await ok(cloud, who, 'calls.list', {})
    expect(list.upcoming.map((c: any) => c.date)).toEqual([soon.date, chinaAt(5 + 7 * 24 * 60).date])
    expect(list.upcoming[0]).toMatchObject({ id: call.id, reminded: true })

    // next week's reminder without credit: inbox only, never a send
    const next = cloud.store.docs('jobs').find((j: any) => j.kind === 'call.reminder' && j.payload.callId === list.upcoming[1].id) as any
    cloud.store.commit([{ coll: 'jobs', id: next._id, doc: { ...next, runAt: new Date(Date.now() - 1000) } }])
    await tick(cloud)
    expect(outboxTo(who)).toHaveLength(1)
    expect(inbox(who)).toHaveLength(2)
  })

  test('43101 from WeChat despite a counted credit sets the credit to 0 and keeps the inbox line', async () => {
    const who = 'caller-2'
    cloud.store.commit([{ coll: 'users', id: who, doc: { _id: who, displayName: 'x', language: 'zh-CN', roles: [{ factoryId: FACTORY, role: 'worker' }], createdAt: new Date(), updatedAt: new Date() } }])
    await accept(who, 'TPL_CALL_REMINDER', 3)
    cloud.outbox.arm({ touser: who, errcode: 43101, errmsg: 'user refuse to accept the msg', times: 1 })
    const soon = chinaAt(3)
    await ok(cloud, who, 'calls.create', { requestId: rid(), withWhom: '妞妞', date: soon.date, time: soon.time, repeatWeekly: false, note: '' })
    await tick(cloud)
    expect(outboxTo(who)).toHaveLength(0)
    expect(creditOf(who, 'TPL_CALL_REMINDER')).toBe(0)
    expect(inbox(who).map((n) => n.kind)).toEqual(['call_reminder'])
    const delivery = cloud.store.docs('deliveries').find((d: any) => d.openid === who) as any
    expect(delivery).toMatchObject({ push: 'no_credit', errCode: 43101 })
  })

  test('after the call: "how did it go?" with three faces gives a matching tip', async () => {
    const past = chinaAt(-30)
    const id = 'call-past-1'
    cloud.store.commit([
      {
        coll: 'calls',
        id,
        doc: { _id: id, openid: WORKER, seriesId: id, withWhom: '大宝', date: past.date, time: past.time, at: new Date(Date.now() - 30 * 60_000), repeatWeekly: false, note: '', status: 'planned', reminded: false, feedback: null, createdAt: new Date(), updatedAt: new Date() }
      }
    ])
    expect((await ok(cloud, WORKER, 'calls.list', {})).askFeedback.map((c: any) => c.id)).toEqual([id])
    const hard = await ok(cloud, WORKER, 'calls.feedback', { id, mood: 'hard' })
    expect(hard.call).toMatchObject({ status: 'done', feedback: { mood: 'hard' } })
    expect(hard.tip.title['zh-CN']).toBeTruthy()
    const good = await ok(cloud, WORKER, 'calls.feedback', { id, mood: 'good' })
    expect(good.tip.id).not.toBe(hard.tip.id)
    expect(good.call.feedback.tipId).toBe(good.tip.id)
    expect(await refused(cloud, WORKER, 'calls.feedback', { id, mood: 'meh' })).toBe('VALIDATION_FAILED')
    const list = await ok(cloud, WORKER, 'calls.list', {})
    expect(list.askFeedback).toHaveLength(0)
    expect(list.history.find((c: any) => c.id === id).status).toBe('done')
  })

  test('the tip after a call fits the age of the call’s child (a hard call with a one-year-old gets no teenager tip)', async () => {
    const birthDate = chinaAt(-400 * 24 * 60).date // about 13 months old
    cloud.store.commit([{ coll: 'children', id: 'toddler-call', doc: { _id: 'toddler-call', guardianOpenid: WORKER, givenName: '小宝', birthDate, relation: 'mother' } }])
    const past = chinaAt(-30)
    for (let i = 0; i < 12; i++) {
      const id = `call-toddler-${i}`
      cloud.store.commit([
        {
          coll: 'calls',
          id,
          doc: { _id: id, openid: WORKER, seriesId: id, withWhom: '小宝', childId: 'toddler-call', date: past.date, time: past.time, at: new Date(Date.now() - 30 * 60_000), repeatWeekly: false, note: '', status: 'planned', reminded: false, feedback: null, createdAt: new Date(), updatedAt: new Date() }
        }
      ])
      for (const mood of ['hard', 'okay', 'good']) {
        const { tip } = await ok(cloud, WORKER, 'calls.feedback', { id, mood })
        const ageBands = TIPS.find((t) => t.id === tip.id)!.ageBands
        expect([mood, tip.id, ageBands]).toEqual([mood, tip.id, expect.arrayContaining(['0-2'])])
      }
    }
  })
})

describe('notices', () => {
  const families = ['fam-a', 'fam-b', 'fam-c', 'fam-d']
  beforeAll(() => {
    seedSpace(cloud, 'space-n')
    seedSpace(cloud, 'space-other', { factoryId: OTHER_FACTORY })
    const now = new Date()
    const statuses = ['confirmed', 'confirmed', 'waitlisted', 'cancelled']
    cloud.store.commit([
      ...families.map((openid) => ({ coll: 'users', id: openid, doc: { _id: openid, displayName: `家长${openid}`, language: 'zh-CN', roles: [{ factoryId: FACTORY, role: 'worker' }], createdAt: now, updatedAt: now } })),
      ...families.map((openid, i) => ({ coll: 'registrations', id: `reg-${openid}`, doc: { _id: `reg-${openid}`, spaceId: 'space-n', guardianOpenid: openid, childId: `c-${openid}`, status: statuses[i], seq: i + 1, createdAt: now, updatedAt: now } })),
      // fam-a has two children in the space: still one recipient
      { coll: 'registrations', id: 'reg-fam-a-2', doc: { _id: 'reg-fam-a-2', spaceId: 'space-n', guardianOpenid: 'fam-a', childId: 'c-fam-a-2', status: 'confirmed', seq: 9, createdAt: now, updatedAt: now } }
    ])
  })
  const audience = { type: 'space_families', spaceId: 'space-n', statuses: ['confirmed', 'waitlisted'] }

  test('HR previews the recipients; other factories and non-HR are refused', async () => {
    expect(await ok(cloud, HR, 'notices.preview', { factoryId: FACTORY, audience })).toEqual({ recipients: 3 })
    expect(await ok(cloud, HR, 'notices.preview', { factoryId: FACTORY, audience: { ...audience, statuses: ['waitlisted'] } })).toEqual({ recipients: 1 })
    const workers = cloud.store.docs('users').filter((u: any) => u.roles?.some((r: any) => r.factoryId === FACTORY && r.role === 'worker')).length
    expect(await ok(cloud, HR, 'notices.preview', { factoryId: FACTORY, audience: { type: 'factory_workers' } })).toEqual({ recipients: workers })
    expect(await refused(cloud, OTHER_HR, 'notices.preview', { factoryId: FACTORY, audience })).toBe('FORBIDDEN')
    expect(await refused(cloud, WORKER, 'notices.preview', { factoryId: FACTORY, audience })).toBe('FORBIDDEN')
    expect(await refused(cloud, HR, 'notices.preview', { factoryId: FACTORY, audience: { ...audience, spaceId: 'space-other' } })).toBe('NOT_FOUND')
    expect(await refused(cloud, HR, 'notices.preview', { factoryId: FACTORY, audience: { ...audience, statuses: [] } })).toBe('VALIDATION_FAILED')
    expect(await refused(cloud, HR, 'notices.preview', { factoryId: FACTORY, audience: { ...audience, statuses: ['cancelled'] } })).toBe('VALIDATION_FAILED')
  })

  test('send now: one inbox line per family, a push where credit exists; confirm, report, remind', async () => {
    await accept('fam-a', 'TPL_NOTICE')
    const outboxBefore = cloud.outbox.list().length
    const input = { factoryId: FACTORY, requestId: rid(), title: '高温预警：明天托管提前到下午4点结束，请按时来接孩子', body: '明天气温38度。', spaceId: 'space-n', audience }
    const { notice } = await ok(cloud, HR, 'notices.create', input)
    expect(notice).toMatchObject({ status: 'sent', spaceName: 'space space-n', counts: { recipients: 3, pushed: 1, noCredit: 2, failed: 0, read: 0 } })
    // retried create: the same notice, nothing sent again
    expect((await ok(cloud, HR, 'notices.create', input)).notice.id).toBe(notice.id)
    const pushes = cloud.outbox.list().slice(outboxBefore)
    expect(pushes.map((m) => m.touser)).toEqual(['fam-a'])
    expect(pushes[0].data.thing1.value).toHaveLength(20) // title cut to WeChat's 20 characters
    expect(pushes[0].data.thing1.value.endsWith('…')).toBe(true)
    expect(pushes[0].page).toBe(`packages/reminders/pages/notice/index?id=${notice.id}`)
    for (const f of ['fam-a', 'fam-b', 'fam-c']) expect(inbox(f).filter((n) => n.kind === 'notice')).toHaveLength(1)
    expect(inbox('fam-d')).toHaveLength(0) // cancelled registration: not addressed

    // the family's inbox (spaces' notifications) shows it unread; confirming marks it read
    const listed = await ok(cloud, 'fam-b', 'notifications.list', {})
    expect(listed.unread).toBe(1)
    expect(listed.items[0]).toMatchObject({ kind: 'notice', params: { noticeId: notice.id }, readAt: null })
    expect((await ok(cloud, 'fam-b', 'notices.get', { id: notice.id })).notice).toMatchObject({ title: input.title, confirmedAt: null, spaceId: 'space-n' })
    const confirmed = await ok(cloud, 'fam-b', 'notices.confirmRead', { id: notice.id })
    expect(confirmed.unread).toBe(0)
    expect(confirmed.notice.confirmedAt).toBeTruthy()
    expect((await ok(cloud, 'fam-b', 'notices.confirmRead', { id: notice.id })).notice.confirmedAt).toBe(confirmed.notice.confirmedAt)
    // not a recipient / another factory: as if it did not exist
    expect(await refused(cloud, 'fam-d', 'notices.get', { id: notice.id })).toBe('NOT_FOUND')
    expect(await refused(cloud, OTHER_WORKER, 'notices.confirmRead', { id: notice.id })).toBe('NOT_FOUND')
    expect(await refused(cloud, OTHER_HR, 'notices.report', { id: notice.id })).toBe('FORBIDDEN')
    expect(await refused(cloud, OTHER_HR, 'notices.list', { factoryId: FACTORY })).toBe('FORBIDDEN')

    const report = await ok(cloud, HR, 'notices.report', { id: notice.id })
    expect(report.notice.counts).toEqual({ recipients: 3, pushed: 1, noCredit: 2, failed: 0, read: 1 })
    expect(report.notReadTotal).toBe(2)
    expect(report.notRead.map((r: any) => [r.displayName, r.push])).toEqual([
      ['家长fam-a', 'sent'],
      ['家长fam-c', 'no_credit']
    ])
    expect((await ok(cloud, HR, 'notices.list', { factoryId: FACTORY })).items[0]).toMatchObject({ id: notice.id, counts: { read: 1 } })

    // remind: fam-c has a credit now, fam-a used theirs; fam-b has confirmed
    await accept('fam-c', 'TPL_NOTICE')
    await ok(cloud, 'fam-a', 'notifications.markRead', { all: true })
    const before = cloud.outbox.list().length
    const reminded = await ok(cloud, HR, 'notices.remind', { id: notice.id })
    expect(reminded.toRemind).toBe(2)
    expect(reminded.notice.reminders).toBe(1)
    expect(cloud.outbox.list().slice(before).map((m) => m.touser)).toEqual(['fam-c'])
    expect((await ok(cloud, 'fam-a', 'notifications.list', {})).unread).toBe(1) // inbox badge again
    expect(await refused(cloud, HR, 'notices.remind', { id: notice.id })).toBe('NOTICE_REMIND_TOO_SOON')
    const after = await ok(cloud, HR, 'notices.report', { id: notice.id })
    expect(after.notRead.find((r: any) => r.displayName === '家长fam-a').remindedAt).toBeTruthy()
  })

  test('bad notices are refused and nothing is stored', async () => {
    const before = cloud.store.docs('notices').length
    const base = { factoryId: FACTORY, title: '通知', body: '内容', audience }
    expect(await refused(cloud, OTHER_HR, 'notices.create', { ...base, requestId: rid() })).toBe('FORBIDDEN')
    expect(await refused(cloud, WORKER, 'notices.create', { ...base, requestId: rid() })).toBe('FORBIDDEN')
    expect(await refused(cloud, HR, 'notices.create', { ...base, requestId: rid(), spaceId: 'space-other' })).toBe('NOT_FOUND')
    expect(await refused(cloud, HR, 'notices.create', { ...base, requestId: rid(), title: '' })).toBe('VALIDATION_FAILED')
    expect(await refused(cloud, HR, 'notices.create', { ...base, requestId: rid(), body: 'x'.repeat(1001) })).toBe('VALIDATION_FAILED')
    expect(await refused(cloud, HR, 'notices.create', { ...base, requestId: rid(), sendAt: new Date(Date.now() - 3600_000).toISOString() })).toBe('NOTICE_SEND_AT_INVALID')
    expect(await refused(cloud, HR, 'notices.create', { ...base, requestId: rid(), sendAt: new Date(Date.now() + 31 * 86_400_000).toISOString() })).toBe('NOTICE_SEND_AT_INVALID')
    expect(await refused(cloud, HR, 'notices.create', { ...base, requestId: rid(), audience: { ...audience, statuses: ['offered'] } })).toBe('NOTICE_NO_RECIPIENTS')
    expect(await refused(cloud, HR, 'notices.create', { ...base, requestId: rid(), audience: { type: 'everyone' } })).toBe('VALIDATION_FAILED')
    expect(cloud.store.docs('notices')).toHaveLength(before)
  })

  test('a scheduled notice waits for its time and can be cancelled before', async () => {
    const sendAt = new Date(Date.now() + 2 * 3600_000).toISOString()
    const { notice } = await ok(cloud, HR, 'notices.create', { factoryId: FACTORY, requestId: rid(), title: '下周排班', body: '见公告栏', audience: { type: 'factory_workers' }, sendAt })
    expect(notice).toMatchObject({ status: 'scheduled', sentAt: null, counts: { recipients: 0 } })
    await tick(cloud)
    expect(cloud.store.docs('deliveries').filter((d: any) => d.noticeId === notice.id)).toHaveLength(0)
    expect(await refused(cloud, HR, 'notices.remind', { id: notice.id })).toBe('NOTICE_NOT_SENT')
    expect((await ok(cloud, HR, 'notices.cancel', { id: notice.id })).notice.status).toBe('cancelled')
    // even when its time comes, a cancelled notice is not sent
    const job = cloud.store.docs('jobs').find((j: any) => j.payload?.noticeId === notice.id) as any
    cloud.store.commit([{ coll: 'jobs', id: job._id, doc: { ...job, runAt: new Date(Date.now() - 1000) } }])
    await tick(cloud)
    expect(cloud.store.docs('deliveries').filter((d: any) => d.noticeId === notice.id)).toHaveLength(0)

    const sent = (await ok(cloud, HR, 'notices.list', { factoryId: FACTORY })).items.find((n: any) => n.status === 'sent')
    expect(await refused(cloud, HR, 'notices.cancel', { id: sent.id })).toBe('NOTICE_ALREADY_SENT')
  })
})

describe('scheduler jobs', () => {
  const addWorker = (who: string, createdAt = new Date()) =>
    cloud.store.commit([{ coll: 'users', id: who, doc: { _id: who, displayName: who, language: 'zh-CN', roles: [{ factoryId: FACTORY, role: 'worker' }], createdAt, updatedAt: createdAt } }])
  const makeDue = (pred: (j: any) => boolean) => {
    const job = cloud.store.docs('jobs').find(pred) as any
    cloud.store.commit([{ coll: 'jobs', id: job._id, doc: { ...job, runAt: new Date(Date.now() - 1000) } }])
    return job._id as string
  }

  test('a transient WeChat error gives the credit back and retries later with backoff; the message goes out once', async () => {
    const who = 'caller-transient'
    addWorker(who)
    await accept(who, 'TPL_CALL_REMINDER')
    cloud.outbox.arm({ touser: who, errcode: 45009, errmsg: 'reach max api daily quota limit', times: 1 })
    const soon = chinaAt(4)
    const { call } = await ok(cloud, who, 'calls.create', { requestId: rid(), withWhom: '二宝', date: soon.date, time: soon.time, repeatWeekly: false, note: '' })
    await tick(cloud)
    const jobId = (cloud.store.docs('jobs').find((j: any) => j.payload?.callId === call.id) as any)._id
    const retrying = cloud.store.get('jobs', jobId)!.doc as any
    expect(retrying).toMatchObject({ status: 'pending', attempts: 1, lastError: expect.stringMatching(/failed for now/) })
    expect(new Date(retrying.runAt).getTime()).toBeGreaterThan(Date.now() + 20_000) // backoff, not at once
    expect(creditOf(who, 'TPL_CALL_REMINDER')).toBe(1)
    expect(outboxTo(who)).toHaveLength(0)
    makeDue((j) => j._id === jobId)
    await tick(cloud)
    expect(cloud.store.get('jobs', jobId)!.doc).toMatchObject({ status: 'done' })
    expect(outboxTo(who)).toHaveLength(1)
    expect(inbox(who)).toHaveLength(1) // the inbox line was written once, on the first attempt
    expect(creditOf(who, 'TPL_CALL_REMINDER')).toBe(0)
  })

  test('a permanent WeChat error (bad data) is recorded, the credit kept, the job not retried', async () => {
    const who = 'caller-permanent'
    addWorker(who)
    await accept(who, 'TPL_CALL_REMINDER')
    cloud.outbox.arm({ touser: who, errcode: 47003, errmsg: 'argument invalid!', times: 1 })
    const soon = chinaAt(4)
    await ok(cloud, who, 'calls.create', { requestId: rid(), withWhom: '三宝', date: soon.date, time: soon.time, repeatWeekly: false, note: '' })
    await tick(cloud)
    expect(cloud.store.docs('deliveries').find((d: any) => d.openid === who)).toMatchObject({ push: 'failed', errCode: 47003 })
    expect(creditOf(who, 'TPL_CALL_REMINDER')).toBe(1)
    expect(inbox(who)).toHaveLength(1)
  })

  test('lesson nudge: a worker idle for 7 days gets one, at most once a week; an active one none', async () => {
    const idle = 'learner-idle'
    const active = 'learner-active'
    addWorker(idle, new Date(Date.now() - 10 * 86_400_000))
    addWorker(active, new Date(Date.now() - 10 * 86_400_000))
    cloud.store.commit([{ coll: 'learning_progress', id: `${active}:m1-s01`, doc: { _id: `${active}:m1-s01`, openid: active, sessionId: 'm1-s01', card: 3, passed: false, bestScore: 0, updatedAt: new Date(Date.now() - 2 * 86_400_000) } }])
    await accept(idle, 'TPL_LESSON_NUDGE', 2)
    const sweep = (key: string) => cloud.store.commit([{ coll: 'jobs', id: key, doc: { _id: key, key, kind: 'lesson.nudgeSweep', status: 'pending', runAt: new Date(Date.now() - 1000), attempts: 0, payload: {} } }])
    sweep('nudge-test-1')
    await tick(cloud)
    expect(cloud.store.get('jobs', 'nudge-test-1')!.doc).toMatchObject({ status: 'done' })
    expect(inbox(idle).map((n) => n.kind)).toEqual(['lesson_nudge'])
    expect(outboxTo(idle).map((m) => m.templateId)).toEqual(['TPL_LESSON_NUDGE'])
    expect(inbox(active)).toHaveLength(0)
    sweep('nudge-test-2') // the next day's sweep: still idle, but nudged this week already
    await tick(cloud)
    expect(inbox(idle)).toHaveLength(1)
    expect(outboxTo(idle)).toHaveLength(1)
  })
})
