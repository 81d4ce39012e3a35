// Pure: the rows of the aggregation pipelines → the dashboard, with every figure suppressed
// below MIN_CELL people (src/common/insights/suppress.ts). Nothing per person goes in; nothing
// per person comes out. A program pools its factories' rows and adds a per-factory breakdown.
import type { Localized } from '../../src/common/learning/content'
import type { Dashboard } from '../../src/common/insights/actions'
import { ageAt } from '../../src/common/spaces/dates'
import { ageBandOf } from '../../src/common/learning/tips'
import { AGE_BANDS } from '../../src/common/learning/content'
import { addDays, chinaDate } from '../../src/common/china-time'
import { addPairSums, EMPTY_PAIRS, funnel, histogramTotal, medianOfHistogram, pairedChange, type PairSums } from '../../src/common/insights/stats'
import { countFigure, medianFigure, MIN_CELL, rateFigure, SMALL, suppressCounts, type Figure } from '../../src/common/insights/suppress'
import type { SeasonRow, SurveyItemRow } from './queries'

type Row<K, V = {}> = { _id: K } & V

export interface Raw {
  learners: Row<string, { started: number; courseDone: number }>[]
  passes: Row<{ f: string; s: string }, { n: number }>[]
  moduleDays: Row<{ f: string; m: string; d: number }, { n: number }>[]
  weekly: Row<{ f: string; w: number }, { n: number }>[]
  firstTries: Row<{ f: string; s: string }, { n: number; passed: number }>[]
  /** per factory and question: answers, wrong answers, and the most people behind one option */
  questions: Row<{ f: string; s: string; q: string }, { n: number; wrong: number; people: number }>[]
  survey: SurveyItemRow[]
  seasons: SeasonRow[]
  registrations: Row<{ sp: string; st: string }, { n: number; offered: number }>[]
  births: Row<{ sp: string; b: string }, { n: number }>[]
  attendance: Row<{ sp: string; d: string }, { present: number; refused: number; refusedChildren: number }>[]
  calls: Row<string, { calls: number; callers: number; good: number; okay: number; hard: number; goodPeople: number; okayPeople: number; hardPeople: number }>[]
  notices: { _id: string; factoryId: string }[]
  reads: Row<{ n: string; h: number }, { c: number }>[]
  /** per factory: weekly practices taken on, by how many people, answered, people who answered / tried */
  practice: Row<string, { commitments: number; committers: number; checkIns: number; answered: number; tried: number }>[]
}

export interface Course {
  modules: { number: number; sessions: string[] }[]
  /** sessionId → questionId → { text, correct option id } */
  questions: Map<string, Map<string, { text: Localized; correct: string }>>
}

export interface SurveyDef {
  version: number
  statements: { id: string; text: Localized; reversed?: boolean; headline?: boolean }[]
  workplace: { id: string; text: Localized }[]
}

export interface Scope {
  kind: 'factory' | 'program'
  id: string
  name: Localized
  factories: { id: string; name: Localized }[]
}

