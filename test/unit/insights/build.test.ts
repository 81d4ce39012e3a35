// The pure dashboard builder: pipeline rows in, suppressed figures out.
import { buildDashboard, questionRows, type Course, type Raw, type Scope, type SurveyDef } from '../../../server/insights/build'
import { HIDDEN, SMALL } from '../../../src/common/insights/suppress'

const text = (s: string) => ({ 'zh-CN': s, en: s })
const course: Course = {
  modules: [{ number: 1, sessions: ['m1-s01', 'm1-s02'] }],
  questions: new Map([['m1-s01', new Map([['q1', { text: text('Q1'), correct: 'a' }], ['q2', { text: text('Q2'), correct: 'b' }]])]])
}
const survey: SurveyDef = { version: 2, statements: [{ id: 'i1', text: text('I1'), headline: true }, { id: 'i2', text: text('I2'), reversed: true }], workplace: [{ id: 'w1', text: text('W1') }] }
const range = { from: null, to: '2026-11-30', activityFrom: '2026-09-08', weekEpoch: new Date('2023-12-31T16:00:00Z') }

function empty(): Raw {
  return { learners: [], passes: [], moduleDays: [], weekly: [], firstTries: [], questions: [], survey: [], seasons: [], registrations: [], births: [], attendance: [], calls: [], notices: [], reads: [], practice: [] }
}
const item = (f: string, k: string, u: boolean, n: number, sumB: number, sumA: number) => ({
  _id: { f, k, u },
  nPre: n,
  sumPre: sumB,
  agreePre: Math.round(n / 4),
  nPost: n,
  sumPost: sumA,
  agreePost: Math.round((3 * n) / 4),
  n,
  sumB,
  sumA,
  sumD: sumA - sumB,
  sumD2: sumA - sumB // every change is 0 or 1 here
})

describe('dashboard builder', () => {
  it('pools factories for a program and hides a second factory cell when one is small', () => {
    const raw = empty()
    raw.learners = [
      { _id: 'a', started: 40, courseDone: 10 },
      { _id: 'b', started: 3, courseDone: 0 },
      { _id: 'c', started: 12, courseDone: 6 }
    ]
    const scope: Scope = { kind: 'program', id: 'p', name: text('P'), factories: ['a', 'b', 'c'].map((id) => ({ id, name: text(id) })) }
    const d = buildDashboard(raw, scope, course, survey, range)
    expect(d.learning.started).toBe(55)
    expect(d.factories.map((f) => f.started)).toEqual([40, SMALL, HIDDEN])
    expect(d.factories.map((f) => f.courseCertificates)).toEqual([10, 0, 6])
  })

  it('gives paired change per item, the headline agreement, and the workplace block by space use', () => {
    const raw = empty()
    raw.survey = [item('a', 'i1', false, 20, 50, 70), item('a', 'i1', true, 4, 10, 14), item('a', 'w:w1', true, 6, 12, 18), item('a', 'w:w1', false, 3, 9, 9)]
    const d = buildDashboard(raw, { kind: 'factory', id: 'a', name: text('A'), factories: [{ id: 'a', name: text('A') }] }, course, survey, range)
    const i1 = d.outcomes.items[0]
    expect(i1.paired).toMatchObject({ n: 24, meanBefore: 2.5, meanAfter: 3.5, change: 1 })
    expect(d.outcomes.items[1]).toMatchObject({ id: 'i2', reversed: true, paired: { n: 0, change: SMALL } })
    expect(d.outcomes.headline).toMatchObject({ itemId: 'i1', before: { n: 24, agree: 0.25 }, after: { n: 24, agree: 0.75 } })
    const w = d.outcomes.workplace[0]
    expect(w.all).toMatchObject({ n: 9, change: 0.67 })
    expect(w.childUsedSpace).toMatchObject({ n: 6, change: 1 })
    expect(w.childDidNotUseSpace).toMatchObject({ n: SMALL, change: SMALL })
  })

  it('finds the hardest question from option counts, only when enough people answered', () => {
    const rows = questionRows(
      [
        { _id: { f: 'a', s: 'm1-s01', q: 'q1', c: 'a' }, n: 10, people: 10 },
        { _id: { f: 'a', s: 'm1-s01', q: 'q1', c: 'b' }, n: 30, people: 28 },
        { _id: { f: 'a', s: 'm1-s01', q: 'q2', c: 'b' }, n: 38, people: 38 },
        { _id: { f: 'a', s: 'm1-s01', q: 'q2', c: 'a' }, n: 2, people: 2 },
        { _id: { f: 'a', s: 'm1-s01', q: 'gone', c: 'a' }, n: 9, people: 9 }
      ],
      course
    )
    expect(rows).toHaveLength(2)
    const raw = empty()
    raw.questions = rows
    const d = buildDashboard(raw, { kind: 'factory', id: 'a', name: text('A'), factories: [{ id: 'a', name: text('A') }] }, course, survey, range)
    expect(d.learning.hardestQuestions[0]).toMatchObject({ questionId: 'q1', answers: 40, wrongRate: 0.75 })
    expect(d.learning.hardestQuestions[1]).toMatchObject({ questionId: 'q2', wrongRate: SMALL })
  })

  it('shows age bands with a hidden second cell when the confirmed total would give a small band back', () => {
    const raw = empty()
    raw.seasons = [{ _id: 's', factoryId: 'a', name: 'S', startDate: '2026-07-01', endDate: '2026-08-15', status: 'closed', capacity: 30 }]
    raw.registrations = [{ _id: { sp: 's', st: 'confirmed' }, n: 20, offered: 0 }]
    raw.births = [
      { _id: { sp: 's', b: '2022-01-01' }, n: 8 }, // 4 → 3-5
      { _id: { sp: 's', b: '2018-01-01' }, n: 9 }, // 8 → 6-11
      { _id: { sp: 's', b: '2012-01-01' }, n: 3 } // 14 → 12-17
    ]
    const d = buildDashboard(raw, { kind: 'factory', id: 'a', name: text('A'), factories: [{ id: 'a', name: text('A') }] }, course, survey, range)
    expect(d.seasons[0].confirmed).toBe(20)
    expect(d.seasons[0].childrenByAge.map((b) => b.children)).toEqual([0, HIDDEN, 9, SMALL])
  })

  it('shows practice counts only with 5+ people behind them, and the tried share by the rate rule', () => {
    const raw = empty()
    raw.practice = [
      { _id: 'a', commitments: 9, committers: 6, checkIns: 6, answered: 5, tried: 4 },
      { _id: 'b', commitments: 3, committers: 2, checkIns: 2, answered: 2, tried: 2 }
    ]
    const factory = (id: string) => buildDashboard(raw, { kind: 'factory', id, name: text(id), factories: [{ id, name: text(id) }] }, course, survey, range).learning.practice
    // 4 of 5 tried: the share would give a count of 4 back
    expect(factory('a')).toEqual({ commitments: 9, committers: 6, checkIns: 6, triedShare: SMALL })
    expect(factory('b')).toEqual({ commitments: SMALL, committers: SMALL, checkIns: SMALL, triedShare: SMALL })
    const program = buildDashboard(raw, { kind: 'program', id: 'p', name: text('P'), factories: ['a', 'b'].map((id) => ({ id, name: text(id) })) }, course, survey, range).learning.practice
    expect(program).toEqual({ commitments: 12, committers: 8, checkIns: 8, triedShare: 0.857 })
  })
})
