// One dashboard = one fixed set of database requests (whatever the number of workers), then
// the pure build with suppression. Used by both actions and the exports.
import type { Dashboard } from '../../src/common/insights/actions'
import { chinaDate, chinaDayStart, addDays } from '../../src/common/china-time'
import { COURSE } from '../learning/content'
import { activityFrom, buildDashboard, type Course, type Scope, type SurveyDef } from './build'
import * as q from './queries'

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

export async function dashboardFor(scope: Scope, input: RangeInput, now = new Date()): Promise<Dashboard> {
  const to = input.to ?? chinaDate(now)
  const from = input.from ?? null
  const actFrom = activityFrom(from, to)
  const window: q.Window = { from: chinaDayStart(actFrom), to: chinaDayStart(addDays(to, 1)) }
  const cumulative: q.Window = { from: from ? chinaDayStart(from) : new Date(0), to: window.to }
  const ids = scope.factories.map((f) => f.id)
  const survey = surveyDef()
  const sessionsPerModule = Math.min(...COURSE_DEF.modules.map((m) => m.sessions.length))
  const sessionsInCourse = COURSE_DEF.modules.reduce((a, m) => a + m.sessions.length, 0)

  const [learners, passes, moduleDays, weekly, firstTries, answers, surveyRows, seasons, calls, notices] = await Promise.all([
    q.learnersByFactory(ids, cumulative, sessionsInCourse),
    q.passesBySession(ids, cumulative),
    q.moduleFinishDays(ids, cumulative, sessionsPerModule),
    q.weeklyQuizTakers(ids, window),
    q.firstTries(ids, window),
    q.answerCounts(ids, window),
    q.surveyItems(ids, cumulative, survey.version),
    q.seasons(ids, from, to),
    q.callsByFactory(ids, window),
    q.noticesSent(ids, window)
  ])
  const spaceIds = seasons.map((s) => s._id)
  const [registrations, births, attendance, reads] = await Promise.all([
    spaceIds.length ? q.registrationsBySeason(spaceIds) : [],
    spaceIds.length ? q.confirmedBirthDates(spaceIds) : [],
    spaceIds.length ? q.attendanceByDay(spaceIds, from, to) : [],
    q.noticeReads(notices.map((n) => n._id))
  ])
  return buildDashboard(
    { learners, passes, moduleDays, weekly, firstTries, answers, survey: surveyRows, seasons, registrations, births, attendance, calls, notices, reads },
    scope,
    COURSE_DEF,
    survey,
    { from, to, activityFrom: actFrom, weekEpoch: q.WEEK_EPOCH },
    now
  )
}
