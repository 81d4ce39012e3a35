import dayjs from 'dayjs'
// Learning actions end to end: the real api bundle (with its own copy of the course) and the
// real SDK against the local cloud. Progress only moves forward, quizzes are graded by the
// server, retried submissions are stored once, and nobody reads or changes another's records.
import type { LocalCloud } from '../../localcloud/server'
import { pairSurveyResponses, SURVEY_V1_ITEM_IDS, type SurveyResponse } from '../../src/common/learning/survey'
import { callApi, startTestCloud } from './harness'

let cloud: LocalCloud
let first: { id: string; cards: number; questions: number }
let second: { id: string }
let session: { id: string; cards: unknown[]; quiz: { id: string; options: { id: string; correct: boolean }[] }[] }

const ok = async (openid: string, action: string, payload?: unknown) => {
  const res = await callApi(cloud, openid, action, payload)
  if (!res.ok) throw new Error(`${action} failed: ${JSON.stringify(res.error)}`)
  return res.data
}
const rightAnswers = () => Object.fromEntries(session.quiz.map((q) => [q.id, q.options.find((o) => o.correct)!.id]))
const wrongAnswers = () => Object.fromEntries(session.quiz.map((q) => [q.id, q.options.find((o) => !o.correct)!.id]))
const progressDoc = (openid: string, id = first.id) => cloud.store.get('learning_progress', `${openid}:${id}`)?.doc
const results = (openid: string) => cloud.store.docs('learning_quiz_results').filter((d) => d.openid === openid)

beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
  // A second worker in the demo factory (the seed has one).
  cloud.store.commit([
    {
      coll: 'users',
      id: 'worker-2',
      doc: { _id: 'worker-2', displayName: '王强', language: 'zh-CN', roles: [{ factoryId: 'demo-factory', role: 'worker' }], createdAt: new Date(), updatedAt: new Date() }
    }
  ])
  const overview = await ok('demo-worker', 'learning.overview', {})
  const sessions = overview.course.modules.flatMap((m: { sessions: unknown[] }) => m.sessions)
  ;[first, second] = sessions
  session = (await ok('demo-worker', 'learning.session.get', { sessionId: first.id })).session
})
afterAll(async () => {
  await cloud?.close()
})

describe('learning.overview', () => {
  test('a new worker sees three modules, nothing done, and the first session next at card 0', async () => {
    const data = await ok('worker-2', 'learning.overview', {})
    expect(data.course.modules.map((m: { number: number }) => m.number)).toEqual([1, 2, 3])
    expect(data.progress).toEqual([])
    expect(data.survey).toEqual({ pre: false, post: false })
    expect(data.continueAt).toEqual({ sessionId: first.id, card: 0 })
    // The map carries no lesson text or answers: those come one session at a time.
    expect(JSON.stringify(data)).not.toContain('"correct"')
  })

  test('HR and newcomers without a factory get the course too (learning-open.test.ts follows one through)', async () => {
    for (const who of ['demo-hr', 'stranger']) {
      expect((await ok(who, 'learning.overview', {})).continueAt).toEqual({ sessionId: first.id, card: 0 })
    }
  })
})

describe('learning.session.get', () => {
  test('returns a whole session with cards, practice and quiz', async () => {
    expect(session.cards.length).toBeGreaterThanOrEqual(4)
    expect(session.quiz.length).toBeGreaterThanOrEqual(3)
  })

  test('with a learner key for the quiz option order: the same for a worker every time, another for another worker, not the openid', async () => {
    const a = (await ok('demo-worker', 'learning.session.get', { sessionId: first.id })).learnerKey
    expect(a).toMatch(/^[0-9a-f]{16}$/)
    expect((await ok('demo-worker', 'learning.session.get', { sessionId: second.id })).learnerKey).toBe(a)
    expect((await ok('worker-2', 'learning.session.get', { sessionId: first.id })).learnerKey).not.toBe(a)
    expect(a).not.toContain('demo-worker')
  })

  test.each([[{ sessionId: 'm9-s01' }], [{ sessionId: 'x' }], [{}], [{ sessionId: first?.id ?? 'm1-s01', extra: 1 }]])('bad payload %j is refused', async (payload) => {
    expect(await callApi(cloud, 'demo-worker', 'learning.session.get', payload)).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
  })
})

