// insights.factory / insights.program against the real bundled api function: who sees what,
// figures from a synthetic history, and no personal data in any answer.
import { insightsHistory, builtCourse, surveyWorkplaceItems, workplaceIds } from '../../localcloud/history/insights-history'
import { REPO_ROOT } from '../../localcloud/paths'
import { surveyAnswersProblem } from '../../src/common/learning/survey'
import type { LocalCloud } from '../../localcloud/server'
import { callApi, startTestCloud } from './harness'

const A = 'factory-a'
const B = 'factory-b'
const C = 'factory-c' // not in the program
const TINY = 'factory-tiny' // 3 workers: everything small
const course = builtCourse(REPO_ROOT)
const surveyItems = course.survey!.statements.map((s) => s.id)

let cloud: LocalCloud
let personal: string[] = []

function user(openid: string, roles: { factoryId: string; role: string }[], displayName = `名字${openid}`) {
  const now = new Date()
  return { coll: 'users', id: openid, doc: { _id: openid, displayName, language: 'zh-CN', roles, createdAt: now, updatedAt: now } }
}

beforeAll(async () => {
  cloud = await startTestCloud()
  const now = new Date()
  const factory = (id: string) => ({ coll: 'factories', id, doc: { _id: id, name: { 'zh-CN': `工厂${id}`, en: `Factory ${id}` }, inviteCode: id.toUpperCase().replace(/-/g, ''), createdAt: now } })
  const history = (factoryId: string, workers: number, seed: number, season = false) =>
    insightsHistory({
      factoryId,
      workers,
      openidPrefix: `${factoryId}-w`,
      course,
      surveyVersion: course.survey!.version,
      surveyItems,
      workplaceItems: surveyWorkplaceItems(course.survey),
      seed,
      names: true,
      notices: 2,
      calls: true,
      ...(season ? { season: { spaceId: `${factoryId}-space`, staffOpenid: `${factoryId}-staff`, hrOpenid: `${factoryId}-hr` } } : {})
    })
  const writes = [
    factory(A),
    factory(B),
    factory(C),
    factory(TINY),
    user('hr-a', [{ factoryId: A, role: 'hr' }]),
    user('hr-c', [{ factoryId: C, role: 'hr' }]),
    user('hr-tiny', [{ factoryId: TINY, role: 'hr' }]),
    user('officer', []),
    user('officer-2', []),
    user('worker-x', [{ factoryId: A, role: 'worker' }]),
    {
      coll: 'programs',
      id: 'prog-1',
      doc: { _id: 'prog-1', name: { 'zh-CN': '项目一', en: 'Program one' }, factoryIds: [A, B, TINY], officerOpenids: ['officer', 'officer-2'], createdAt: now }
    },
    { coll: 'programs', id: 'prog-2', doc: { _id: 'prog-2', name: { 'zh-CN': '项目二', en: 'Program two' }, factoryIds: [C], officerOpenids: ['officer-2'], createdAt: now } },
    ...history(A, 80, 1, true),
    ...history(B, 40, 2),
    ...history(C, 30, 3),
    ...history(TINY, 3, 4)
  ]
  cloud.store.commit(writes)
  // everything that names a person or a child, as stored
  personal = [
    ...cloud.store.docs('users').flatMap((u) => [String(u._id), String(u.displayName)].filter((s) => s.length >= 2)),
    ...cloud.store.docs('children').flatMap((c) => [String(c._id), String(c.givenName), String(c.birthDate)])
  ]
})

afterAll(() => cloud?.close())

function expectNoPersonalData(data: unknown) {
  const json = JSON.stringify(data)
  for (const p of personal) if (json.includes(`"${p}"`) || json.includes(p)) throw new Error(`response contains personal data: ${p}`)
}

test('the synthetic history answers the survey as the app would accept it (each item on its own scale)', () => {
  const responses = cloud.store.docs('learning_surveys') as any[]
  expect(responses.length).toBeGreaterThan(50)
  const problems = responses.map((r) => surveyAnswersProblem(course.survey as any, r.answers, r.workplace)).filter(Boolean)
  expect(problems).toEqual([])
  // the yes/no item is answered yes, no and "does not apply", never on a 5-point scale
  const used = responses.map((r) => r.workplace?.['work-child-used-space']).filter((v) => v !== undefined)
  expect(new Set(used)).toEqual(new Set([1, 2, 'na']))
})

