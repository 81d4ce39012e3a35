// A practice record as the app sees it (the session's "try this" text from the server's course copy).
import type { Practice } from '../../src/common/practice/actions'
import { isDue } from '../../src/common/practice/schedule'
import { findSession } from '../learning/content'
import type { PracticeRecord } from './records'

export const PRACTICE_REMIND_JOB = 'practice.remind'

export function practiceText(sessionId: string) {
  return findSession(sessionId)?.practice ?? null
}

export function toPractice(r: PracticeRecord, today: string): Practice {
  const text = practiceText(r.sessionId)!
  return {
    id: r._id,
    sessionId: r.sessionId,
    title: text.title,
    body: text.body,
    scope: r.scope,
    day: r.day,
    remindAt: new Date(r.remindAt).toISOString(),
    status: r.status,
    due: r.status === 'open' && isDue(r.day, today),
    answer: r.answer,
    barrier: r.barrier
  }
}
