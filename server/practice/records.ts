// Database access for the weekly practice. One record per commitment; the _id comes from the
// learner and the device's key, so a retried commit finds the first record. A check-in moves
// open → done once (a conditional update): a retry reads the stored answer back.
import type { PracticeAnswer, PracticeBarrier } from '../../src/common/practice/barriers'
import type { PracticeScope } from '../../src/common/practice/schedule'
import { db, _, addUnlessDuplicate, byId, rows, updatedCount } from '../core/cloud'
import { idFor } from '../core/ids'

export type PracticeStatus = 'open' | 'done' | 'replaced'

export interface PracticeRecord {
  _id: string
  openid: string
  /** the learner's factory when they had one at commit time (reports attribute by membership) */
  factoryId: string | null
  sessionId: string
  key: string
  scope: PracticeScope
  day: string
  remindAt: Date
  status: PracticeStatus
  answer: PracticeAnswer | null
  barrier: PracticeBarrier | null
  tipId: string | null
  checkedInAt: Date | null
  createdAt: Date
  updatedAt: Date
}

const commitments = () => db.collection('practice_commitments')

export const practiceIdOf = (openid: string, key: string) => idFor(`${openid}:${key}`, 'p')

export const findPractice = (id: string) => byId<PracticeRecord>(commitments(), id)

/** The learner's open practices, newest first (normally one). */
export async function openPractices(openid: string): Promise<PracticeRecord[]> {
  const found = await rows<PracticeRecord>(commitments().where({ openid, status: 'open' }).limit(20).get())
  return found.sort((a, b) => new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime())
}

/** Target days of the practices tried ("yes", "a bit"): what the streak counts. */
export async function triedDays(openid: string): Promise<string[]> {
  const found = await rows<{ day: string }>(
    commitments().where({ openid, status: 'done', answer: _.in(['yes', 'a-bit']) }).field({ day: true }).orderBy('day', 'desc').limit(100).get()
  )
  return found.map((r) => r.day)
}

/** Inserts unless this id exists (a retry or a race): false then. */
export const insertPractice = (doc: PracticeRecord) => addUnlessDuplicate(commitments(), doc as unknown as Record<string, unknown>)

export async function reschedule(id: string, change: Pick<PracticeRecord, 'scope' | 'day' | 'remindAt'>, now: Date): Promise<void> {
  await commitments().where({ _id: id, status: 'open' }).update({ data: { ...change, updatedAt: now } })
}

/**
 * Marks the learner's other open practices made before this one as replaced. Only older ones:
 * two commits racing each replace only what came before them, so the newest stays open. Only
 * those whose day has not gone by (day ≥ today): a due practice still waits for its answer.
 */
export async function replaceOlder(openid: string, keepId: string, createdAt: Date, today: string, now: Date): Promise<number> {
  return updatedCount(
    commitments()
      .where({ openid, status: 'open', _id: _.neq(keepId), createdAt: _.lt(createdAt), day: _.gte(today) })
      .update({ data: { status: 'replaced', updatedAt: now } })
  )
}

/** open → done with the answer; false when it was not open any more (answered before, or replaced). */
export async function recordCheckIn(id: string, answer: Pick<PracticeRecord, 'answer' | 'barrier' | 'tipId'>, now: Date): Promise<boolean> {
  const n = await updatedCount(commitments().where({ _id: id, status: 'open' }).update({ data: { ...answer, status: 'done', checkedInAt: now, updatedAt: now } }))
  return n === 1
}