describe('learning.progress.save', () => {
  test('moves forward, never back, and resuming points at the furthest card', async () => {
    await ok('demo-worker', 'learning.progress.save', { sessionId: first.id, card: 2 })
    expect(progressDoc('demo-worker')).toMatchObject({ openid: 'demo-worker', factoryId: 'demo-factory', card: 2, passed: false })
    // A late offline sync of an older position changes nothing.
    await ok('demo-worker', 'learning.progress.save', { sessionId: first.id, card: 1 })
    await ok('demo-worker', 'learning.progress.save', { sessionId: first.id, card: 2 })
    expect(progressDoc('demo-worker')!.card).toBe(2)
    const data = await ok('demo-worker', 'learning.overview', {})
    expect(data.continueAt).toEqual({ sessionId: first.id, card: 2 })
    expect(cloud.store.docs('learning_progress').filter((d) => d.openid === 'demo-worker')).toHaveLength(1)
  })

  test('simultaneous first saves create one record', async () => {
    await Promise.all([0, 1, 2, 3].map((card) => callApi(cloud, 'worker-2', 'learning.progress.save', { sessionId: second.id, card })))
    const docs = cloud.store.docs('learning_progress').filter((d) => d.openid === 'worker-2' && d.sessionId === second.id)
    expect(docs).toHaveLength(1)
    expect(docs[0].card).toBe(3)
  })

  test.each([
    [{ sessionId: 'm1-s01', card: -1 }],
    [{ sessionId: 'm1-s01', card: 1.5 }],
    [{ sessionId: 'm1-s01', card: 99 }],
    [{ sessionId: 'm1-s01', card: 1, openid: 'worker-2' }],
    [{ card: 1 }]
  ])('bad payload %j is refused and nothing changes', async (payload) => {
    const before = cloud.store.docs('learning_progress')
    expect(await callApi(cloud, 'demo-worker', 'learning.progress.save', payload)).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
    expect(cloud.store.docs('learning_progress')).toEqual(before)
  })

  test('a card past the end of the session is refused', async () => {
    const res = await callApi(cloud, 'demo-worker', 'learning.progress.save', { sessionId: first.id, card: first.cards })
    if (first.cards <= 7) expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
    expect(progressDoc('demo-worker')!.card).toBe(2)
  })
})

