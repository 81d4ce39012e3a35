// Pure offline queue: what the worker did while offline (card positions, quiz answers,
// survey answers), kept in device storage until the server has it. Each entry has an
// idempotency key, so sending it twice is harmless; the server stores it once.
import type { SurveyPhase } from '../../common/learning/actions'
import type { SurveyAnswers } from '../../common/learning/survey'

export interface ProgressOp {
  kind: 'progress'
  key: string
  payload: { sessionId: string; card: number }
  queuedAt: string
}
export interface QuizOp {
  kind: 'quiz'
  key: string
  payload: { sessionId: string; key: string; answers: Record<string, string> }
  queuedAt: string
}
export interface SurveyOp {
  kind: 'survey'
  key: string
  /** `version` is absent in entries queued by an app from before the survey had versions (version 1) */
  payload: { phase: SurveyPhase; key: string; version?: number; answers: SurveyAnswers; workplace?: SurveyAnswers }
  queuedAt: string
}
export type QueuedOp = ProgressOp | QuizOp | SurveyOp
export type Queue = QueuedOp[]

/**
 * Adds an entry. Same key → already there (a retry). A newer card position replaces the
 * queued one for that session (furthest card kept: one request instead of many). A survey
 * phase already queued keeps its first answers, as the server does.
 */
export function enqueue(queue: Queue, op: QueuedOp): Queue {
  if (queue.some((q) => q.key === op.key)) return queue
  if (op.kind === 'progress') {
    const i = queue.findIndex((q) => q.kind === 'progress' && q.payload.sessionId === op.payload.sessionId)
    if (i >= 0) {
      const old = queue[i] as ProgressOp
      const merged: ProgressOp = { ...old, payload: { ...old.payload, card: Math.max(old.payload.card, op.payload.card) } }
      return queue.map((q, j) => (j === i ? merged : q))
    }
  }
  if (op.kind === 'survey' && queue.some((q) => q.kind === 'survey' && q.payload.phase === op.payload.phase)) return queue
  return [...queue, op]
}

/** Removes the entry the server confirmed (or refused for good). */
export function dequeue(queue: Queue, key: string): Queue {
  return queue.filter((q) => q.key !== key)
}

/** Reads whatever storage held: drops anything malformed instead of failing the app. */
export function parseQueue(raw: unknown): Queue {
  if (!Array.isArray(raw)) return []
  return raw.filter(
    (q): q is QueuedOp =>
      !!q && typeof q === 'object' && typeof q.key === 'string' && ['progress', 'quiz', 'survey'].includes(q.kind) && !!q.payload && typeof q.payload === 'object'
  )
}

/** Errors worth retrying later; anything else is a refusal that a retry cannot fix. */
export function isTransient(code: string | undefined): boolean {
  return code === 'NETWORK' || code === 'INTERNAL' || code === undefined
}

/** An idempotency key: time + randomness, in the alphabet the server accepts. */
export function newKey(now = Date.now(), random: () => number = Math.random): string {
  const r = () => Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')
  return `${now.toString(36)}-${r()}${r()}`
}
