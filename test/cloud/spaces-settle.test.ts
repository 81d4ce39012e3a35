// No registration left half-made: the function host is killed (SIGKILL, as a crashed or
// timed-out instance) in the middle of a burst of registrations, between decisions and the
// registrations they are for; the host starts new instances, and the scheduler's settle job
// writes every registration whose decision is over a minute old. Then the space's counters
// equal the registrations they count, no decision lacks its registration, and each family was
// told its outcome exactly once (inbox line; WeChat push where the family had a credit).
import type { LocalCloud } from '../../localcloud/server'
import { startTestCloud } from './harness'
import { seedFamilies, seedSpace, tick } from './spaces-fixtures'

const PLACES = 10
const FAMILIES = 48
const TEMPLATE = 'TPL_REGISTRATION_STATUS'
const OUTCOME_KINDS = ['registration_confirmed', 'registration_pending', 'registration_waitlisted', 'registration_withdrawn']

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
})
afterAll(async () => {
  await cloud?.close()
})

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const regsOf = (spaceId: string) => (cloud.store.docs('registrations') as any[]).filter((r) => r.spaceId === spaceId)
const ticketsOf = (spaceId: string) => ((cloud.store.get('spaces', spaceId)!.doc as any).tickets ?? {}) as Record<string, { placed: boolean; at: Date; childId: string }>
/** decisions taken whose registration is not written */
const unwritten = (spaceId: string) => Object.keys(ticketsOf(spaceId)).filter((id) => !cloud.store.get('registrations', id))

function killApiInstances(): number {
  const pools = (cloud.host as unknown as { pools: Map<string, { child: { kill: (s: string) => void } }[]> }).pools
  const list = pools.get('api') ?? []
  list.forEach((i) => i.child.kill('SIGKILL'))
  return list.length
}

/** Moves the space's clock marks `ms` into the past (its decisions and where its next check starts), as if that time had passed. */
function ageTickets(spaceId: string, ms: number) {
  const space = cloud.store.get('spaces', spaceId)!.doc as any
  const back = (d: Date) => new Date(new Date(d).getTime() - ms)
  const tickets = Object.fromEntries(Object.entries(space.tickets ?? {}).map(([id, t]: [string, any]) => [id, { ...t, at: back(t.at) }]))
  cloud.store.commit([{ coll: 'spaces', id: spaceId, doc: { ...space, tickets, ...(space.auditFrom ? { auditFrom: back(space.auditFrom) } : {}) } }])
}

test('host killed during a burst of registrations: the settle job leaves counters exact, every decision written, every family told once', async () => {
  seedSpace(cloud, 'burst', { capacity: PLACES })
  seedFamilies(cloud, FAMILIES, 'burst-')
  const now = new Date()
  const credited = new Set<string>()
  cloud.store.commit(
    Array.from({ length: FAMILIES / 2 }, (_, k) => {
      const openid = `burst-${2 * k}`
      credited.add(openid)
      const id = `${openid}:${TEMPLATE}`
      return { coll: 'subscribe_credits', id, doc: { _id: id, openid, templateId: TEMPLATE, kind: 'registration_status', credit: 1, updatedAt: now } }
    })
  )

  const calls = Promise.all(
    Array.from({ length: FAMILIES }, (_, i) =>
      cloud.invoke('api', { action: 'registrations.create', payload: { spaceId: 'burst', childId: `c-burst-${i}` } }, { openid: `burst-${i}`, source: 'wx_client' })
    )
  )
  // kill every api instance whenever a decision is taken and its registration not yet written,
  // three times during the burst
  let kills = 0
  const t0 = Date.now()
  while (kills < 3 && Date.now() - t0 < 60_000) {
    if (unwritten('burst').length && killApiInstances() > 0) {
      kills++
      await sleep(150)
    } else await sleep(1)
  }
  const records = await calls
  expect(kills).toBe(3)
  expect(records.filter((r) => !r.ok).length).toBeGreaterThan(0) // some requests died with their instance

  const stuck = unwritten('burst')
  expect(stuck.length).toBeGreaterThan(0)

  // younger than a minute: a request may still be writing them, so the scheduler leaves them
  // (it does not even start a job), and the space says where the next check starts
  const earliest = Math.min(...Object.values(ticketsOf('burst')).map((t) => new Date(t.at).getTime()))
  expect(new Date((cloud.store.get('spaces', 'burst')!.doc as any).auditFrom).getTime()).toBe(earliest)
  const jobsBefore = cloud.store.docs('jobs').filter((j: any) => j.kind === 'spaces.settleArrivals').length
  expect((await tick(cloud)).ok).toBe(true)
  expect(unwritten('burst')).toEqual(stuck)
  expect(cloud.store.docs('jobs').filter((j: any) => j.kind === 'spaces.settleArrivals')).toHaveLength(jobsBefore)

  // a minute later: settled (and the families' messages sent by the following runs)
  ageTickets('burst', 2 * 60_000)
  for (let i = 0; i < 4; i++) expect((await tick(cloud)).ok).toBe(true)

  expect(unwritten('burst')).toEqual([])
  const regs = regsOf('burst')
  for (const id of stuck) expect(regs.find((r) => r._id === id)).toBeDefined()
  const space = cloud.store.get('spaces', 'burst')!.doc as any
  expect(space.auditFrom).toBeUndefined() // nothing left to check
  const holding = regs.filter((r) => ['confirmed', 'pending', 'offered'].includes(r.status))
  const waiting = regs.filter((r) => r.status === 'waitlisted')
  expect(space.taken).toBe(holding.length)
  expect(space.waiting).toBe(waiting.length)
  expect(holding.length).toBe(PLACES) // more families than places: every place is held, none twice
  // the recorded decisions are exactly the counted registrations
  expect(Object.keys(space.tickets).sort()).toEqual([...holding, ...waiting].map((r) => r._id).sort())

  // every family with a registration was told its outcome exactly once; pushes only with credit, once
  const inbox = cloud.store.docs('notifications') as any[]
  const pushes = cloud.outbox.list().filter((m: any) => m.templateId === TEMPLATE || m.template_id === TEMPLATE || JSON.stringify(m).includes(TEMPLATE))
  for (const r of regs) {
    const told = inbox.filter((n) => n.openid === r.guardianOpenid && n.params?.registrationId === r._id && OUTCOME_KINDS.includes(n.kind))
    expect(told).toHaveLength(1)
    const expected = r.status === 'offered' ? 'registration_waitlisted' : `registration_${r.status}`
    expect(told[0].kind).toBe(expected)
    const pushed = pushes.filter((m: any) => m.touser === r.guardianOpenid)
    expect(pushed.length).toBeLessThanOrEqual(r.status === 'offered' ? 2 : 1) // an offer is one more message
    if (credited.has(r.guardianOpenid)) expect(pushed.length).toBeGreaterThanOrEqual(1)
    else expect(pushed).toHaveLength(0)
  }
}, 180_000)

