// The figures behind a dashboard, as per-factory sums (build.ts `Raw`), from either
// - the rollups (insights_rollups, one document per factory, default window): what an opened
//   dashboard reads, one request for up to 100 factories whatever the number of workers; or
// - the aggregation pipelines (queries.ts): a fixed number of requests, but each scans the
//   scope's records, so its time grows with the workers. Used to (re)compute rollups (the
//   scheduler job insights.rollup, or on first open of a factory never computed) and for an
//   explicit from/to range.
import type { Dashboard } from '../../src/common/insights/actions'
import { chinaDate, chinaDayStart, addDays } from '../../src/common/china-time'
import { db, _, rows } from '../core/cloud'
import { idFor } from '../core/ids'
import { enqueueJob } from '../scheduler/enqueue'
import { COURSE } from '../learning/content'
import { activityFrom, buildDashboard, questionRows, type Course, type Raw, type Scope, type SurveyDef } from './build'
import * as q from './queries'

export const ROLLUP_JOB = 'insights.rollup'
/** A rollup older than this is refreshed in the background (the dashboard shows its time). */
export const ROLLUP_MAX_AGE_MS = 60 * 60_000
/** At most this many never-computed factories are computed during an open (the rest go to the job). */
export const LIVE_ROLLUPS_PER_OPEN = 5

function courseDef(): Course {
  const modules = [...new Set(COURSE.sessions.map((s) => s.module))].sort().map((number) => ({
    number,
    sessions: COURSE.sessions.filter((s) => s.module === number).map((s) => s.id)
  }))
  const questions = new Map(
    COURSE.sessions.map((s) => [s.id, new Map(s.quiz.map((qq) => [qq.id, { text: qq.prompt, correct: qq.options.find((o) => o.correct)!.id }]))])
  )
  return { modules, questions }
}

const COURSE_DEF = courseDef()

/** The survey as the dashboard needs it; reads the v2 fields (reversed, headline, workplace) when present. */
function surveyDef(): SurveyDef {
  const s = COURSE.survey as unknown as {
    version: number
    statements: { id: string; text: SurveyDef['statements'][number]['text']; reversed?: boolean; headline?: boolean }[]
    workplace?: { items?: SurveyDef['workplace']; statements?: SurveyDef['workplace'] } | SurveyDef['workplace']
  } | null
  if (!s) return { version: 0, statements: [], workplace: [] }
  const wp = Array.isArray(s.workplace) ? s.workplace : (s.workplace?.items ?? s.workplace?.statements ?? [])
  return { version: s.version, statements: s.statements, workplace: wp.map((w) => ({ id: w.id, text: w.text })) }
}

export interface RangeInput {
  from?: string
  to?: string
}

interface Windowed {
  from: string | null
  to: string
  activityFrom: string
}

function windowOf(input: RangeInput, now: Date): Windowed {
  const to = input.to ?? chinaDate(now)
  const from = input.from ?? null
  return { from, to, activityFrom: activityFrom(from, to) }
}

/** The sums of every figure for these factories, straight from the records (pipelines). */
export async function computeRaw(ids: string[], win: Windowed): Promise<Raw> {
  const window: q.Window = { from: chinaDayStart(win.activityFrom), to: chinaDayStart(addDays(win.to, 1)) }
  const cumulative: q.Window = { from: win.from ? chinaDayStart(win.from) : new Date(0), to: window.to }
  const survey = surveyDef()
  const sessionsPerModule = Math.min(...COURSE_DEF.modules.map((m) => m.sessions.length))
  const sessionsInCourse = COURSE_DEF.modules.reduce((a, m) => a + m.sessions.length, 0)
  // One after another: each request's time stays its own (a database that runs requests one at
  // a time, as the local cloud does, would otherwise make the last ones wait out their timeout).
  const learners = await q.learnersByFactory(ids, cumulative, sessionsInCourse)
  const passes = await q.passesBySession(ids, cumulative)
  const moduleDays = await q.moduleFinishDays(ids, cumulative, sessionsPerModule)
  const weekly = await q.weeklyQuizTakers(ids, window)
  const firstTries = await q.firstTries(ids, window)
  const questions = questionRows(await q.answerCounts(ids, window), COURSE_DEF)
  const surveyRows = await q.surveyItems(ids, cumulative, survey.version)
  const seasons = await q.seasons(ids, win.from, win.to)
  const calls = await q.callsByFactory(ids, window)
  const notices = await q.noticesSent(ids, window)
  const spaceIds = seasons.map((s) => s._id)
  const registrations = spaceIds.length ? await q.registrationsBySeason(spaceIds) : []
  const births = spaceIds.length ? await q.confirmedBirthDates(spaceIds) : []
  const attendance = spaceIds.length ? await q.attendanceByDay(spaceIds, win.from, win.to) : []
  const reads = await q.noticeReads(notices.map((n) => n._id))
  const practice = await q.practiceByFactory(ids, window)
  return { learners, passes, moduleDays, weekly, firstTries, questions, survey: surveyRows, seasons, registrations, births, attendance, calls, notices, reads, practice }
}

const RAW_KEYS: (keyof Raw)[] = ['learners', 'passes', 'moduleDays', 'weekly', 'firstTries', 'questions', 'survey', 'seasons', 'registrations', 'births', 'attendance', 'calls', 'notices', 'reads', 'practice']

