// Capacity under contention: many families press "register" in the same
// second, through the local cloud's pool of warm instances. The space must
// never be overbooked, the waitlist must follow arrival order, nobody lost.
import type { LocalCloud } from '../../localcloud/server'
import { startTestCloud, callApi } from './harness'
import { day, ok, seedFamilies, seedSpace, tick } from './spaces-fixtures'
import { idFor } from '../../server/core/ids'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
})
afterAll(async () => {
  await cloud?.close()
})

const ATTEMPTS = 200
const PLACES = 30

test(`${ATTEMPTS} concurrent registrations for ${PLACES} places: exactly ${PLACES} confirmed, the rest waitlisted in arrival order`, async () => {
  seedSpace(cloud, 'rush', { capacity: PLACES })
  seedFamilies(cloud, ATTEMPTS, 'rush-')
  const replies = await Promise.all(
    Array.from({ length: ATTEMPTS }, (_, i) => callApi(cloud, `rush-${i}`, 'registrations.create', { spaceId: 'rush', childId: `c-rush-${i}` }))
  )
  const failed = replies.filter((r) => !r.ok)
  expect(failed).toEqual([])
  const regs = replies.map((r) => (r as { data: any }).data)

  // what the families were told
  const confirmed = regs.filter((r) => r.status === 'confirmed')
  const waitlisted = regs.filter((r) => r.status === 'waitlisted')
  expect(confirmed).toHaveLength(PLACES)
  expect(waitlisted).toHaveLength(ATTEMPTS - PLACES)

  // what is stored agrees, and nothing is half-written
  const stored = cloud.store.docs('registrations').filter((d: any) => d.spaceId === 'rush') as any[]
  expect(stored).toHaveLength(ATTEMPTS)
  expect(stored.filter((d) => d.status === 'confirmed')).toHaveLength(PLACES)
  const space = cloud.store.get('spaces', 'rush')!.doc as any
  expect(space).toMatchObject({ taken: PLACES, waiting: ATTEMPTS - PLACES })
  // every arrival's decision is recorded once, and agrees with the registration
  const tickets = space.tickets as Record<string, { placed: boolean }>
  expect(Object.keys(tickets)).toHaveLength(ATTEMPTS)
  for (const d of stored) expect(tickets[d._id]).toMatchObject({ placed: d.status === 'confirmed', childId: d.childId })


  // the waitlist, as HR sees it, is in the order families joined it (server time), positions 1..n
  const list = await ok(cloud, 'demo-hr', 'registrations.list', { spaceId: 'rush', status: 'waitlisted' })
  expect(list.registrations.map((r: any) => r.waitlistPosition)).toEqual(Array.from({ length: ATTEMPTS - PLACES }, (_, i) => i + 1))
  const queued = list.registrations.map((r: any) => new Date((cloud.store.get('registrations', r.id)!.doc as any).queuedAt).getTime())
  expect(queued).toEqual([...queued].sort((a, b) => a - b))
  // each family was told its position as it joined: never worse than the place it holds (one
  // stamped a moment earlier may still have been on its way to the database)
  const told = new Map(waitlisted.map((r) => [r.id, r.waitlistPosition]))
  list.registrations.forEach((r: any, i: number) => expect(told.get(r.id)).toBeLessThanOrEqual(i + 1))
  // HR numbers all registrations in arrival order
  const all = await ok(cloud, 'demo-hr', 'registrations.list', { spaceId: 'rush' })
  expect(all.registrations.map((r: any) => r.seq).sort((a: number, b: number) => a - b)).toEqual(Array.from({ length: ATTEMPTS }, (_, i) => i + 1))
}, 120_000)

test('a cancelled place is offered to the head of the waitlist; an offer not accepted in time moves on', async () => {
  const confirmed = (await ok(cloud, 'demo-hr', 'registrations.list', { spaceId: 'rush', status: 'confirmed' })).registrations
  const waiting = (await ok(cloud, 'demo-hr', 'registrations.list', { spaceId: 'rush', status: 'waitlisted' })).registrations
  const [first, second] = waiting
  const leaver = confirmed[0]
  const guardianOf = (r: any) => (cloud.store.get('registrations', r.id)!.doc as any).guardianOpenid

  await ok(cloud, guardianOf(leaver), 'registrations.cancel', { registrationId: leaver.id })
  const offered = cloud.store.get('registrations', first.id)!.doc as any
  expect(offered.status).toBe('offered')
  const hours = (new Date(offered.offerExpiresAt).getTime() - Date.now()) / 3600_000
  expect(hours).toBeGreaterThan(47.9)
  expect(hours).toBeLessThanOrEqual(48)
  const notes = await ok(cloud, guardianOf(first), 'notifications.list', {})
  expect(notes.items[0]).toMatchObject({ kind: 'offer_made', params: { registrationId: first.id } })
  expect(cloud.store.get('spaces', 'rush')!.doc).toMatchObject({ taken: PLACES, waiting: ATTEMPTS - PLACES - 1 })

  // the deadline passes: the scheduler's job expires the offer and offers the place to the next family
  const past = new Date(Date.now() - 1000)
  cloud.store.commit([{ coll: 'registrations', id: first.id, doc: { ...offered, offerExpiresAt: past } }])
  const job = (cloud.store.docs('jobs') as any[]).find((j) => j.kind === 'spaces.offerExpiry' && j.payload.registrationId === first.id)
  cloud.store.commit([{ coll: 'jobs', id: job._id, doc: { ...job, runAt: past } }])
  const run = await tick(cloud)
  // (the same run also sends the families' WeChat messages about their registrations)
  expect(run.result).toMatchObject({ failed: 0 })
  expect(cloud.store.get('jobs', job._id)!.doc).toMatchObject({ status: 'done' })
  expect(cloud.store.get('registrations', first.id)!.doc).toMatchObject({ status: 'expired' })
  expect(cloud.store.get('registrations', second.id)!.doc).toMatchObject({ status: 'offered' })
  expect(await ok(cloud, guardianOf(first), 'notifications.list', {}).then((n) => n.items[0].kind)).toBe('offer_expired')
  const lateAccept = await callApi(cloud, guardianOf(first), 'registrations.acceptOffer', { registrationId: first.id })
  expect(lateAccept).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } })

  // the next family accepts in time
  const accepted = await ok(cloud, guardianOf(second), 'registrations.acceptOffer', { registrationId: second.id })
  expect(accepted.status).toBe('confirmed')
  const space = cloud.store.get('spaces', 'rush')!.doc as any
  expect(space).toMatchObject({ taken: PLACES, waiting: ATTEMPTS - PLACES - 2 })
  const live = (cloud.store.docs('registrations') as any[]).filter((d) => d.spaceId === 'rush' && ['confirmed', 'pending', 'offered'].includes(d.status))
  expect(live).toHaveLength(PLACES)
})

