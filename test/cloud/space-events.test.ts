// Summer-space events as WeChat subscribe messages, through the real functions
// against the local cloud: each event has exactly one inbox line (written at
// once) and at most one push (sent by the scheduler where the family has credit);
// "offer runs out in 12 h" only while the offer is open; "starts tomorrow" only
// to confirmed families of a space that still starts tomorrow.
import type { LocalCloud } from '../../localcloud/server'
import { startTestCloud } from './harness'
import { HR, day, ok, seedFamilies, seedSpace, tick } from './spaces-fixtures'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
})
afterAll(async () => {
  await cloud?.close()
})

let seq = 0
const rid = () => `req-${Date.now()}-${++seq}`
const STATUS = 'TPL_REGISTRATION_STATUS'
const OFFER = 'TPL_SPACE_OFFER'
const inbox = (openid: string) => (cloud.store.docs('notifications') as any[]).filter((n) => n.openid === openid)
const kindsIn = (openid: string) => inbox(openid).map((n) => n.kind)
const pushesTo = (openid: string) => cloud.outbox.list().filter((m) => m.touser === openid)
const creditOf = (openid: string, templateId: string) => (cloud.store.get('subscribe_credits', `${openid}:${templateId}`)?.doc as any)?.credit ?? 0

async function accept(openid: string, templateId: string, times = 1) {
  for (let i = 0; i < times; i++) await ok(cloud, openid, 'messages.subscribeResult', { requestId: rid(), results: [{ templateId, outcome: 'accept' }] })
}
const register = (openid: string, spaceId: string) => ok(cloud, openid, 'registrations.create', { spaceId, childId: `c-${openid}`, requestId: rid() })

function moveJobs(pick: (j: any) => boolean, runAt: Date) {
  const jobs = (cloud.store.docs('jobs') as any[]).filter(pick)
  cloud.store.commit(jobs.map((j) => ({ coll: 'jobs', id: j._id, doc: { ...j, runAt } })))
  return jobs
}
/** Makes the jobs matching `pick` due now (as if their time had come). */
const makeDue = (pick: (j: any) => boolean) => moveJobs(pick, new Date(Date.now() - 1000))
/** Keeps "starts tomorrow" jobs from running early (after 18:00 China time they would be due at once). */
const holdSeasonJobs = () => moveJobs((j) => j.kind === 'space.seasonStart' && j.status === 'pending', new Date(Date.now() + 7 * 86_400_000))

