// Learning handlers: identity from the platform, open to everyone, content and grading from the
// server's own copy. Every write is idempotent (monotone progress, unique keys).
import { createHash } from 'crypto'
import { AppError } from '../../src/common/errors'
import type { Certificate } from '../../src/common/learning/actions'
import type { Session } from '../../src/common/learning/content'
import { answersProblem, gradeQuiz, passMark } from '../../src/common/learning/grading'
import { surveyAnswersProblem, unansweredItems, v1AnswersProblem } from '../../src/common/learning/survey'
import { courseStatus, mergeProgress } from '../../src/common/learning/progress'
import { tipOfTheDay } from '../../src/common/learning/tips'
import { chinaDate } from '../../src/common/china-time'
import { childAgeBands } from '../spaces/children'
import type { Handler } from '../core/action'
import { factoriesByIds } from '../me/factories'
import { learnerOf } from './access'
import { attributeLearning } from './attribution'
import { COURSE, COURSE_MAP, COURSE_SHAPE, COURSE_TITLE, findSession } from './content'
import { advanceProgress, progressOf, recordQuizResult, recordSurvey, surveysOf, toSessionProgress, type QuizResultRecord } from './records'


/** The workers' calendar day (China Standard Time). */
const iso = (d: Date | string) => new Date(d).toISOString()

function sessionOrThrow(id: string) {
  const session = findSession(id)
  if (!session) throw new AppError('NOT_FOUND', { sessionId: id })
  return session
}

export const overview: Handler<'learning.overview'> = async (_payload, caller) => {
  const { openid, factoryId } = learnerOf(caller)
  const [records, surveys] = await Promise.all([progressOf(openid), surveysOf(openid)])
  // An offline sync that raced the join (its invocation read the user before the worker role
  // came) wrote a record without the factory: attribute it now. Costs nothing when none did.
  if (factoryId && records.some((r) => r.factoryId === null)) await attributeLearning(openid, factoryId)
  const progress = records.map(toSessionProgress)
  return {
    course: COURSE_MAP,
    progress,
    survey: { pre: surveys.some((s) => s.phase === 'pre'), post: surveys.some((s) => s.phase === 'post') },
    continueAt: courseStatus(COURSE_SHAPE, mergeProgress(progress)).continueAt
  }
}

/** Seeds the learner's quiz option order: stable per worker, and not their openid. */
const learnerKeyOf = (openid: string) => createHash('sha256').update(`quiz-order:${openid}`).digest('hex').slice(0, 16)

export const sessionGet: Handler<'learning.session.get'> = async ({ sessionId }, caller) => {
  const { openid } = learnerOf(caller)
  return { contentVersion: COURSE.version, session: sessionOrThrow(sessionId), learnerKey: learnerKeyOf(openid) }
}

export const progressSave: Handler<'learning.progress.save'> = async ({ sessionId, card }, caller) => {
  const who = learnerOf(caller)
  const session = sessionOrThrow(sessionId)
  if (card >= session.cards.length) throw new AppError('VALIDATION_FAILED', { card: `this session has ${session.cards.length} cards` })
  await advanceProgress(who, sessionId, { card })
  return { sessionId, saved: true as const }
}

export const quizSubmit: Handler<'learning.quiz.submit'> = async ({ sessionId, key, answers }, caller) => {
  const who = learnerOf(caller)
  const session = sessionOrThrow(sessionId)
  const problem = answersProblem(session, answers)
  if (problem) throw new AppError('LEARNING_ANSWERS_INCOMPLETE', { problem })
  const grade = gradeQuiz(session, answers)
  const now = new Date()
  const { record, duplicate } = await recordQuizResult({
    ...who,
    sessionId,
    key,
    contentVersion: COURSE.version,
    answers,
    score: grade.score,
    total: grade.total,
    passed: grade.passed,
    submittedAt: now
  })
  // The recorded attempt is the authority (a retry after a content update keeps its first grade).
  const stored = duplicate ? gradeQuizFromRecord(session, record) : grade
  // Applied again on a retry too: if the first try died after the insert, progress still lands.
  await advanceProgress(who, sessionId, { card: session.cards.length - 1, score: stored.score, passed: stored.passed, passedAt: new Date(record.submittedAt) })
  return { resultId: record._id, sessionId, ...stored, submittedAt: iso(record.submittedAt), duplicate }
}

/** The grade as first recorded; per-question feedback when the content still matches the answers. */
function gradeQuizFromRecord(session: Session, record: QuizResultRecord) {
  const questions = answersProblem(session, record.answers) ? [] : gradeQuiz(session, record.answers).questions
  return { score: record.score, total: record.total, passMark: passMark(record.total), passed: record.passed, questions }
}

