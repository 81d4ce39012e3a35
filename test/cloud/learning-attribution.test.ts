// Learning done before joining a factory shows in that factory's dashboard (issue 13): five
// parents take session 1 and the survey with no factory, then join. HR's figures from the records
// count them at once; the hourly rollup HR opened before is refreshed by the next scheduler run
// (a job the join enqueues), not an hour later. A record written by a sync that raced the join
// is attributed on the learner's next overview.
import type { LocalCloud } from '../../localcloud/server'
import { callApi, startTestCloud } from './harness'

let cloud: LocalCloud
const FACTORY = 'demo-factory'
const HR = 'demo-hr'
const PARENTS = ['attr-p1', 'attr-p2', 'attr-p3', 'attr-p4', 'attr-p5']

const ok = async (openid: string, action: string, payload?: unknown) => {
  const res = await callApi(cloud, openid, action, payload)
  if (!res.ok) throw new Error(`${action} failed: ${JSON.stringify(res.error)}`)
  return res.data
}
const dashboard = (range?: { from: string }) => ok(HR, 'insights.factory', { factoryId: FACTORY, ...range })
const ALL_TIME = { from: '2020-01-01' }

beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
})
afterAll(async () => {
  await cloud?.close()
})

test('five parents learn without a factory, join, and count in its figures (records and rollup)', async () => {
  // HR opens the dashboard first: the rollup is computed without them (nobody has learned yet)
  const before = await dashboard()
  expect(before.learning.started).toBe(0)
  const { survey } = await ok(PARENTS[0], 'survey.get', {})
  const overview = await ok(PARENTS[0], 'learning.overview', {})
  const first = overview.course.modules[0].sessions[0]
  const { session } = await ok(PARENTS[0], 'learning.session.get', { sessionId: first.id })
  const answers = Object.fromEntries(session.quiz.map((q: any) => [q.id, q.options.find((o: any) => o.correct).id]))
  for (const p of PARENTS) {
    await ok(p, 'survey.submit', { phase: 'pre', key: `${p}-pre`, version: survey.version, answers: Object.fromEntries(survey.statements.map((s: any) => [s.id, 2])) })
    await ok(p, 'learning.quiz.submit', { sessionId: first.id, key: `${p}-q1`, answers })
  }
  // not yet anyone's: the factory's figures from the records do not count them
  expect((await dashboard(ALL_TIME)).learning.started).toBe(0)

  for (const p of PARENTS) await ok(p, 'factory.join', { inviteCode: 'SUMMER26' })

  const fromRecords = await dashboard(ALL_TIME)
  expect(fromRecords.learning.started).toBe(5)
  expect(fromRecords.learning.modules[0].funnel[0]).toMatchObject({ id: first.id, people: 5 })
  expect(fromRecords.outcomes.respondents.before).toBe(5)

  // the rollup HR saw is still fresh (under an hour old) but no longer true: the join asked for a refresh
  const jobs = cloud.store.docs('jobs').filter((j) => j.kind === 'insights.rollup' && (j.payload as { factoryIds: string[] }).factoryIds.includes(FACTORY))
  expect(jobs.filter((j) => j.status === 'pending')).toHaveLength(1) // five joins in a minute: one refresh
  expect((await dashboard()).learning.started).toBe(0)
  const run = await cloud.invoke('scheduler', {}, { source: 'wx_trigger' })
  expect(run.ok).toBe(true)
  const after = await dashboard()
  expect(after.learning.started).toBe(5)
  expect(after.outcomes.respondents.before).toBe(5)
})

test('a record a late sync wrote without the factory after joining is attributed on the next overview', async () => {
  const [p] = PARENTS
  const now = new Date()
  const id = `${p}:m1-s02`
  cloud.store.commit([{ coll: 'learning_progress', id, doc: { _id: id, openid: p, factoryId: null, sessionId: 'm1-s02', card: 1, passed: false, bestScore: 0, createdAt: now, updatedAt: now } }])
  await ok(p, 'learning.overview', {})
  expect(cloud.store.get('learning_progress', id)!.doc).toMatchObject({ factoryId: FACTORY, card: 1 })
  // someone without a factory keeps theirs unattributed (nothing to attribute to)
  await ok('attr-nofactory', 'learning.progress.save', { sessionId: 'm1-s01', card: 0 })
  await ok('attr-nofactory', 'learning.overview', {})
  expect(cloud.store.get('learning_progress', 'attr-nofactory:m1-s01')!.doc).toMatchObject({ factoryId: null })
})

test('a module certificate without a factory (none named), the same certificate naming the factory after joining', async () => {
  const p = 'attr-cert'
  const overview = await ok(p, 'learning.overview', {})
  for (const s of overview.course.modules[0].sessions) {
    const { session } = await ok(p, 'learning.session.get', { sessionId: s.id })
    const answers = Object.fromEntries(session.quiz.map((q: any) => [q.id, q.options.find((o: any) => o.correct).id]))
    await ok(p, 'learning.quiz.submit', { sessionId: s.id, key: `${p}-${s.id}`, answers })
  }
  const before = await ok(p, 'learning.certificates', {})
  expect(before.factoryName).toBeNull()
  expect(before.certificates).toEqual([expect.objectContaining({ kind: 'module', module: 1 })])
  await ok(p, 'factory.join', { inviteCode: 'SUMMER26' })
  const after = await ok(p, 'learning.certificates', {})
  expect(after.certificates).toEqual(before.certificates)
  expect(after.factoryName).toMatchObject({ 'zh-CN': expect.any(String), en: expect.any(String) })
})