/** One factory's share of the rows (rows keyed by season or notice follow their factory). */
export function rawOfFactory(raw: Raw, factoryId: string): Raw {
  const spaces = new Set(raw.seasons.filter((s) => s.factoryId === factoryId).map((s) => s._id))
  const notices = new Set(raw.notices.filter((n) => n.factoryId === factoryId).map((n) => n._id))
  const byF = <T extends { _id: unknown }>(rs: T[]) => rs.filter((r) => (typeof r._id === 'string' ? r._id : (r._id as { f: string }).f) === factoryId)
  return {
    learners: byF(raw.learners),
    passes: byF(raw.passes),
    moduleDays: byF(raw.moduleDays),
    weekly: byF(raw.weekly),
    firstTries: byF(raw.firstTries),
    questions: byF(raw.questions),
    survey: byF(raw.survey),
    seasons: raw.seasons.filter((s) => s.factoryId === factoryId),
    registrations: raw.registrations.filter((r) => spaces.has(r._id.sp)),
    births: raw.births.filter((r) => spaces.has(r._id.sp)),
    attendance: raw.attendance.filter((r) => spaces.has(r._id.sp)),
    calls: byF(raw.calls),
    notices: raw.notices.filter((n) => n.factoryId === factoryId),
    reads: raw.reads.filter((r) => notices.has(r._id.n)),
    practice: byF(raw.practice ?? [])
  }
}

export function mergeRaw(raws: Raw[]): Raw {
  const out = Object.fromEntries(RAW_KEYS.map((k) => [k, [] as unknown[]])) as unknown as Raw
  for (const r of raws) for (const k of RAW_KEYS) (out[k] as unknown[]).push(...((r[k] as unknown[] | undefined) ?? []))
  return out
}

/** Bumped when the rollup's shape changes: older rollups are recomputed. */
const ROLLUP_FORMAT = 3

interface RollupDoc {
  _id: string
  format: number
  computedAt: Date
  to: string
  activityFrom: string
  surveyVersion: number
  raw: Raw
}

const rollups = () => db.collection('insights_rollups')

/** Computes and stores the rollups of these factories (one pass of the pipelines for all of them). */
export async function refreshRollups(ids: string[], now = new Date()): Promise<void> {
  const win = windowOf({}, now)
  const raw = await computeRaw(ids, win)
  const version = surveyDef().version
  await Promise.all(
    ids.map((id) =>
      rollups()
        .doc(id)
        .set({ data: { format: ROLLUP_FORMAT, computedAt: now, to: win.to, activityFrom: win.activityFrom, surveyVersion: version, raw: rawOfFactory(raw, id) } })
    )
  )
}

/** The scope's rollups; computes the missing ones now, and has stale ones refreshed in the background. */
async function rollupRaw(ids: string[], now: Date): Promise<{ raw: Raw; win: Windowed; asOf: Date; pending: string[] }> {
  const found = await rows<RollupDoc>(rollups().where({ _id: _.in(ids) }).limit(1000).get())
  const version = surveyDef().version
  const usable = found.filter((r) => r.surveyVersion === version && r.format === ROLLUP_FORMAT)
  const missing = ids.filter((id) => !usable.some((r) => r._id === id))
  let docs = usable
  // A few new factories are computed now; many (a new program) would not fit in one call: the job does them.
  const pending = missing.length > LIVE_ROLLUPS_PER_OPEN ? missing : []
  if (missing.length && !pending.length) {
    await refreshRollups(missing, now)
    docs = docs.concat(await rows<RollupDoc>(rollups().where({ _id: _.in(missing) }).limit(1000).get()))
  }
  const stale = docs.filter((d) => now.getTime() - new Date(d.computedAt).getTime() > ROLLUP_MAX_AGE_MS).map((d) => d._id)
  const toRefresh = [...stale, ...pending].sort()
  if (toRefresh.length) {
    const hour = Math.floor(now.getTime() / ROLLUP_MAX_AGE_MS)
    await enqueueJob(`${ROLLUP_JOB}:${idFor(toRefresh.join(','))}:${hour}`, ROLLUP_JOB, now, { factoryIds: toRefresh })
  }
  const oldest = docs.length ? Math.min(...docs.map((d) => new Date(d.computedAt).getTime())) : now.getTime()
  const latest = docs.reduce<Windowed>((a, d) => (d.to > a.to ? { from: null, to: d.to, activityFrom: d.activityFrom } : a), windowOf({}, now))
  return { raw: mergeRaw(docs.map((d) => d.raw)), win: docs.length ? latest : windowOf({}, now), asOf: new Date(oldest), pending }
}

export async function dashboardFor(scope: Scope, input: RangeInput, now = new Date()): Promise<Dashboard> {
  const ids = scope.factories.map((f) => f.id)
  const explicit = input.from !== undefined || input.to !== undefined
  const { raw, win, asOf, pending } = explicit
    ? { raw: await computeRaw(ids, windowOf(input, now)), win: windowOf(input, now), asOf: now, pending: [] }
    : await rollupRaw(ids, now)
  return { ...buildDashboard(raw, scope, COURSE_DEF, surveyDef(), { from: win.from, to: win.to, activityFrom: win.activityFrom, weekEpoch: q.WEEK_EPOCH }, now, asOf), pending }
}
