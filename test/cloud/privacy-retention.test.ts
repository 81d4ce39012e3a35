// Retention of whole child profiles: after a season's end + retention period, a child with no
// registration in a later season is erased (everything that names it), but only after the
// guardian was told DELETION_NOTICE_DAYS before, in the inbox and by WeChat where a credit
// exists. A child also in a later season keeps its profile.
import type { LocalCloud } from '../../localcloud/server'
import { COLLECTION_NAMES } from '../../server/db/schema'
import { DELETION_NOTICE_DAYS } from '../../src/common/spaces/policy'
import { startTestCloud } from './harness'
import { day, FACTORY, ok, seedFamilies, seedSpace, tick } from './spaces-fixtures'

const STATUS = 'TPL_REGISTRATION_STATUS'
let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
})
afterAll(async () => {
  await cloud?.close()
})

const jobs = () => cloud.store.docs('jobs') as any[]
const inboxOf = (openid: string) => (cloud.store.docs('notifications') as any[]).filter((n) => n.openid === openid)
const holding = (needle: string) => COLLECTION_NAMES.filter((name) => (cloud.store.docs(name) as unknown[]).some((d) => JSON.stringify(d).includes(needle)))
const dueAt = (endDate: string, days: number) => new Date(Date.parse(`${endDate}T00:00:00Z`) + (days + 1) * 86_400_000 - 8 * 3600_000)

test('the guardian is told first (inbox + WeChat with credit); the profile goes after the notice period, a child in a later season stays', async () => {
  seedSpace(cloud, 'past', { startDate: day(-130), endDate: day(-95), registrationOpens: day(-140), registrationCloses: day(-131), status: 'closed' })
  seedSpace(cloud, 'next', { startDate: day(20), endDate: day(40), registrationOpens: day(-5), registrationCloses: day(19) })
  seedFamilies(cloud, 2, 'keep-')
  await ok(cloud, 'keep-0', 'messages.subscribeResult', { requestId: 'retention-sub-01', results: [{ templateId: STATUS, outcome: 'accept' }] })
  const now = new Date()
  cloud.store.commit([
    ...[
      ['r-past-0', 'past', 'keep-0'],
      ['r-past-1', 'past', 'keep-1'],
      ['r-next-1', 'next', 'keep-1']
    ].map(([id, spaceId, openid]) => ({
      coll: 'registrations',
      id,
      doc: { _id: id, spaceId, factoryId: FACTORY, childId: `c-${openid}`, guardianOpenid: openid, status: 'confirmed', seq: 1, createdAt: now, updatedAt: now }
    })),
    {
      coll: 'attendance',
      id: 'past:c-keep-0:d',
      doc: { _id: 'past:c-keep-0:d', spaceId: 'past', factoryId: FACTORY, childId: 'c-keep-0', date: day(-100), state: 'checked_out', refusals: [], wrongPins: 0 }
    }
  ])
  await tick(cloud) // earlier due work out of the way
  // the jobs the season would have scheduled (a season made before this release has only the purge job)
  const due = dueAt(day(-95), 90)
  cloud.store.commit([{ coll: 'jobs', id: 'ret-past', doc: { _id: 'ret-past', key: 'spaces.retention:past:x', kind: 'spaces.retention', status: 'pending', runAt: due, attempts: 0, payload: { spaceId: 'past' } } }])

  // first run: attendance goes, guardians are told now, profiles wait DELETION_NOTICE_DAYS
  expect((await tick(cloud)).result).toMatchObject({ failed: 0 })
  expect(cloud.store.get('attendance', 'past:c-keep-0:d')).toBeFalsy()
  const told = inboxOf('keep-0').filter((n) => n.kind === 'child_data_deleting')
  expect(told).toHaveLength(1)
  const deleteOn = day(DELETION_NOTICE_DAYS)
  expect(told[0].params).toMatchObject({ spaceId: 'past', childGivenName: 'child0', deleteOn })
  const pushes = cloud.outbox.list().filter((m: any) => m.touser === 'keep-0')
  expect(pushes).toHaveLength(1)
  expect(JSON.stringify(pushes[0])).toContain('将删除')
  expect(inboxOf('keep-1').filter((n) => n.kind === 'child_data_deleting')).toHaveLength(0) // a later season keeps keep-1's child
  expect(cloud.store.get('children', 'c-keep-0')).toBeTruthy()
  const later = jobs().find((j) => j.kind === 'spaces.retention' && j.payload.spaceId === 'past' && j.status === 'pending')
  expect(new Date(later.runAt).getTime()).toBeGreaterThanOrEqual(now.getTime() + (DELETION_NOTICE_DAYS - 1) * 86_400_000)

  // a rerun before the notice period is over tells nobody twice and deletes nothing
  cloud.store.commit([{ coll: 'jobs', id: 'ret-past-again', doc: { _id: 'ret-past-again', key: 'again', kind: 'spaces.retention', status: 'pending', runAt: due, attempts: 0, payload: { spaceId: 'past' } } }])
  await tick(cloud)
  expect(inboxOf('keep-0').filter((n) => n.kind === 'child_data_deleting')).toHaveLength(1)
  expect(cloud.store.get('children', 'c-keep-0')).toBeTruthy()

  // DELETION_NOTICE_DAYS later (the notice moved back in time, the follow-up job due)
  const space = cloud.store.get('spaces', 'past')!.doc as any
  cloud.store.commit([
    { coll: 'spaces', id: 'past', doc: { ...space, retentionNotice: { ...space.retentionNotice, sentAt: new Date(now.getTime() - (DELETION_NOTICE_DAYS + 1) * 86_400_000) } } },
    { coll: 'jobs', id: later._id, doc: { ...later, runAt: new Date(now.getTime() - 1000) } }
  ])
  expect((await tick(cloud)).result).toMatchObject({ failed: 0 })
  expect(holding('c-keep-0')).toEqual([])
  expect(holding('child0')).toEqual([])
  expect(inboxOf('keep-0').map((n) => n.kind)).toEqual(['child_data_deleted'])
  // keep-1's child is in the next season: kept (medical details follow their own rule)
  expect(cloud.store.get('children', 'c-keep-1')).toBeTruthy()
  expect(cloud.store.get('registrations', 'r-next-1')).toBeTruthy()
})

test('a season scheduled now gets its notice job DELETION_NOTICE_DAYS before the purge', async () => {
  const hr = 'demo-hr'
  const created = await ok(cloud, hr, 'spaces.create', {
    factoryId: FACTORY,
    name: '冬季班',
    location: 'A2',
    startDate: day(30),
    endDate: day(40),
    dailyHours: { start: '08:00', end: '17:00' },
    capacity: 5,
    minAge: 3,
    maxAge: 14,
    registrationOpens: day(-1),
    registrationCloses: day(29),
    requiresApproval: false,
    notesForParents: '',
    requestId: 'winter-season-01'
  })
  const mine = jobs().filter((j) => j.payload?.spaceId === created.id)
  const purge = mine.find((j) => j.kind === 'spaces.retention')
  const notice = mine.find((j) => j.kind === 'spaces.retentionNotice')
  expect(new Date(purge.runAt).getTime() - new Date(notice.runAt).getTime()).toBe(DELETION_NOTICE_DAYS * 86_400_000)
})