describe('insights.factory', () => {
  it('gives HR of a factory its learning, outcome, season and notice figures', async () => {
    const res = await callApi(cloud, 'hr-a', 'insights.factory', { factoryId: A })
    if (!res.ok) throw new Error(JSON.stringify(res.error))
    const d = res.data
    expect(d.scope).toEqual({ kind: 'factory', id: A, name: { 'zh-CN': `工厂${A}`, en: `Factory ${A}` } })
    expect(d.learning.started).toBeGreaterThanOrEqual(50)
    expect(d.learning.modules).toHaveLength(3)
    expect(d.learning.modules[0].funnel).toHaveLength(10)
    expect(typeof d.learning.modules[0].funnel[0].people).toBe('number')
    expect(d.learning.hardestQuestions.length).toBeGreaterThan(0)
    expect(d.learning.weeklyActive.some((w: any) => typeof w.learners === 'number' && w.learners > 0)).toBe(true)
    // the history lifts every answer by one after the course
    const headline = d.outcomes.items[0]
    expect(headline.paired.n).toBeGreaterThanOrEqual(5)
    expect(headline.paired.change).toBeGreaterThan(0.5)
    expect(d.outcomes.headline.after.agree).toBeGreaterThan(d.outcomes.headline.before.agree)
    // survey v2's workplace block, for everyone and split by whether the worker's child had a place
    const workplace = workplaceIds(course.survey)
    expect(d.outcomes.workplace.map((w: any) => w.id)).toEqual(workplace)
    if (workplace.length) {
      expect(d.outcomes.workplace[0].all.change).toBeGreaterThan(0)
      expect(d.outcomes.workplace[0].childUsedSpace.n).not.toBe(0)
      expect(d.outcomes.workplace[0].childDidNotUseSpace.n).not.toBe(0)
    }
    const season = d.seasons.find((s: any) => s.spaceId === `${A}-space`)
    expect(season).toMatchObject({ capacity: 24, confirmed: 24, offers: { made: '<5', accepted: '<5', expired: '<5' } })
    expect(season.attendanceByDay.length).toBeGreaterThan(10)
    expect(season.childrenByAge.some((b: any) => b.children === '<5' || b.children === 'hidden' || b.children >= 5)).toBe(true)
    expect(d.connection.notices.sent).toBe(2)
    expect(d.connection.notices.readRate).toBeGreaterThan(0.5)
    expect(d.factories).toEqual([])
    expectNoPersonalData(d)
  })

  it('refuses HR of another factory, a worker, and a program officer', async () => {
    for (const who of ['hr-c', 'worker-x', 'officer']) {
      const res = await callApi(cloud, who, 'insights.factory', { factoryId: A })
      expect(res.ok ? 'ok' : res.error.code).toBe('FORBIDDEN')
    }
  })

  it('shows a factory of 3 workers only as "<5"', async () => {
    const res = await callApi(cloud, 'hr-tiny', 'insights.factory', { factoryId: TINY })
    if (!res.ok) throw new Error(JSON.stringify(res.error))
    expect(res.data.learning.started).toBe('<5')
    expect(res.data.outcomes.items.every((i: any) => i.paired.change === '<5')).toBe(true)
  })

  it('refuses a range that ends before it starts, and unknown fields', async () => {
    const bad = await callApi(cloud, 'hr-a', 'insights.factory', { factoryId: A, from: '2026-05-02', to: '2026-05-01' })
    expect(bad.ok ? 'ok' : bad.error.code).toBe('VALIDATION_FAILED')
    const extra = await callApi(cloud, 'hr-a', 'insights.factory', { factoryId: A, openid: 'x' })
    expect(extra.ok ? 'ok' : extra.error.code).toBe('VALIDATION_FAILED')
  })
})