describe('learning.quiz.submit', () => {
  test('the server grades against its own content: all wrong fails, and progress records the attempt', async () => {
    const data = await ok('demo-worker', 'learning.quiz.submit', { sessionId: first.id, key: 'attempt-fail-0001', answers: wrongAnswers() })
    expect(data).toMatchObject({ score: 0, total: session.quiz.length, passed: false, duplicate: false })
    expect(data.passMark).toBe(Math.ceil((session.quiz.length * 2) / 3))
    expect(data.questions.every((q: { correct: boolean }) => !q.correct)).toBe(true)
    expect(progressDoc('demo-worker')).toMatchObject({ passed: false, bestScore: 0 })
  })

  test('a passing attempt marks the session done; the overview moves on to the next session', async () => {
    const data = await ok('demo-worker', 'learning.quiz.submit', { sessionId: first.id, key: 'attempt-pass-0001', answers: rightAnswers() })
    expect(data).toMatchObject({ score: session.quiz.length, passed: true, duplicate: false })
    expect(progressDoc('demo-worker')).toMatchObject({ passed: true, bestScore: session.quiz.length, card: first.cards - 1 })
    const overview = await ok('demo-worker', 'learning.overview', {})
    expect(overview.progress.find((p: { sessionId: string }) => p.sessionId === first.id)).toMatchObject({ passed: true })
    expect(overview.continueAt).toEqual({ sessionId: second.id, card: 0 })
  })

  test('the same submission retried (even concurrently) is recorded once and answers the same', async () => {
    const before = results('demo-worker').length
    const payload = { sessionId: first.id, key: 'attempt-retry-0001', answers: rightAnswers() }
    const replies = await Promise.all([1, 2, 3].map(() => callApi(cloud, 'demo-worker', 'learning.quiz.submit', payload)))
    expect(replies.every((r) => r.ok)).toBe(true)
    expect(results('demo-worker')).toHaveLength(before + 1)
    const ids = new Set(replies.map((r) => r.ok && r.data.resultId))
    expect(ids.size).toBe(1)
    expect(replies.filter((r) => r.ok && r.data.duplicate)).toHaveLength(2)
    const again = await ok('demo-worker', 'learning.quiz.submit', payload)
    expect(again).toMatchObject({ duplicate: true, passed: true })
    expect(results('demo-worker')).toHaveLength(before + 1)
  })

  test('a retry arriving later, after the first reply was lost, answers the same without a second record', async () => {
    const payload = { sessionId: first.id, key: 'attempt-late-0001', answers: rightAnswers() }
    const firstReply = await ok('demo-worker', 'learning.quiz.submit', payload)
    const count = results('demo-worker').length
    const later = await ok('demo-worker', 'learning.quiz.submit', payload)
    expect(later).toEqual({ ...firstReply, duplicate: true })
    expect(results('demo-worker')).toHaveLength(count)
  })

  test('a later failed attempt never undoes a pass', async () => {
    const passedAt = progressDoc('demo-worker')!.passedAt
    await ok('demo-worker', 'learning.quiz.submit', { sessionId: first.id, key: 'attempt-fail-0002', answers: wrongAnswers() })
    expect(progressDoc('demo-worker')).toMatchObject({ passed: true, bestScore: session.quiz.length })
    expect(progressDoc('demo-worker')!.passedAt).toEqual(passedAt)
  })

  test('another worker using the same key gets their own record; the first worker’s records are unchanged', async () => {
    const mine = results('demo-worker')
    const data = await ok('worker-2', 'learning.quiz.submit', { sessionId: first.id, key: 'attempt-pass-0001', answers: wrongAnswers() })
    expect(data).toMatchObject({ duplicate: false, passed: false })
    expect(results('demo-worker')).toEqual(mine)
    expect(results('worker-2')).toHaveLength(1)
  })

  test.each([
    ['a missing answer', () => ({ sessionId: first.id, key: 'bad-answers-01', answers: Object.fromEntries(Object.entries(rightAnswers()).slice(1)) }), 'LEARNING_ANSWERS_INCOMPLETE'],
    ['an unknown option', () => ({ sessionId: first.id, key: 'bad-answers-02', answers: { ...rightAnswers(), [session.quiz[0].id]: 'zz' } }), 'LEARNING_ANSWERS_INCOMPLETE'],
    ['an unknown question', () => ({ sessionId: first.id, key: 'bad-answers-03', answers: { ...rightAnswers(), nope: 'a' } }), 'LEARNING_ANSWERS_INCOMPLETE'],
    ['a short key', () => ({ sessionId: first.id, key: 'k', answers: rightAnswers() }), 'VALIDATION_FAILED'],
    ['a score sent by the device', () => ({ sessionId: first.id, key: 'bad-answers-04', answers: rightAnswers(), score: 3 }), 'VALIDATION_FAILED'],
    ['a session id outside the course', () => ({ sessionId: 'm4-s01', key: 'bad-answers-05', answers: rightAnswers() }), 'VALIDATION_FAILED']
  ])('%s is refused and nothing is stored', async (_label, payload, code) => {
    const p = payload()
    const before = cloud.store.docs('learning_quiz_results').length
    const progressBefore = cloud.store.docs('learning_progress')
    expect(await callApi(cloud, 'worker-2', 'learning.quiz.submit', p)).toMatchObject({ ok: false, error: { code } })
    expect(cloud.store.docs('learning_quiz_results')).toHaveLength(before)
    expect(cloud.store.docs('learning_progress')).toEqual(progressBefore)
  })
})