export const tipToday: Handler<'learning.tip.today'> = async ({ ageBands }, caller) => {
  const date = chinaDate()
  // Fitted to the ages of the caller's own children when they registered any (birth dates only).
  const bands = ageBands ?? (await childAgeBands(caller.openid, date))
  const tip = tipOfTheDay(COURSE.tips, { userKey: caller.openid, date, ageBands: bands.length ? bands : undefined })
  if (!tip) throw new AppError('NOT_FOUND')
  return { date, tip }
}

/** A public action (src/common/public-actions.ts): called with no caller at all. */
export const tipGet: Handler<'learning.tip.get'> = async ({ tipId }) => {
  const tip = COURSE.tips.find((t) => t.id === tipId)
  if (!tip) throw new AppError('NOT_FOUND', { tipId })
  return { tip }
}

/** A public action too: one card and where it is in the course, nothing about anyone. */
export const cardGet: Handler<'learning.card.get'> = async ({ sessionId, card }) => {
  const session = findSession(sessionId)
  const found = session?.cards[card]
  if (!session || !found) throw new AppError('NOT_FOUND', { sessionId, card: String(card) })
  return { session: { id: session.id, module: session.module, number: session.number, title: session.title }, card: found }
}

export const certificates: Handler<'learning.certificates'> = async (_payload, caller) => {
  const who = learnerOf(caller)
  const [records, factories] = await Promise.all([progressOf(who.openid), who.factoryId ? factoriesByIds([who.factoryId]) : new Map()])
  const progress = mergeProgress(records.map(toSessionProgress))
  const status = courseStatus(COURSE_SHAPE, progress)
  const lastPass = (ids: string[]) => ids.map((id) => progress[id].passedAt!).sort().at(-1)!
  const list: Certificate[] = status.modulesDone.map((n) => {
    const mod = COURSE_MAP.modules.find((m) => m.number === n)!
    return { kind: 'module', module: n, title: mod.title, completedAt: lastPass(mod.sessions.map((s) => s.id)) }
  })
  if (status.courseDone) list.push({ kind: 'course', title: COURSE_TITLE, completedAt: lastPass(COURSE.sessions.map((s) => s.id)) })
  return { workerName: caller.user.displayName, factoryName: (who.factoryId && factories.get(who.factoryId)?.name) || null, certificates: list }
}

export const surveyGet: Handler<'survey.get'> = async (_payload, caller) => {
  const { openid } = learnerOf(caller)
  if (!COURSE.survey) throw new AppError('NOT_FOUND')
  const surveys = await surveysOf(openid)
  return { survey: COURSE.survey, done: { pre: surveys.some((s) => s.phase === 'pre'), post: surveys.some((s) => s.phase === 'post') } }
}

export const surveySubmit: Handler<'survey.submit'> = async ({ phase, key, version = 1, answers, workplace }, caller) => {
  const who = learnerOf(caller)
  const survey = COURSE.survey
  if (!survey) throw new AppError('NOT_FOUND')
  // A first-version response (queued on a device before the survey changed) is still valid:
  // stored as it is, tagged version 1, and compared only with other version-1 answers.
  if (version === 1 && survey.version !== 1) {
    const problem = v1AnswersProblem(answers) ?? (workplace ? 'version 1 has no workplace block' : null)
    if (problem) throw new AppError(problem.startsWith('unanswered') ? 'LEARNING_ANSWERS_INCOMPLETE' : 'LEARNING_SURVEY_INVALID', { problem })
  } else if (version !== survey.version) {
    throw new AppError('LEARNING_SURVEY_INVALID', { problem: `unknown survey version ${version}` })
  } else {
    const problem = surveyAnswersProblem(survey, answers, workplace)
    if (problem) throw new AppError('LEARNING_SURVEY_INVALID', { problem })
    const missing = unansweredItems(survey, answers)
    if (missing.length) throw new AppError('LEARNING_ANSWERS_INCOMPLETE', { expected: missing })
  }
  if (phase === 'post') {
    const progress = mergeProgress((await progressOf(who.openid)).map(toSessionProgress))
    if (!courseStatus(COURSE_SHAPE, progress).courseDone) throw new AppError('LEARNING_SURVEY_TOO_EARLY')
  }
  const hasWorkplace = workplace && Object.keys(workplace).length > 0
  const { record, duplicate } = await recordSurvey({ ...who, phase, key, version, answers, ...(hasWorkplace ? { workplace } : {}), submittedAt: new Date() })
  return { phase, version: record.version, submittedAt: iso(record.submittedAt), duplicate }
}
