// The weekly practice actions: validate (schemas in src/common/practice) → authorize (the same
// learner check as every learning action) → act. Dates and tip matching are pure (src/common/practice).
//
// One open practice per learner: a commit for the session already open changes its day; a
// commit for another session replaces the open one. Replacing (not queueing) because the loop
// is weekly: a parent asked about two practices at once, or reminded of one they chose weeks
// ago, is asked too much; the latest choice is what they mean to try now. Except a practice
// whose day has gone by: it stays open until "did you try it?" is answered (asked first), so
// a new choice never throws away an answer the program counts.
import { AppError } from '../../src/common/errors'
import { chinaDate } from '../../src/common/china-time'
import { isChoosableDay, isDue, reminderAt, streakWeeks, targetDay } from '../../src/common/practice/schedule'
import { tipForBarrier } from '../../src/common/practice/tips'
import type { Tip } from '../../src/common/learning/content'
import type { Handler } from '../core/action'
import { enqueueJob } from '../scheduler/enqueue'
import { childAgeBands } from '../spaces/children'
import { learnerOf } from '../learning/access'
import { COURSE, findSession } from '../learning/content'
import { findPractice, insertPractice, openPractices, practiceIdOf, recordCheckIn, replaceOlder, reschedule, triedDays, type PracticeRecord } from './records'
import { PRACTICE_REMIND_JOB, toPractice } from './view'

async function scheduleReminder(r: Pick<PracticeRecord, '_id' | 'day' | 'remindAt'>): Promise<void> {
  // Keyed by practice and day: a retry enqueues nothing new; a new day gets its own job (the old one finds the day changed and skips).
  await enqueueJob(`${PRACTICE_REMIND_JOB}:${r._id}:${r.day}`, PRACTICE_REMIND_JOB, new Date(r.remindAt), { practiceId: r._id, day: r.day })
}

export const commit: Handler<'practice.commit'> = async ({ sessionId, key, scope, day }, caller) => {
  const who = learnerOf(caller)
  if (!findSession(sessionId)) throw new AppError('NOT_FOUND', { sessionId })
  const now = new Date()
  const today = chinaDate(now)
  if (scope === 'day' && !isChoosableDay(day!, today)) throw new AppError('PRACTICE_DAY_OUT_OF_RANGE', { day: day! })
  const id = practiceIdOf(who.openid, key)
  // (the open practices are read alongside: needed unless this is a retry)
  const [earlier, open] = await Promise.all([findPractice(id), openPractices(who.openid)])
  if (earlier) return { practice: toPractice(earlier, today), replaced: null, duplicate: true }

  const target = targetDay(scope, today, day)
  const when = { scope, day: target, remindAt: reminderAt(scope, today, target, now) }
  const same = open.find((p) => p.sessionId === sessionId)
  if (same) {
    // One open practice per session: a new choice moves its day.
    const unchanged = same.scope === when.scope && same.day === when.day
    if (!unchanged) {
      await Promise.all([reschedule(same._id, when, now), scheduleReminder({ _id: same._id, ...when })])
    }
    return { practice: toPractice({ ...same, ...(unchanged ? {} : when) }, today), replaced: null, duplicate: unchanged }
  }
  const record: PracticeRecord = {
    _id: id,
    openid: who.openid,
    factoryId: who.factoryId ?? null,
    sessionId,
    key,
    ...when,
    status: 'open',
    answer: null,
    barrier: null,
    tipId: null,
    checkedInAt: null,
    createdAt: now,
    updatedAt: now
  }
  if (!(await insertPractice(record))) {
    const first = await findPractice(id) // a concurrent retry stored it first
    if (first) return { practice: toPractice(first, today), replaced: null, duplicate: true }
  }
  const replaceable = open.filter((p) => !isDue(p.day, today))
  const [, replaced] = await Promise.all([scheduleReminder(record), replaceable.length ? replaceOlder(who.openid, id, now, today, now) : 0])
  return { practice: toPractice(record, today), replaced: replaced ? replaceable[0].sessionId : null, duplicate: false }
}

export const current: Handler<'practice.current'> = async (_payload, caller) => {
  const who = learnerOf(caller)
  const today = chinaDate()
  const [open, tried] = await Promise.all([openPractices(who.openid), triedDays(who.openid)])
  // A practice waiting for its answer first, then the newest.
  const shown = open.find((p) => isDue(p.day, today)) ?? open[0]
  return { practice: shown ? toPractice(shown, today) : null, streak: streakWeeks(tried, today) }
}

async function tipFor(r: PracticeRecord): Promise<Tip | null> {
  if (!r.answer || r.answer === 'yes') return null
  if (r.tipId) return COURSE.tips.find((t) => t.id === r.tipId) ?? null
  const today = chinaDate()
  const bands = await childAgeBands(r.openid, today)
  return tipForBarrier(COURSE.tips, r.barrier ?? 'other', { ageBands: bands, seed: r._id })
}

export const checkIn: Handler<'practice.checkIn'> = async ({ practiceId, answer, barrier }, caller) => {
  const who = learnerOf(caller)
  const found = await findPractice(practiceId)
  // Another learner's practice is as unknown as a missing one.
  if (!found || found.openid !== who.openid) throw new AppError('PRACTICE_NOT_FOUND')
  if (found.status === 'replaced') throw new AppError('INVALID_STATE', { status: 'replaced' })
  const today = chinaDate()
  const answered = async (r: PracticeRecord, duplicate: boolean) => {
    const [tip, tried] = await Promise.all([tipFor(r), triedDays(who.openid)])
    return { practice: toPractice(r, today), tip, streak: streakWeeks(tried, today), duplicate }
  }
  if (found.status === 'done') return answered(found, true)
  const given = { answer, barrier: answer === 'yes' ? null : (barrier ?? 'other') }
  const tip = await tipFor({ ...found, ...given, tipId: null })
  const now = new Date()
  if (await recordCheckIn(practiceId, { ...given, tipId: tip?.id ?? null }, now)) {
    return answered({ ...found, ...given, tipId: tip?.id ?? null, status: 'done', checkedInAt: now }, false)
  }
  // Answered (or replaced) in between: the stored answer stands.
  const stored = await findPractice(practiceId)
  if (stored?.status === 'done') return answered(stored, true)
  throw new AppError('INVALID_STATE', { status: stored?.status ?? 'missing' })
}