export interface Range {
  from: string | null
  to: string
  /** first day of the activity window (weekly figures) */
  activityFrom: string
  weekEpoch: Date
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
const WEEK_MS = 7 * 86_400_000

function only<T extends { _id: unknown }>(rows: T[], factoryIds: Set<string>, f: (id: T['_id']) => string): T[] {
  return rows.filter((r) => factoryIds.has(f(r._id)))
}

function learning(raw: Raw, ids: Set<string>, course: Course, range: Range): Dashboard['learning'] {
  const learners = only(raw.learners, ids, (id) => id)
  const started = sum(learners.map((l) => l.started))
  const passes = only(raw.passes, ids, (id) => id.f)
  const passBySession = new Map<string, number>()
  for (const p of passes) passBySession.set(p._id.s, (passBySession.get(p._id.s) ?? 0) + p.n)
  const days = only(raw.moduleDays, ids, (id) => id.f)
  const modules = course.modules.map((m) => {
    const hist = days.filter((d) => Number(d._id.m) === m.number).map((d) => ({ value: d._id.d, count: d.n }))
    const done = histogramTotal(hist)
    return {
      module: m.number,
      certificates: countFigure(done),
      medianDaysToFinish: medianFigure(medianOfHistogram(hist), done),
      funnel: funnel(m.sessions.map((s) => ({ id: s, people: passBySession.get(s) ?? 0 })), started)
    }
  })
  const weeklyRows = only(raw.weekly, ids, (id) => id.f)
  const byWeek = new Map<number, number>()
  for (const r of weeklyRows) byWeek.set(r._id.w, (byWeek.get(r._id.w) ?? 0) + r.n)
  const weeklyActive: Dashboard['learning']['weeklyActive'] = []
  const firstWeek = Math.floor((Date.parse(`${range.activityFrom}T00:00:00+08:00`) - range.weekEpoch.getTime()) / WEEK_MS)
  const lastWeek = Math.floor((Date.parse(`${range.to}T00:00:00+08:00`) - range.weekEpoch.getTime()) / WEEK_MS)
  for (let w = firstWeek; w <= lastWeek; w++) {
    weeklyActive.push({ week: chinaDate(range.weekEpoch.getTime() + w * WEEK_MS), learners: countFigure(byWeek.get(w) ?? 0) })
  }
  const tries = new Map<string, { n: number; passed: number }>()
  for (const t of only(raw.firstTries, ids, (id) => id.f)) {
    const cur = tries.get(t._id.s) ?? { n: 0, passed: 0 }
    tries.set(t._id.s, { n: cur.n + t.n, passed: cur.passed + t.passed })
  }
  const firstTryPassRate = course.modules
    .flatMap((m) => m.sessions)
    .filter((s) => tries.has(s))
    .map((s) => ({ sessionId: s, firstTries: countFigure(tries.get(s)!.n), passRate: rateFigure(tries.get(s)!.passed, tries.get(s)!.n) }))
  return {
    started: countFigure(started),
    courseCertificates: countFigure(sum(learners.map((l) => l.courseDone))),
    modules,
    weeklyActive,
    firstTryPassRate,
    hardestQuestions: hardest(only(raw.questions, ids, (id) => id.f), course),
    practice: practiceFigures(raw, ids)
  }
}

/** Counts of practices shown only when at least MIN_CELL people are behind them (as call counts). */
function practiceFigures(raw: Raw, ids: Set<string>): Dashboard['learning']['practice'] {
  const rows = only(raw.practice ?? [], ids, (id) => id)
  const total = (k: 'commitments' | 'committers' | 'checkIns' | 'answered' | 'tried') => sum(rows.map((r) => r[k]))
  const byPeople = (n: number, people: number): Figure => (people < MIN_CELL && n > 0 ? SMALL : n)
  return {
    commitments: byPeople(total('commitments'), total('committers')),
    committers: countFigure(total('committers')),
    checkIns: byPeople(total('checkIns'), total('answered')),
    triedShare: rateFigure(total('tried'), total('answered'))
  }
}

/** Questions most often answered wrong, among those answered by at least MIN_CELL people. */
function hardest(rows: Raw['questions'], course: Course): Dashboard['learning']['hardestQuestions'] {
  const byQ = new Map<string, { s: string; q: string; n: number; wrong: number; people: number }>()
  for (const r of rows) {
    const key = `${r._id.s}/${r._id.q}`
    if (!course.questions.get(r._id.s)?.get(r._id.q)) continue // a question no longer in the course
    const cur = byQ.get(key) ?? { s: r._id.s, q: r._id.q, n: 0, wrong: 0, people: 0 }
    cur.n += r.n
    cur.wrong += r.wrong
    // a lower bound of the people who answered (errs towards suppressing)
    cur.people = Math.max(cur.people, r.people)
    byQ.set(key, cur)
  }
  return [...byQ.values()]
    .filter((q) => q.people >= MIN_CELL)
    .sort((a, b) => b.wrong / b.n - a.wrong / a.n)
    .slice(0, 5)
    .map((q) => ({ sessionId: q.s, questionId: q.q, text: course.questions.get(q.s)?.get(q.q)?.text ?? null, answers: countFigure(q.n), wrongRate: rateFigure(q.wrong, q.n) }))
}

/** Option counts (pipeline rows) → per question: answers, wrong ones, people behind the most chosen option. */
export function questionRows(rows: { _id: { f: string; s: string; q: string; c: string }; n: number; people: number }[], course: Course): Raw['questions'] {
  const m = new Map<string, Raw['questions'][number]>()
  for (const r of rows) {
    const def = course.questions.get(r._id.s)?.get(r._id.q)
    if (!def) continue
    const key = `${r._id.f}/${r._id.s}/${r._id.q}`
    const cur = m.get(key) ?? { _id: { f: r._id.f, s: r._id.s, q: r._id.q }, n: 0, wrong: 0, people: 0 }
    cur.n += r.n
    if (r._id.c !== def.correct) cur.wrong += r.n
    cur.people = Math.max(cur.people, r.people)
    m.set(key, cur)
  }
  return [...m.values()]
}

interface ItemSums {
  nPre: number
  sumPre: number
  agreePre: number
  nPost: number
  sumPost: number
  agreePost: number
  pairs: PairSums
}
const EMPTY_ITEM: ItemSums = { nPre: 0, sumPre: 0, agreePre: 0, nPost: 0, sumPost: 0, agreePost: 0, pairs: EMPTY_PAIRS }

function addItem(a: ItemSums, r: SurveyItemRow): ItemSums {
  return {
    nPre: a.nPre + r.nPre,
    sumPre: a.sumPre + r.sumPre,
    agreePre: a.agreePre + r.agreePre,
    nPost: a.nPost + r.nPost,
    sumPost: a.sumPost + r.sumPost,
    agreePost: a.agreePost + r.agreePost,
    pairs: addPairSums(a.pairs, { n: r.n, sumBefore: r.sumB, sumAfter: r.sumA, sumDiff: r.sumD, sumDiffSq: r.sumD2 })
  }
}

function itemSums(rows: SurveyItemRow[], key: string, used?: boolean): ItemSums {
  return rows.filter((r) => r._id.k === key && (used === undefined || r._id.u === used)).reduce(addItem, EMPTY_ITEM)
}

const mean = (s: number, n: number): Figure => (n < MIN_CELL ? SMALL : Math.round((s / n) * 100) / 100)

function outcomes(raw: Raw, ids: Set<string>, survey: SurveyDef): Dashboard['outcomes'] {
  const rows = only(raw.survey, ids, (id) => id.f)
  const items = survey.statements.map((st) => {
    const s = itemSums(rows, st.id)
    return {
      id: st.id,
      text: st.text,
      reversed: st.reversed === true,
      before: { n: countFigure(s.nPre), mean: mean(s.sumPre, s.nPre) },
      after: { n: countFigure(s.nPost), mean: mean(s.sumPost, s.nPost) },
      paired: pairedChange(s.pairs)
    }
  })
  const sums = survey.statements.map((st) => itemSums(rows, st.id))
  const head = survey.statements.find((s) => s.headline) ?? survey.statements[0]
  const h = head ? itemSums(rows, head.id) : null
  return {
    surveyVersion: survey.version,
    // respondents: the most answers any item got (an item may be left as "not applicable")
    respondents: {
      before: countFigure(Math.max(0, ...sums.map((s) => s.nPre))),
      after: countFigure(Math.max(0, ...sums.map((s) => s.nPost))),
      both: countFigure(Math.max(0, ...sums.map((s) => s.pairs.n)))
    },
    items,
    headline:
      head && h
        ? {
            itemId: head.id,
            text: head.text,
            before: { n: countFigure(h.nPre), agree: rateFigure(h.agreePre, h.nPre) },
            after: { n: countFigure(h.nPost), agree: rateFigure(h.agreePost, h.nPost) }
          }
        : null,
    workplace: survey.workplace.map((w) => ({
      id: w.id,
      text: w.text,
      all: pairedChange(itemSums(rows, `w:${w.id}`).pairs),
      childUsedSpace: pairedChange(itemSums(rows, `w:${w.id}`, true).pairs),
      childDidNotUseSpace: pairedChange(itemSums(rows, `w:${w.id}`, false).pairs)
    }))
  }
}

function seasonFigures(raw: Raw, ids: Set<string>): Dashboard['seasons'] {
  return raw.seasons
    .filter((s) => ids.has(s.factoryId))
    .map((s) => {
      const regs = raw.registrations.filter((r) => r._id.sp === s._id)
      const byStatus = (st: string) => sum(regs.filter((r) => r._id.st === st).map((r) => r.n))
      const confirmed = byStatus('confirmed')
      const offersMade = sum(regs.map((r) => r.offered))
      const accepted = sum(regs.filter((r) => r._id.st === 'confirmed').map((r) => r.offered))
      const bands = new Map<string, number>()
      for (const b of raw.births.filter((x) => x._id.sp === s._id)) {
        const band = ageBandOf(ageAt(b._id.b, s.startDate)) ?? 'other'
        bands.set(band, (bands.get(band) ?? 0) + b.n)
      }
      const bandNames = [...AGE_BANDS, ...(bands.has('other') ? ['other'] : [])]
      // the confirmed total is shown: a single small age band would be total − the others
      const bandCells = suppressCounts(bandNames.map((b) => bands.get(b) ?? 0), [bandNames.map((_, i) => i)])
      const days = raw.attendance.filter((a) => a._id.sp === s._id).sort((a, b) => a._id.d.localeCompare(b._id.d))
      return {
        spaceId: s._id,
        factoryId: s.factoryId,
        name: s.name,
        startDate: s.startDate,
        endDate: s.endDate,
        status: s.status,
        capacity: s.capacity,
        confirmed: countFigure(confirmed),
        waitlisted: countFigure(byStatus('waitlisted')),
        offers: { made: countFigure(offersMade), accepted: countFigure(accepted), expired: countFigure(byStatus('expired')) },
        attendanceByDay: days.map((d) => ({ date: d._id.d, present: countFigure(d.present), rate: rateFigure(d.present, confirmed) })),
        childrenByAge: bandNames.map((band, i) => ({ band, children: bandCells[i] })),
        // events about children: shown only when at least MIN_CELL child-days are behind them
        refusedPickups: sum(days.map((d) => d.refusedChildren)) < MIN_CELL && sum(days.map((d) => d.refused)) > 0 ? SMALL : sum(days.map((d) => d.refused))
      }
    })
}

function readHistogram(raw: Raw, ids: Set<string>) {
  const noticeIds = new Set(raw.notices.filter((n) => ids.has(n.factoryId)).map((n) => n._id))
  const rows = raw.reads.filter((r) => noticeIds.has(r._id.n))
  return { sent: noticeIds.size, recipients: sum(rows.map((r) => r.c)), hist: rows.filter((r) => r._id.h >= 0).map((r) => ({ value: r._id.h, count: r.c })) }
}

function connection(raw: Raw, ids: Set<string>): Dashboard['connection'] {
  const calls = only(raw.calls, ids, (id) => id)
  const total = (k: keyof (typeof calls)[number]) => sum(calls.map((c) => c[k] as number))
  // a face's call count is shown only when at least MIN_CELL people gave it
  const face = (calls: number, people: number): Figure => (people < MIN_CELL && calls > 0 ? SMALL : calls)
  const callers = total('callers')
  const reads = readHistogram(raw, ids)
  const read = histogramTotal(reads.hist)
  return {
    callsPlanned: callers < MIN_CELL && total('calls') > 0 ? SMALL : total('calls'),
    callers: countFigure(callers),
    feedback: { good: face(total('good'), total('goodPeople')), okay: face(total('okay'), total('okayPeople')), hard: face(total('hard'), total('hardPeople')) },
    notices: {
      sent: reads.sent,
      recipients: countFigure(reads.recipients),
      readRate: rateFigure(read, reads.recipients),
      medianHoursToRead: medianFigure(medianOfHistogram(reads.hist), read)
    }
  }
}

function attendanceRate(seasons: Raw['seasons'], raw: Raw): Figure {
  // person-days present over confirmed children × days recorded
  let present = 0
  let possible = 0
  for (const s of seasons) {
    const confirmed = sum(raw.registrations.filter((r) => r._id.sp === s._id && r._id.st === 'confirmed').map((r) => r.n))
    const days = raw.attendance.filter((a) => a._id.sp === s._id)
    present += sum(days.map((d) => d.present))
    possible += confirmed * days.length
  }
  const confirmedAll = sum(raw.registrations.filter((r) => r._id.st === 'confirmed' && seasons.some((s) => s._id === r._id.sp)).map((r) => r.n))
  return confirmedAll < MIN_CELL ? SMALL : possible ? Math.round((present / possible) * 1000) / 1000 : 0
}

function factoryRows(raw: Raw, scope: Scope, survey: SurveyDef): Dashboard['factories'] {
  if (scope.kind !== 'program') return []
  const per = scope.factories.map((f) => {
    const ids = new Set([f.id])
    const learners = only(raw.learners, ids, (id) => id)
    const seasons = raw.seasons.filter((s) => s.factoryId === f.id)
    const confirmed = sum(raw.registrations.filter((r) => r._id.st === 'confirmed' && seasons.some((s) => s._id === r._id.sp)).map((r) => r.n))
    return { f, started: sum(learners.map((l) => l.started)), done: sum(learners.map((l) => l.courseDone)), confirmed, seasons }
  })
  // The program's totals are shown above the breakdown: complementary suppression per column.
  const column = (values: number[]) => suppressCounts(values, [values.map((_, i) => i)])
  const started = column(per.map((p) => p.started))
  const done = column(per.map((p) => p.done))
  const confirmed = column(per.map((p) => p.confirmed))
  return per.map((p, i) => {
    const ids = new Set([p.f.id])
    const headline = outcomes(raw, ids, survey).headline
    return {
      factoryId: p.f.id,
      name: p.f.name,
      started: started[i],
      courseCertificates: done[i],
      headlineAgreeBefore: headline?.before.agree ?? SMALL,
      headlineAgreeAfter: headline?.after.agree ?? SMALL,
      confirmedChildren: confirmed[i],
      attendanceRate: attendanceRate(p.seasons, raw),
      noticeReadRate: connection(raw, ids).notices.readRate
    }
  })
}

export function buildDashboard(raw: Raw, scope: Scope, course: Course, survey: SurveyDef, range: Range, now = new Date(), asOf = now): Omit<Dashboard, 'pending'> {
  const ids = new Set(scope.factories.map((f) => f.id))
  const rows = factoryRows(raw, scope, survey)
  return {
    scope: { kind: scope.kind, id: scope.id, name: scope.name },
    range: { from: range.from, to: range.to },
    generatedAt: now.toISOString(),
    asOf: asOf.toISOString(),
    minCell: MIN_CELL,
    learning: learning(raw, ids, course, range),
    outcomes: outcomes(raw, ids, survey),
    seasons: seasonFigures(raw, ids),
    connection: connection(raw, ids),
    factories: rows
  }
}

/** The activity window's first day: `from`, or 12 weeks before `to`. */
export function activityFrom(from: string | null, to: string): string {
  return from ?? addDays(to, -83)
}
