// Text hygiene at the boundary, through the real api function: a bidi override
// or control character typed into a space name or an HR notice is not stored,
// and the HR lists show the clean text; a lone surrogate is refused.
import type { LocalCloud } from '../../localcloud/server'
import { callApi, startTestCloud } from './harness'
import { FACTORY, HR, day, ok, refused } from './spaces-fixtures'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
})
afterAll(async () => {
  await cloud?.close()
})

const RLO = '\u202E'
const PDF = '\u202C'
let seq = 0
const rid = () => `hyg-${Date.now()}-${++seq}`

const space = (over: Record<string, unknown> = {}) => ({
  factoryId: FACTORY,
  name: '夏季托管',
  location: 'A栋',
  startDate: day(10),
  endDate: day(40),
  dailyHours: { start: '08:00', end: '18:00' },
  capacity: 20,
  minAge: 3,
  maxAge: 12,
  registrationOpens: day(0),
  registrationCloses: day(9),
  requiresApproval: false,
  notesForParents: '',
  ...over
})

test('a space name with a right-to-left override is stored and listed without it', async () => {
  const created = await ok(cloud, HR, 'spaces.create', space({ name: `${RLO}班托${PDF}夏季\u0000`, location: 'A\u2066栋\u2069', notesForParents: '带水杯\r\n\u200B带帽子' }))
  expect(created).toMatchObject({ name: '班托夏季', location: 'A栋', notesForParents: '带水杯\n带帽子' })
  const stored = cloud.store.get('spaces', created.id)!.doc as any
  expect(stored.name).toBe('班托夏季')
  const { spaces } = await ok(cloud, HR, 'spaces.list', { factoryId: FACTORY })
  const listed = spaces.find((s: any) => s.id === created.id)
  expect(listed.name).toBe('班托夏季')
  expect(JSON.stringify(spaces)).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B\u0000]/)
})

test('an HR notice title with bidi isolates shows cleanly in the HR notice list', async () => {
  const { notice } = await ok(cloud, HR, 'notices.create', {
    factoryId: FACTORY,
    requestId: rid(),
    title: `\u2067停电通知\u2069${RLO}`,
    body: 'Cafe\u0301 明天停电\u0007',
    audience: { type: 'factory_workers' }
  })
  expect(notice.title).toBe('停电通知')
  const { items } = await ok(cloud, HR, 'notices.list', { factoryId: FACTORY })
  const listed = items.find((n: any) => n.id === notice.id)
  expect(listed.title).toBe('停电通知')
  expect((cloud.store.get('notices', notice.id)!.doc as any).body).toBe('Caf\u00e9 明天停电')
})

test('a lone surrogate is refused with a field-level validation error and nothing is stored', async () => {
  const before = cloud.store.docs('spaces').length
  const res = await callApi(cloud, HR, 'spaces.create', space({ name: '夏\uD800季' }), 'en')
  expect(res.ok).toBe(false)
  if (!res.ok) {
    expect(res.error.code).toBe('VALIDATION_FAILED')
    expect(res.error.fields?.name).toMatch(/lone surrogate/)
  }
  expect(cloud.store.docs('spaces')).toHaveLength(before)
  expect(await refused(cloud, HR, 'me.update', { displayName: '\uDC00' })).toBe('VALIDATION_FAILED')
})
