// Sends the offline queue when the network is back: on a network change, when the app
// comes to the front, after any successful learning call, and on a slow retry timer while
// something is waiting. Entries are written to storage BEFORE sending, so nothing answered
// offline is lost across a restart; their idempotency keys make a resend harmless.
import Taro from '@tarojs/taro'
import type { QuizResult, SurveyPhase } from '@/common/learning/actions'
import type { SurveyAnswers } from '@/common/learning/survey'
import { callAction, isCloudError } from '@/services/cloud'
import { dequeue, enqueue, isTransient, newKey, type QueuedOp, type QuizOp } from './queue'
import { readQueue, writeQueue } from './storage'

const RETRY_MS = 15000

type Listener = (op: QueuedOp, result: unknown) => void
const listeners = new Set<Listener>()
/** Hear about entries the server confirmed (e.g. the quiz screen waiting for its result). */
export function onSynced(listener: Listener): () => void {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

export function queueOp(op: Omit<QueuedOp, 'queuedAt' | 'key'> & { key?: string }): QueuedOp {
  const full = { ...op, key: op.key || newKey(), queuedAt: new Date().toISOString() } as QueuedOp
  writeQueue(enqueue(readQueue(), full))
  return full
}

/** A finished quiz attempt: one key for the queue entry and the server's idempotency key. */
export function queueQuiz(sessionId: string, answers: Record<string, string>): QuizOp {
  const key = newKey()
  return queueOp({ kind: 'quiz', key, payload: { sessionId, key, answers } }) as QuizOp
}

/** A finished survey, tagged with the version answered; the workplace block only when any of it was answered. */
export function queueSurvey(phase: SurveyPhase, version: number, answers: SurveyAnswers, workplace: SurveyAnswers = {}): QueuedOp {
  const key = newKey()
  const work = Object.keys(workplace).length ? { workplace } : {}
  return queueOp({ kind: 'survey', key, payload: { phase, key, version, answers, ...work } })
}

export const pendingCount = (): number => readQueue().length

function send(op: QueuedOp): Promise<unknown> {
  switch (op.kind) {
    case 'progress':
      return callAction('learning.progress.save', op.payload)
    case 'quiz':
      return callAction('learning.quiz.submit', op.payload)
    case 'survey':
      return callAction('survey.submit', op.payload)
  }
}

let running: Promise<number> | null = null
let retryTimer: ReturnType<typeof setTimeout> | null = null

/** Sends what is queued, oldest first; stops at the first network failure. Resolves with what is left. */
export function flushQueue(): Promise<number> {
  if (running) return running
  running = (async () => {
    for (const op of readQueue()) {
      try {
        const result = await send(op)
        writeQueue(dequeue(readQueue(), op.key))
        listeners.forEach((l) => l(op, result))
      } catch (e) {
        if (isTransient(isCloudError(e) ? e.code : undefined)) break
        // Refused for good (e.g. content changed): a retry cannot succeed; drop it.
        console.warn(`[learning] dropped queued ${op.kind}`, e)
        writeQueue(dequeue(readQueue(), op.key))
      }
    }
    return readQueue().length
  })().finally(() => {
    running = null
  })
  void running.then((left) => {
    if (left && !retryTimer) retryTimer = setTimeout(() => ((retryTimer = null), void flushQueue()), RETRY_MS)
  })
  return running
}

/** Sends a quiz now if possible; it stays queued (and on the device) if not. */
export async function submitQuiz(op: QuizOp): Promise<QuizResult | null> {
  let result: QuizResult | null = null
  const off = onSynced((done, r) => {
    if (done.key === op.key) result = r as QuizResult
  })
  try {
    await flushQueue()
    // A flush already running when we queued may have missed our entry: one more pass.
    if (!result && readQueue().some((q) => q.key === op.key)) await flushQueue()
  } finally {
    off()
  }
  return result
}

let started = false
/** Called once at launch and on every app show. */
export function startLearningSync(): void {
  if (!started) {
    started = true
    try {
      Taro.onNetworkStatusChange((res) => {
        if (res.isConnected) void flushQueue()
      })
    } catch {
      // Not available on this platform: app show and the next call still flush.
    }
    if (process.env.TARO_ENV === 'h5' && typeof window !== 'undefined') window.addEventListener('online', () => void flushQueue())
  }
  if (readQueue().length) void flushQueue()
}