describe('registration status and offers', () => {
  // capacity 1: a0 gets the place, a1 and a2 wait (in that order)
  const [A0, A1, A2] = ['a0', 'a1', 'a2']
  let reg1: any

  beforeAll(async () => {
    seedSpace(cloud, 'space-a', { name: '暑期托管班A', capacity: 1 })
    seedFamilies(cloud, 3, 'a')
    await accept(A0, STATUS)
    await accept(A1, STATUS)
    await accept(A1, OFFER, 2)
  })

  test('registering: the inbox line at once, one WeChat message with credit, none without, and nothing twice', async () => {
    const r0 = await register(A0, 'space-a')
    expect(r0.status).toBe('confirmed')
    expect(kindsIn(A0)).toEqual(['registration_confirmed']) // before any scheduler run
    reg1 = await register(A1, 'space-a')
    const r2 = await register(A2, 'space-a')
    expect([reg1.status, r2.status]).toEqual(['waitlisted', 'waitlisted'])

    await tick(cloud)
    const [p0] = pushesTo(A0)
    expect(pushesTo(A0)).toHaveLength(1)
    expect(p0.templateId).toBe(STATUS)
    expect(p0.data.thing1.value).toBe('暑期托管班A')
    expect(p0.data.phrase2.value).toBe('报名成功')
    expect(p0.page).toBe('packages/spaces/pages/registrations/index')
    expect(pushesTo(A1).map((m) => [m.templateId, m.data.phrase2.value])).toEqual([[STATUS, '排队中']])
    expect(pushesTo(A1)[0].data.thing3.value).toContain('排第1位')
    // no credit: inbox only, never a send
    expect(pushesTo(A2)).toHaveLength(0)
    expect(kindsIn(A2)).toEqual(['registration_waitlisted'])
    expect((cloud.store.docs('deliveries') as any[]).find((d) => d.openid === A2)).toMatchObject({ push: 'no_credit' })
    expect(creditOf(A0, STATUS)).toBe(0)

    // the scheduler again: nothing is sent or written twice
    await tick(cloud)
    await tick(cloud)
    expect(pushesTo(A0)).toHaveLength(1)
    expect(pushesTo(A1)).toHaveLength(1)
    for (const who of [A0, A1, A2]) expect(inbox(who)).toHaveLength(1)
  })

  test('a cancelled place is offered to the first waiting family, who gets one offer message', async () => {
    const mine = await ok(cloud, A0, 'registrations.mine', {})
    await ok(cloud, A0, 'registrations.cancel', { registrationId: mine.registrations[0].id })
    // the family who cancelled is told in the app only (they did it themselves)
    expect(kindsIn(A0)).toEqual(['registration_confirmed', 'registration_cancelled'])
    expect(kindsIn(A1)).toEqual(['registration_waitlisted', 'offer_made'])
    expect(kindsIn(A2)).toEqual(['registration_waitlisted'])

    await tick(cloud)
    await tick(cloud)
    expect(pushesTo(A0)).toHaveLength(1)
    const offers = pushesTo(A1).filter((m) => m.templateId === OFFER)
    expect(offers).toHaveLength(1)
    expect(offers[0].data.thing1.value).toBe('暑期托管班A')
    expect(offers[0].data.time2.value).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/)
    expect(pushesTo(A2)).toHaveLength(0)
    expect(kindsIn(A1)).toEqual(['registration_waitlisted', 'offer_made'])
  })

  test('12 hours before an offer runs out: one reminder while the family still holds it', async () => {
    const reg = cloud.store.get('registrations', reg1.id)!.doc as any
    expect(reg.status).toBe('offered')
    const [job] = (cloud.store.docs('jobs') as any[]).filter((j) => j.kind === 'space.offerExpiring' && j.payload.registrationId === reg1.id)
    // planned for 12 hours before the deadline, not now
    expect(new Date(job.runAt).getTime()).toBe(new Date(reg.offerExpiresAt).getTime() - 12 * 3600_000)
    expect(job.status).toBe('pending')

    makeDue((j) => j._id === job._id)
    await tick(cloud)
    await tick(cloud)
    const offers = pushesTo(A1).filter((m) => m.templateId === OFFER)
    expect(offers).toHaveLength(2)
    expect(offers[1].data.thing3.value).toBe('还剩12小时，请尽快确认')
    expect(kindsIn(A1)).toEqual(['registration_waitlisted', 'offer_made', 'offer_expiring'])
    expect(creditOf(A1, OFFER)).toBe(0)
  })
})

test('an offer already accepted gets no "12 hours left" reminder', async () => {
  seedSpace(cloud, 'space-b', { name: '暑期托管班B', capacity: 1 })
  seedFamilies(cloud, 2, 'b')
  await accept('b1', OFFER, 3)
  const first = await register('b0', 'space-b')
  const second = await register('b1', 'space-b')
  await ok(cloud, 'b0', 'registrations.cancel', { registrationId: first.id })
  await tick(cloud)
  expect(pushesTo('b1').map((m) => m.templateId)).toEqual([OFFER])
  const accepted = await ok(cloud, 'b1', 'registrations.acceptOffer', { registrationId: second.id })
  expect(accepted.status).toBe('confirmed')

  expect(makeDue((j) => j.kind === 'space.offerExpiring' && j.payload.registrationId === second.id)).toHaveLength(1)
  await tick(cloud)
  expect(pushesTo('b1').map((m) => m.templateId)).toEqual([OFFER]) // no status credit, no second offer message
  expect(kindsIn('b1')).not.toContain('offer_expiring')
  expect(creditOf('b1', OFFER)).toBe(2)
})