describe('insights.program', () => {
  it("gives a program officer only their program's factories, pooled and per factory", async () => {
    const res = await callApi(cloud, 'officer', 'insights.program', {})
    if (!res.ok) throw new Error(JSON.stringify(res.error))
    const d = res.data
    expect(d.scope.id).toBe('prog-1')
    expect(d.factories.map((f: any) => f.factoryId).sort()).toEqual([A, B, TINY].sort())
    expect(d.seasons.every((s: any) => [A, B, TINY].includes(s.factoryId))).toBe(true)
    const tiny = d.factories.find((f: any) => f.factoryId === TINY)
    expect(tiny.started).toBe('<5')
    // the program total is shown, so one small factory needs a second hidden cell
    expect(d.factories.filter((f: any) => typeof f.started !== 'number').length).toBeGreaterThanOrEqual(2)
    expect(d.learning.started).toBeGreaterThan(80)
    expectNoPersonalData(d)
  })

  it('asks an officer of two programs to choose one, and refuses a program that is not theirs', async () => {
    const none = await callApi(cloud, 'officer-2', 'insights.program', {})
    expect(none.ok ? 'ok' : none.error.code).toBe('INSIGHTS_PROGRAM_REQUIRED')
    const two = await callApi(cloud, 'officer-2', 'insights.program', { programId: 'prog-2' })
    if (!two.ok) throw new Error(JSON.stringify(two.error))
    expect(two.data.factories.map((f: any) => f.factoryId)).toEqual([C])
    expect(two.data.programs.map((p: any) => p.programId).sort()).toEqual(['prog-1', 'prog-2'])
    const notMine = await callApi(cloud, 'officer', 'insights.program', { programId: 'prog-2' })
    expect(notMine.ok ? 'ok' : notMine.error.code).toBe('FORBIDDEN')
    const hr = await callApi(cloud, 'hr-a', 'insights.program', {})
    expect(hr.ok ? 'ok' : hr.error.code).toBe('FORBIDDEN')
  })

  it('opens from the rollups: 4 database requests (user, programs, factories, rollups) whatever the workers', async () => {
    await callApi(cloud, 'officer', 'insights.program', {})
    expect(cloud.stats.invocations.at(-1)!.dbRequests).toBe(4)
  })

  it('an explicit range is computed from the records, with a fixed number of requests', async () => {
    const res = await callApi(cloud, 'officer', 'insights.program', { from: '2020-01-01' })
    if (!res.ok) throw new Error(JSON.stringify(res.error))
    expect(res.data.range.from).toBe('2020-01-01')
    expect(cloud.stats.invocations.at(-1)!.dbRequests).toBeLessThanOrEqual(20)
  })

  it('a stale rollup is still shown (with its time) and refreshed by the scheduler job', async () => {
    const old = new Date(Date.now() - 2 * 3600_000)
    for (const d of cloud.store.docs('insights_rollups')) cloud.store.commit([{ coll: 'insights_rollups', id: String(d._id), doc: { ...d, computedAt: old } }])
    const res = await callApi(cloud, 'officer', 'insights.program', {})
    if (!res.ok) throw new Error(JSON.stringify(res.error))
    expect(Date.parse(res.data.asOf)).toBe(old.getTime())
    const job = cloud.store.docs('jobs').find((j) => j.kind === 'insights.rollup')
    expect(job).toBeDefined()
    expect((job!.payload as { factoryIds: string[] }).factoryIds).toEqual([A, B, TINY].sort())
    const run = await cloud.invoke('scheduler', {}, { source: 'wx_trigger' })
    expect(run.ok).toBe(true)
    const again = await callApi(cloud, 'officer', 'insights.program', {})
    if (!again.ok) throw new Error(JSON.stringify(again.error))
    expect(Date.parse(again.data.asOf)).toBeGreaterThan(old.getTime() + 3600_000)
  })
})

describe('a new program of many factories', () => {
  it('answers at once with the never-computed factories pending, and the job fills them in', async () => {
    const now = new Date()
    const ids = Array.from({ length: 7 }, (_, i) => `new-f${i}`)
    cloud.store.commit([
      ...ids.map((id) => ({ coll: 'factories', id, doc: { _id: id, name: { 'zh-CN': id, en: id }, inviteCode: `NEWF${id.slice(-1)}XYZ`, createdAt: now } })),
      { coll: 'programs', id: 'prog-new', doc: { _id: 'prog-new', name: { 'zh-CN': '新项目', en: 'New' }, factoryIds: ids, officerOpenids: ['officer-new'], createdAt: now } },
      user('officer-new', [])
    ])
    const first = await callApi(cloud, 'officer-new', 'insights.program', {})
    if (!first.ok) throw new Error(JSON.stringify(first.error))
    expect([...first.data.pending].sort()).toEqual(ids)
    const run = await cloud.invoke('scheduler', {}, { source: 'wx_trigger' })
    expect(run.ok).toBe(true)
    const second = await callApi(cloud, 'officer-new', 'insights.program', {})
    if (!second.ok) throw new Error(JSON.stringify(second.error))
    expect(second.data.pending).toEqual([])
  })
})