describe('survey', () => {
  let items: string[]
  let version: number
  beforeAll(async () => {
    const data = await ok('worker-2', 'survey.get', {})
    items = data.survey.statements.map((s: { id: string }) => s.id)
    version = data.survey.version
    expect(version).toBe(2)
    expect(data.done).toEqual({ pre: false, post: false })
  })
  const answers = (v: number | 'na' = 3) => Object.fromEntries(items.map((id) => [id, v]))

  test('the pre-survey (version 2, a "not applicable", the workplace block) is stored once, even when sent twice with different keys', async () => {
    const first = { ...answers(2), 'calls-caregivers': 'na' }
    const workplace = { 'work-stay-2-years': 4, 'work-child-used-space': 'na' }
    expect(await ok('worker-2', 'survey.submit', { phase: 'pre', key: 'survey-pre-0001', version, answers: first, workplace })).toMatchObject({ version: 2, duplicate: false })
    expect(await ok('worker-2', 'survey.submit', { phase: 'pre', key: 'survey-pre-0002', version, answers: answers(5) })).toMatchObject({ duplicate: true })
    const docs = cloud.store.docs('learning_surveys').filter((d) => d.openid === 'worker-2')
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ phase: 'pre', factoryId: 'demo-factory', version: 2, answers: first, workplace })
    expect((await ok('worker-2', 'survey.get', {})).done).toEqual({ pre: true, post: false })
    expect((await ok('worker-2', 'learning.overview', {})).survey).toEqual({ pre: true, post: false })
  })

  test('the after-course survey waits until every session is done', async () => {
    expect(await callApi(cloud, 'worker-2', 'survey.submit', { phase: 'post', key: 'survey-post-0001', version, answers: answers() })).toMatchObject({
      ok: false,
      error: { code: 'LEARNING_SURVEY_TOO_EARLY' }
    })
    expect(cloud.store.docs('learning_surveys').filter((d) => d.phase === 'post')).toHaveLength(0)
  })

  test.each([
    ['an unknown item', () => ({ phase: 'pre', key: 'survey-bad-01', version, answers: { ...answers(), x: 3 } }), 'LEARNING_SURVEY_INVALID'],
    ['"not applicable" on the headline item', () => ({ phase: 'pre', key: 'survey-bad-02', version, answers: { ...answers(), 's1-confidence': 'na' } }), 'LEARNING_SURVEY_INVALID'],
    ['an unknown workplace item', () => ({ phase: 'pre', key: 'survey-bad-03', version, answers: answers(), workplace: { 'work-salary': 2 } }), 'LEARNING_SURVEY_INVALID'],
    ['3 on the yes/no workplace item', () => ({ phase: 'pre', key: 'survey-bad-04', version, answers: answers(), workplace: { 'work-child-used-space': 3 } }), 'LEARNING_SURVEY_INVALID'],
    ['a survey version that does not exist', () => ({ phase: 'pre', key: 'survey-bad-05', version: 3, answers: answers() }), 'LEARNING_SURVEY_INVALID'],
    ['a missing item', () => ({ phase: 'pre', key: 'survey-bad-06', version, answers: Object.fromEntries(Object.entries(answers()).slice(1)) }), 'LEARNING_ANSWERS_INCOMPLETE'],
    ['version-2 items sent without a version (read as version 1)', () => ({ phase: 'pre', key: 'survey-bad-07', answers: answers() }), 'LEARNING_SURVEY_INVALID'],
    ['a value off every scale', () => ({ phase: 'pre', key: 'survey-bad-08', version, answers: { ...answers(), 's2-needs': 6 } }), 'VALIDATION_FAILED'],
    ['a word instead of a value', () => ({ phase: 'pre', key: 'survey-bad-09', version, answers: { ...answers(), 's2-needs': 'yes' } }), 'VALIDATION_FAILED'],
    ['an unknown phase', () => ({ phase: 'mid', key: 'survey-bad-10', version, answers: answers() }), 'VALIDATION_FAILED']
  ])('%s is refused with a typed error and nothing is stored', async (_label, payload, code) => {
    const before = cloud.store.docs('learning_surveys')
    const res = await callApi(cloud, 'demo-worker', 'survey.submit', payload())
    expect(res).toMatchObject({ ok: false, error: { code } })
    if (!res.ok) expect(res.error.message).toBeTruthy()
    expect(cloud.store.docs('learning_surveys')).toEqual(before)
  })

  test('first-version answers stay valid: a stored one reads back as it was, and one queued by an old app is stored as version 1', async () => {
    const v1Answers = Object.fromEntries(SURVEY_V1_ITEM_IDS.map((id) => [id, 4]))
    cloud.store.commit([
      { coll: 'users', id: 'worker-v1', doc: { _id: 'worker-v1', displayName: '赵敏', language: 'zh-CN', roles: [{ factoryId: 'demo-factory', role: 'worker' }], createdAt: new Date(), updatedAt: new Date() } },
      { coll: 'users', id: 'worker-v1b', doc: { _id: 'worker-v1b', displayName: '钱军', language: 'zh-CN', roles: [{ factoryId: 'demo-factory', role: 'worker' }], createdAt: new Date(), updatedAt: new Date() } },
      // as the first version of the api wrote it
      { coll: 'learning_surveys', id: 'old-v1-pre', doc: { _id: 'old-v1-pre', openid: 'worker-v1', factoryId: 'demo-factory', phase: 'pre', key: 'old-device-key-1', version: 1, answers: v1Answers, submittedAt: new Date('2026-06-01T02:00:00Z') } }
    ])
    expect((await ok('worker-v1', 'survey.get', {})).done).toEqual({ pre: true, post: false })
    expect((await ok('worker-v1', 'learning.overview', {})).survey).toEqual({ pre: true, post: false })
    expect(cloud.store.get('learning_surveys', 'old-v1-pre')?.doc).toMatchObject({ version: 1, answers: v1Answers })

    // An app from before the change had queued version-1 answers (no version field) offline.
    expect(await ok('worker-v1b', 'survey.submit', { phase: 'pre', key: 'old-device-key-2', answers: v1Answers })).toMatchObject({ version: 1, duplicate: false })
    const stored = cloud.store.docs('learning_surveys').find((d) => d.openid === 'worker-v1b')
    expect(stored).toMatchObject({ version: 1, answers: v1Answers })
    expect(stored).not.toHaveProperty('workplace')
    // ... incomplete first-version answers are refused like any others
    const { 's3-contact': _gone, ...six } = v1Answers
    expect(await callApi(cloud, 'worker-v1', 'survey.submit', { phase: 'post', key: 'old-device-key-3', answers: six })).toMatchObject({ ok: false, error: { code: 'LEARNING_ANSWERS_INCOMPLETE' } })
  })
})

