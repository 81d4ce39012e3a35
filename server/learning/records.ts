// Database access for learning: progress (monotone updates with _.max, so retries and
// out-of-order offline syncs never move it backwards), quiz results and surveys (inserted
// once per idempotency key / phase: unique indexes make a retry find the first record).
import type { SessionProgress } from '../../src/common/learning/progress'
import type { SurveyPhase } from '../../src/common/learning/actions'
import type { SurveyAnswers } from '../../src/common/learning/survey'
import { db, _, rows, updatedCount } from '../core/cloud'
import type { Learner } from './access'

export interface ProgressRecord {
  _id: string
  openid: string
  /** the learner's factory when the record was made (or when they joined one); null: none */
  factoryId: string | null
  sessionId: string
  card: number
  passed: boolean
  bestScore: number
  passedAt?: Date
  createdAt: Date
  updatedAt: Date
}

export interface QuizResultRecord {
  _id: string
  openid: string
  factoryId: string | null
  sessionId: string
  key: string
  contentVersion: string
  answers: Record<string, string>
  score: number
  total: number
  passed: boolean
  submittedAt: Date
}

export interface SurveyRecord {
  _id: string
  openid: string
  factoryId: string | null
  phase: SurveyPhase
  key: string
  /** the survey version answered: 1 (seven agree statements) or later (content/survey.json) */
  version: number
  answers: SurveyAnswers
  /** the optional workplace block (version 2 on), only the items answered; absent when skipped */
  workplace?: SurveyAnswers
  submittedAt: Date
}

const progress = db.collection('learning_progress')
const quizResults = db.collection('learning_quiz_results')
const surveys = db.collection('learning_surveys')

/**
 * Learning done before joining a factory counts for that factory once the learner joins: their
 * records without a factory get it (the reports read records by factory). Idempotent: only
 * records still without a factory change.
 */
export async function attributeLearningToFactory(openid: string, factoryId: string): Promise<number> {
  const unattributed = { openid, factoryId: null }
  // weekly practices too (the reports count them through the worker role; the record agrees)
  const counts = await Promise.all(
    [progress, quizResults, surveys, db.collection('practice_commitments')].map((c) => updatedCount(c.where(unattributed).update({ data: { factoryId } })))
  )
  // how many records now count for the factory (its dashboard figures changed when > 0)
  return counts.reduce((a, b) => a + b, 0)
}

const iso = (d: Date | string | undefined) => (d ? new Date(d).toISOString() : undefined)

export function toSessionProgress(r: ProgressRecord): SessionProgress {
  const passedAt = iso(r.passedAt)
  return { sessionId: r.sessionId, card: r.card, passed: r.passed, bestScore: r.bestScore, ...(passedAt ? { passedAt } : {}), updatedAt: iso(r.updatedAt)! }
}

export async function progressOf(openid: string): Promise<ProgressRecord[]> {
  // 30 sessions at most: one page.
  return rows<ProgressRecord>(progress.where({ openid }).limit(100).get())
}

export interface ProgressChange {
  card: number
  /** a quiz result: best score, and the pass once passed */
  score?: number
  passed?: boolean
  /** when the pass happened (a retried submission keeps its first time) */
  passedAt?: Date
}

/**
 * Moves one session's progress forward (never back). Usually one request: update the record;
 * only the first time, create it (a concurrent creator wins the race; then update again).
 * Returns nothing: the device merges its own view, and re-reading would cost a request.
 */
export async function advanceProgress(who: Learner, sessionId: string, change: ProgressChange): Promise<void> {
  const id = `${who.openid}:${sessionId}`
  const now = new Date()
  const passedAt = change.passedAt ?? now
  const update: Record<string, unknown> = { card: _.max(change.card), updatedAt: now }
  if (change.score !== undefined) update.bestScore = _.max(change.score)
  if (change.passed) {
    update.passed = true
    update.passedAt = _.min(passedAt as unknown as number) // the first pass date stays (typed number; dates compare too)
  }
  const apply = async () => updatedCount(progress.where({ _id: id }).update({ data: update }))
  // updatedAt always changes, so 0 means "no record yet".
  if ((await apply()) > 0) return
  const fresh: Omit<ProgressRecord, '_id'> = {
    openid: who.openid,
    factoryId: who.factoryId,
    sessionId,
    card: change.card,
    passed: change.passed === true,
    bestScore: change.score ?? 0,
    ...(change.passed ? { passedAt } : {}),
    createdAt: now,
    updatedAt: now
  }
  try {
    await progress.add({ data: { _id: id, ...fresh } })
  } catch (e) {
    // Created by a concurrent call in between: apply our change on top of theirs.
    if ((await apply()) > 0) return
    const exists = await rows(progress.where({ _id: id }).limit(1).get())
    if (!exists.length) throw e
  }
}

export async function findQuizResult(openid: string, key: string): Promise<QuizResultRecord | undefined> {
  return (await rows<QuizResultRecord>(quizResults.where({ openid, key }).limit(1).get()))[0]
}

/** Inserts the result unless this key was recorded before; returns the stored one and whether it existed. */
export async function recordQuizResult(result: Omit<QuizResultRecord, '_id'>): Promise<{ record: QuizResultRecord; duplicate: boolean }> {
  try {
    const res = (await quizResults.add({ data: result })) as { _id: string }
    return { record: { _id: res._id, ...result }, duplicate: false }
  } catch (e) {
    const existing = await findQuizResult(result.openid, result.key)
    if (existing) return { record: existing, duplicate: true }
    throw e
  }
}

export async function surveysOf(openid: string): Promise<SurveyRecord[]> {
  return rows<SurveyRecord>(surveys.where({ openid }).limit(10).get())
}

export async function recordSurvey(answer: Omit<SurveyRecord, '_id'>): Promise<{ record: SurveyRecord; duplicate: boolean }> {
  try {
    const res = (await surveys.add({ data: answer })) as { _id: string }
    return { record: { _id: res._id, ...answer }, duplicate: false }
  } catch (e) {
    const [existing] = await rows<SurveyRecord>(surveys.where({ openid: answer.openid, phase: answer.phase }).limit(1).get())
    if (existing) return { record: existing, duplicate: true }
    throw e
  }
}