describe('the season starts tomorrow', () => {
  const seasonJobs = (spaceId: string) => (cloud.store.docs('jobs') as any[]).filter((j) => j.kind === 'space.seasonStart' && j.payload.spaceId === spaceId)

  test('opening a space plans the message for 18:00 China time the day before; confirmed families get it once, waiting ones not', async () => {
    seedSpace(cloud, 'space-c', { name: '暑期托管班C', capacity: 2, status: 'draft', startDate: day(1) })
    seedFamilies(cloud, 3, 'c')
    for (const who of ['c0', 'c1', 'c2']) await accept(who, STATUS, 3)
    await ok(cloud, HR, 'spaces.open', { spaceId: 'space-c' })
    const [job] = seasonJobs('space-c')
    expect(job.payload.startDate).toBe(day(1))
    // 18:00 in China (UTC+8) is 10:00 UTC, on the day before the start
    expect(new Date(job.runAt).toISOString()).toBe(`${day(0)}T10:00:00.000Z`)
    // opening again (close, open) does not plan a second one
    await ok(cloud, HR, 'spaces.close', { spaceId: 'space-c' })
    await ok(cloud, HR, 'spaces.open', { spaceId: 'space-c' })
    expect(seasonJobs('space-c')).toHaveLength(1)
    holdSeasonJobs()

    for (const who of ['c0', 'c1', 'c2']) await register(who, 'space-c')
    await tick(cloud) // the registration messages
    const before = cloud.outbox.list().length

    makeDue((j) => j._id === job._id)
    await tick(cloud)
    await tick(cloud)
    const sent = cloud.outbox.list().slice(before)
    expect(sent.map((m) => m.touser).sort()).toEqual(['c0', 'c1'])
    expect(sent.every((m) => m.templateId === STATUS && m.data.phrase2.value === '明天开始' && m.data.thing1.value === '暑期托管班C')).toBe(true)
    expect(kindsIn('c0')).toEqual(['registration_confirmed', 'season_starts_tomorrow'])
    expect(kindsIn('c2')).toEqual(['registration_waitlisted'])
    expect(cloud.store.get('jobs', job._id)!.doc).toMatchObject({ status: 'done' })
  })

  test('a space whose start moved or that was cancelled sends nothing from the old plan', async () => {
    seedSpace(cloud, 'space-d', { name: '暑期托管班D', status: 'draft', startDate: day(1) })
    seedSpace(cloud, 'space-e', { name: '暑期托管班E', status: 'draft', startDate: day(1) })
    seedFamilies(cloud, 1, 'd')
    seedFamilies(cloud, 1, 'e')
    await accept('d0', STATUS, 3)
    await accept('e0', STATUS, 3)
    await ok(cloud, HR, 'spaces.open', { spaceId: 'space-d' })
    await ok(cloud, HR, 'spaces.open', { spaceId: 'space-e' })
    holdSeasonJobs()
    await register('d0', 'space-d')
    await register('e0', 'space-e')
    await tick(cloud)
    expect(pushesTo('d0')).toHaveLength(1)
    expect(pushesTo('e0')).toHaveLength(1)

    await ok(cloud, HR, 'spaces.update', { spaceId: 'space-d', startDate: day(3) })
    const planned = seasonJobs('space-d')
    expect(planned.map((j) => j.payload.startDate).sort()).toEqual([day(1), day(3)])
    expect(new Date(planned.find((j) => j.payload.startDate === day(3)).runAt).toISOString()).toBe(`${day(2)}T10:00:00.000Z`)
    await ok(cloud, HR, 'spaces.cancel', { spaceId: 'space-e', reason: '场地维修' })
    expect(kindsIn('e0')).toEqual(['registration_confirmed', 'space_cancelled'])

    makeDue((j) => j.kind === 'space.seasonStart' && j.payload.startDate === day(1) && ['space-d', 'space-e'].includes(j.payload.spaceId))
    await tick(cloud)
    expect(kindsIn('d0')).toEqual(['registration_confirmed'])
    expect(pushesTo('d0')).toHaveLength(1)
    // the cancellation itself is worth a message; "starts tomorrow" is not
    expect(pushesTo('e0').map((m) => m.data.phrase2.value)).toEqual(['报名成功', '已取消'])
    expect(pushesTo('e0')[1].data.thing3.value).toBe('场地维修')
    expect(kindsIn('e0')).toEqual(['registration_confirmed', 'space_cancelled'])
  })
})