describe('finishing a module and the course', () => {
  test('certificates per finished module and for the course, with name, factory and date; post-survey opens', async () => {
    // A third worker passes every session the content has.
    cloud.store.commit([
      { coll: 'users', id: 'worker-3', doc: { _id: 'worker-3', displayName: '刘芳', language: 'zh-CN', roles: [{ factoryId: 'demo-factory', role: 'worker' }], createdAt: new Date(), updatedAt: new Date() } }
    ])
    expect((await ok('worker-3', 'learning.certificates', {})).certificates).toEqual([])
    const surveyItems = (await ok('worker-3', 'survey.get', {})).survey.statements.map((s: { id: string }) => s.id) as string[]
    const surveyAnswers = (v: number) => Object.fromEntries(surveyItems.map((id) => [id, v]))
    expect(await ok('worker-3', 'survey.submit', { phase: 'pre', key: 'survey-pre-w3', version: 2, answers: surveyAnswers(2), workplace: { 'work-stay-2-years': 2 } })).toMatchObject({ duplicate: false })
    const overview = await ok('worker-3', 'learning.overview', {})
    const modules = overview.course.modules as { number: number; sessions: { id: string }[] }[]
    const firstModule = modules.find((m) => m.sessions.length > 0)!
    for (const m of modules) {
      for (const s of m.sessions) {
        const full = (await ok('worker-3', 'learning.session.get', { sessionId: s.id })).session as typeof session
        const answers = Object.fromEntries(full.quiz.map((q) => [q.id, q.options.find((o) => o.correct)!.id]))
        await ok('worker-3', 'learning.quiz.submit', { sessionId: s.id, key: `all-${s.id}-key`, answers })
      }
    }
    const data = await ok('worker-3', 'learning.certificates', {})
    expect(data.workerName).toBe('刘芳')
    expect(data.factoryName).toEqual({ 'zh-CN': '华南电子厂（演示）', en: 'South China Electronics (demo)' })
    expect(data.certificates[0]).toMatchObject({ kind: 'module', module: firstModule.number })
    expect(new Date(data.certificates[0].completedAt).getTime()).toBeGreaterThan(Date.now() - 60000)
    const finished = await ok('worker-3', 'learning.overview', {})
    expect(finished.continueAt).toBeNull()
    if (modules.every((m) => m.sessions.length === 10)) {
      expect(data.certificates.map((c: { kind: string }) => c.kind)).toEqual(['module', 'module', 'module', 'course'])
    }
    // Before and after, version 2 with the workplace block: the pair the impact report compares.
    const post = await ok('worker-3', 'survey.submit', { phase: 'post', key: 'survey-post-w3', version: 2, answers: surveyAnswers(5), workplace: { 'work-stay-2-years': 5, 'work-management-cares': 4, 'work-child-used-space': 2 } })
    expect(post).toMatchObject({ phase: 'post', version: 2, duplicate: false })
    const mine = cloud.store.docs('learning_surveys').filter((d) => d.openid === 'worker-3') as unknown as SurveyResponse[]
    const { pairs, unpaired } = pairSurveyResponses(mine)
    expect(unpaired).toEqual([])
    expect(pairs).toHaveLength(1)
    expect(pairs[0]).toMatchObject({ openid: 'worker-3', version: 2, pre: { workplace: { 'work-stay-2-years': 2 } }, post: { workplace: { 'work-child-used-space': 2 } } })
    expect(pairs[0].post.answers['s1-confidence']).toBe(5)
    // Other workers' certificates did not change.
    expect((await ok('worker-2', 'learning.certificates', {})).certificates).toEqual([])
  })
})