test('a double tap registers once; a retry with the same requestId returns the same registration, even after a crash mid-way', async () => {
  seedSpace(cloud, 'retry', { capacity: 5, startDate: day(500), endDate: day(510), registrationCloses: day(499) })
  seedFamilies(cloud, 2, 'retry-')
  const taps = await Promise.all([0, 1, 2].map(() => callApi(cloud, 'retry-0', 'registrations.create', { spaceId: 'retry', childId: 'c-retry-0' })))
  expect(taps.filter((t) => t.ok)).toHaveLength(1)
  expect(taps.filter((t) => !t.ok).map((t) => (t as any).error.code)).toEqual(['ALREADY_REGISTERED', 'ALREADY_REGISTERED'])
  expect(cloud.store.get('spaces', 'retry')!.doc).toMatchObject({ taken: 1 })

  const payload = { spaceId: 'retry', childId: 'c-retry-1', requestId: 'tap-0001' }
  const [a, b] = await Promise.all([ok(cloud, 'retry-1', 'registrations.create', payload), ok(cloud, 'retry-1', 'registrations.create', payload)])
  expect(b.id).toBe(a.id)
  expect(cloud.store.get('spaces', 'retry')!.doc).toMatchObject({ taken: 2 })

  // a first attempt that died after its place was counted but before the registration was written
  seedFamilies(cloud, 1, 'crash-')
  const regId = idFor('crash-0:tap-crash1', 'g') // the registration's id comes from the request
  const s = cloud.store.get('spaces', 'retry')!.doc as any
  cloud.store.commit([{ coll: 'spaces', id: 'retry', doc: { ...s, taken: 3, tickets: { ...(s.tickets ?? {}), [regId]: { placed: true, at: new Date(), childId: 'c-crash-0' } } } }])
  expect(cloud.store.get('registrations', regId)).toBeUndefined()
  const resumed = await ok(cloud, 'crash-0', 'registrations.create', { spaceId: 'retry', childId: 'c-crash-0', requestId: 'tap-crash1' })
  expect(resumed).toMatchObject({ id: regId, status: 'confirmed' })
  expect(cloud.store.get('spaces', 'retry')!.doc).toMatchObject({ taken: 3 }) // not counted twice
  // and once more, now that it is written: the same answer
  expect(await ok(cloud, 'crash-0', 'registrations.create', { spaceId: 'retry', childId: 'c-crash-0', requestId: 'tap-crash1' })).toMatchObject({ id: regId, status: 'confirmed' })
  expect(cloud.store.get('spaces', 'retry')!.doc).toMatchObject({ taken: 3 })

  // the same request id sent for another space is refused, and counts nothing there
  seedSpace(cloud, 'retry-other', { capacity: 5, startDate: day(600), endDate: day(610), registrationCloses: day(599) })
  const reused = await callApi(cloud, 'crash-0', 'registrations.create', { spaceId: 'retry-other', childId: 'c-crash-0', requestId: 'tap-crash1' })
  expect(reused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  expect(cloud.store.get('spaces', 'retry-other')!.doc).toMatchObject({ taken: 0, waiting: 0 })
  expect(Object.keys((cloud.store.get('spaces', 'retry-other')!.doc as any).tickets ?? {})).toEqual([])

  // a registration that ends gives back its count and its ticket: the tickets are what is counted
  await ok(cloud, 'crash-0', 'registrations.cancel', { registrationId: regId })
  const after = cloud.store.get('spaces', 'retry')!.doc as any
  expect(after.taken).toBe(2)
  expect(after.tickets[regId]).toBeUndefined()
  expect(Object.keys(after.tickets)).toHaveLength(2)
})