test('a decision left without its registration in a space cancelled meanwhile is withdrawn: the family is told once, nothing counted', async () => {
  seedSpace(cloud, 'shut', { capacity: 5 })
  seedFamilies(cloud, 1, 'shut-')
  const space = cloud.store.get('spaces', 'shut')!.doc as any
  const old = new Date(Date.now() - 5 * 60_000)
  cloud.store.commit([
    {
      coll: 'spaces',
      id: 'shut',
      doc: { ...space, status: 'cancelled', taken: 1, waiting: 0, arrivals: 1, auditFrom: old, tickets: { 'g-shut': { placed: true, at: old, childId: 'c-shut-0' } } }
    }
  ])
  for (let i = 0; i < 2; i++) expect((await tick(cloud)).ok).toBe(true)
  expect(cloud.store.get('registrations', 'g-shut')!.doc).toMatchObject({ status: 'cancelled', guardianOpenid: 'shut-0' })
  expect((cloud.store.get('registrations', 'g-shut')!.doc as any).activeKey).toBeUndefined() // the child may register again
  expect(cloud.store.get('spaces', 'shut')!.doc).toMatchObject({ taken: 0, waiting: 0 })
  expect(ticketsOf('shut')).toEqual({})
  const told = (cloud.store.docs('notifications') as any[]).filter((n) => n.params?.registrationId === 'g-shut')
  expect(told.map((n) => n.kind)).toEqual(['registration_withdrawn'])
})

test('a decision whose child was erased meanwhile is given back; nobody is told', async () => {
  seedSpace(cloud, 'gone', { capacity: 5 })
  const space = cloud.store.get('spaces', 'gone')!.doc as any
  const old = new Date(Date.now() - 5 * 60_000)
  cloud.store.commit([
    { coll: 'spaces', id: 'gone', doc: { ...space, taken: 1, waiting: 0, arrivals: 1, auditFrom: old, tickets: { 'g-gone': { placed: true, at: old, childId: 'c-erased' } } } }
  ])
  for (let i = 0; i < 2; i++) expect((await tick(cloud)).ok).toBe(true)
  expect(cloud.store.get('registrations', 'g-gone')).toBeUndefined()
  expect(cloud.store.get('spaces', 'gone')!.doc).toMatchObject({ taken: 0 })
  expect(ticketsOf('gone')).toEqual({})
  expect((cloud.store.docs('notifications') as any[]).filter((n) => n.params?.registrationId === 'g-gone')).toEqual([])
})

test('a registration written whose family was never told (killed before its inbox line) is told by the settle job, once', async () => {
  seedSpace(cloud, 'untold', { capacity: 1 })
  seedFamilies(cloud, 2, 'untold-')
  const first = await cloud.invoke('api', { action: 'registrations.create', payload: { spaceId: 'untold', childId: 'c-untold-0' } }, { openid: 'untold-0', source: 'wx_client' })
  const second = await cloud.invoke('api', { action: 'registrations.create', payload: { spaceId: 'untold', childId: 'c-untold-1' } }, { openid: 'untold-1', source: 'wx_client' })
  const ids = [first, second].map((r) => (r.result as any).data.id as string)
  const linesOf = (id: string) => (cloud.store.docs('notifications') as any[]).filter((n) => n.params?.registrationId === id)
  // as if the instance died between each insert and its line
  cloud.store.commit(ids.flatMap((id) => linesOf(id).map((n) => ({ coll: 'notifications', id: n._id, doc: null }))))
  expect(ids.map((id) => linesOf(id).length)).toEqual([0, 0])
  ageTickets('untold', 2 * 60_000)
  for (let i = 0; i < 3; i++) expect((await tick(cloud)).ok).toBe(true)
  expect(ids.map((id) => linesOf(id).map((n) => n.kind))).toEqual([['registration_confirmed'], ['registration_waitlisted']])
  expect(linesOf(ids[1])[0].params.waitlistPosition).toBe(1)
  expect(cloud.store.get('spaces', 'untold')!.doc).toMatchObject({ taken: 1, waiting: 1 })
  expect((cloud.store.get('spaces', 'untold')!.doc as any).auditFrom).toBeUndefined()
})