describe('learning.tip.today', () => {
  test('gives a tip in both languages, the same one all day, fitted to the children’s ages when given', async () => {
    const a = await ok('demo-worker', 'learning.tip.today', {})
    expect(a.date).toMatch(/^\d{4}-\d\d-\d\d$/)
    expect(a.tip.title['zh-CN']).toBeTruthy()
    expect(a.tip.title.en).toBeTruthy()
    expect(await ok('demo-worker', 'learning.tip.today', {})).toEqual(a)
    const teen = await ok('demo-worker', 'learning.tip.today', { ageBands: ['12-17'] })
    expect(teen.tip.ageBands).toContain('12-17')
  })

  test('without age bands, the tip fits the ages of the worker’s own registered children', async () => {
    // Six parents of toddlers: by chance alone all six tips would fit 0-2 well under 1% of the time.
    const parents = Array.from({ length: 6 }, (_v, i) => `toddler-parent-${i}`)
    for (const [i, openid] of parents.entries()) {
      await callApi(cloud, openid, 'me.get', {})
      const birthDate = dayjs().subtract(1, 'year').format('YYYY-MM-DD')
      cloud.store.commit([{ coll: 'children', id: `toddler-${i}`, doc: { _id: `toddler-${i}`, guardianOpenid: openid, givenName: '小宝', birthDate, relation: 'mother' } }])
    }
    for (const openid of parents) {
      const res = await callApi(cloud, openid, 'learning.tip.today', {})
      if (!res.ok) throw new Error(res.error.message)
      expect(res.data.tip.ageBands).toContain('0-2')
    }
  })

  test('a bad age band is refused', async () => {
    expect(await callApi(cloud, 'demo-worker', 'learning.tip.today', { ageBands: ['18+'] })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
  })
})
