// The course is open to everyone (issue 13): a grandparent or parent without a factory takes it,
// answers the survey and gets certificates (no factory named); joining a factory later brings
// what they learned into that factory's reports. Everything else still needs a factory role.
import type { LocalCloud } from '../../localcloud/server'
import { callApi, startTestCloud } from './harness'

let cloud: LocalCloud
const GRANDMA = 'open-grandma'

const ok = async (openid: string, action: string, payload?: unknown) => {
  const res = await callApi(cloud, openid, action, payload)
  if (!res.ok) throw new Error(`${action} failed: ${JSON.stringify(res.error)}`)
  return res.data
}
const mine = (coll: string) => (cloud.store.docs(coll) as any[]).filter((d) => d.openid === GRANDMA)

beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
})
afterAll(async () => {
  await cloud?.close()
})

test('without a factory: the whole first session, the survey and certificates', async () => {
  const overview = await ok(GRANDMA, 'learning.overview', {})
  const first = overview.course.modules[0].sessions[0]
  const { session } = await ok(GRANDMA, 'learning.session.get', { sessionId: first.id })
  for (let card = 0; card < session.cards.length; card++) await ok(GRANDMA, 'learning.progress.save', { sessionId: first.id, card })
  const answers = Object.fromEntries(session.quiz.map((q: any) => [q.id, q.options.find((o: any) => o.correct).id]))
  expect(await ok(GRANDMA, 'learning.quiz.submit', { sessionId: first.id, key: 'grandma-quiz-1', answers })).toMatchObject({ passed: true })
  const survey = (await ok(GRANDMA, 'survey.get', {})).survey
  const pre = Object.fromEntries(survey.statements.map((s: any) => [s.id, 3]))
  expect(await ok(GRANDMA, 'survey.submit', { phase: 'pre', key: 'grandma-pre', version: survey.version, answers: pre })).toMatchObject({ duplicate: false })
  expect(await ok(GRANDMA, 'learning.certificates', {})).toMatchObject({ factoryName: null, certificates: [] })
  expect((await ok(GRANDMA, 'learning.overview', {})).progress).toEqual([expect.objectContaining({ sessionId: first.id, passed: true })])
  // stored for nobody's report yet
  for (const coll of ['learning_progress', 'learning_quiz_results', 'learning_surveys']) {
    expect(mine(coll).length).toBeGreaterThan(0)
    expect(mine(coll).every((d) => d.factoryId === null)).toBe(true)
  }
})

test('still nothing else without a factory: spaces, HR lists, insights', async () => {
  for (const [action, payload] of [
    ['spaces.list', { factoryId: 'demo-factory' }],
    ['factory.members', { factoryId: 'demo-factory' }],
    ['registrations.list', { spaceId: 'demo-space' }],
    ['insights.factory', { factoryId: 'demo-factory' }]
  ] as const) {
    const res = await callApi(cloud, GRANDMA, action, payload)
    if (res.ok) expect(JSON.stringify(res.data)).not.toMatch(/demo-worker|小明/)
    else expect(['FORBIDDEN', 'NOT_FOUND', 'NOT_A_MEMBER']).toContain(res.error.code)
  }
})

test('joining a factory brings what was learned before into its reports; the certificate names it', async () => {
  await ok(GRANDMA, 'factory.join', { inviteCode: 'SUMMER26' })
  for (const coll of ['learning_progress', 'learning_quiz_results', 'learning_surveys']) {
    expect(mine(coll).every((d) => d.factoryId === 'demo-factory')).toBe(true)
  }
  // progress is kept, and what comes next is recorded for the factory at once
  const overview = await ok(GRANDMA, 'learning.overview', {})
  expect(overview.progress).toHaveLength(1)
  const second = overview.course.modules[0].sessions[1]
  await ok(GRANDMA, 'learning.progress.save', { sessionId: second.id, card: 0 })
  expect(cloud.store.get('learning_progress', `${GRANDMA}:${second.id}`)!.doc).toMatchObject({ factoryId: 'demo-factory' })
  expect((await ok(GRANDMA, 'learning.certificates', {})).factoryName).toMatchObject({ 'zh-CN': expect.any(String) })
  // a second factory later does not take the first one's records
  cloud.store.commit([{ coll: 'factories', id: 'f2', doc: { _id: 'f2', name: { 'zh-CN': '二厂', en: 'Plant 2' }, inviteCode: 'PLANT2XY', createdAt: new Date() } }])
  await ok(GRANDMA, 'factory.join', { inviteCode: 'PLANT2XY' })
  expect(mine('learning_progress').every((d) => d.factoryId === 'demo-factory')).toBe(true)
})

test('a shared tip opens for anyone by its id; an unknown id is NOT_FOUND', async () => {
  const { tip } = await ok('open-friend', 'learning.tip.today', {})
  expect(await ok('open-friend-2', 'learning.tip.get', { tipId: tip.id })).toEqual({ tip })
  expect(await callApi(cloud, 'open-friend-2', 'learning.tip.get', { tipId: 'tip-nope-99' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
})
