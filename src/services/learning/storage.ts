// Thin adapter over device storage (Taro: wx storage on WeChat, localStorage on H5) for the
// learning data: cached content, this device's view of progress, and the offline queue.
import Taro from '@tarojs/taro'
import type { Overview } from '@/common/learning/actions'
import type { Session } from '@/common/learning/content'
import { mergeProgress, type ProgressMap, type SessionProgress } from '@/common/learning/progress'
import { parseQueue, type Queue } from './queue'

const KEYS = {
  queue: 'fb.learning.queue',
  progress: 'fb.learning.progress',
  overview: 'fb.learning.overview',
  surveyDone: 'fb.learning.surveyDone',
  learnerKey: 'fb.learning.learnerKey',
  session: (id: string) => `fb.learning.session.${id}`
}

function read<T>(key: string): T | undefined {
  try {
    const v: unknown = Taro.getStorageSync(key)
    return v === '' || v === undefined || v === null ? undefined : (v as T)
  } catch {
    return undefined
  }
}

function write(key: string, value: unknown): void {
  try {
    Taro.setStorageSync(key, value)
  } catch (e) {
    // Storage full: the data still lives in memory for this session.
    console.warn(`[learning] could not store ${key}`, e)
  }
}

export const readQueue = (): Queue => parseQueue(read(KEYS.queue))
export const writeQueue = (q: Queue): void => write(KEYS.queue, q)

export const readLocalProgress = (): ProgressMap => read<ProgressMap>(KEYS.progress) ?? {}
/** Folds a change into this device's progress (merge: it never moves backwards). */
export function noteProgress(change: SessionProgress): ProgressMap {
  const next = mergeProgress(readLocalProgress(), [change])
  write(KEYS.progress, next)
  return next
}

export const readCachedOverview = (): Overview | undefined => read<Overview>(KEYS.overview)
export const writeCachedOverview = (o: Overview): void => write(KEYS.overview, o)

export interface CachedSession {
  version: string
  session: Session
}
export const readCachedSession = (id: string): CachedSession | undefined => read<CachedSession>(KEYS.session(id))
export const writeCachedSession = (c: CachedSession): void => write(KEYS.session(c.session.id), c)

/** The server's key for this learner's quiz option order (see common/learning/option-order.ts). */
export const readLearnerKey = (): string | undefined => read<string>(KEYS.learnerKey)
export const writeLearnerKey = (key: string): void => write(KEYS.learnerKey, key)

export const readSurveyDone = (): { pre: boolean; post: boolean } => read(KEYS.surveyDone) ?? { pre: false, post: false }
export const noteSurveyDone = (phase: 'pre' | 'post'): void => write(KEYS.surveyDone, { ...readSurveyDone(), [phase]: true })

export const readCachedSurvey = <T>(): T | undefined => read<T>('fb.learning.survey')
export const writeCachedSurvey = (s: unknown): void => write('fb.learning.survey', s)

/** Answers given so far in an unfinished quiz, so a restart mid-quiz loses nothing. */
export const readQuizDraft = (sessionId: string): Record<string, string> => read(`fb.learning.quizDraft.${sessionId}`) ?? {}
export const writeQuizDraft = (sessionId: string, answers: Record<string, string>): void => write(`fb.learning.quizDraft.${sessionId}`, answers)
export function clearQuizDraft(sessionId: string): void {
  try {
    Taro.removeStorageSync(`fb.learning.quizDraft.${sessionId}`)
  } catch {
    writeQuizDraft(sessionId, {})
  }
}
