// The call planner: a worker's planned calls with a child, a reminder shortly
// before each (inbox always, WeChat where credit exists), weekly series, and
// "how did it go?" with one matching tip.
import type { z } from 'zod'
import { AppError } from '../../src/common/errors'
import type { remindersActions } from '../../src/common/reminders/actions'
import { tipForMood } from '../../src/common/reminders/call-tips'
import { ageBandOf } from '../../src/common/learning/tips'
import type { AgeBand } from '../../src/common/learning/content'
import { chinaDate } from '../../src/common/china-time'
import { ageAt } from '../../src/common/spaces/dates'
import { childAgeBands } from '../spaces/children'
import type { Call, CallMood } from '../../src/common/reminders/schemas'
import { addDays, chinaDayStart } from '../../src/common/spaces/dates'
import type { Caller } from '../core/action'
import type { JobRecord } from '../scheduler/policy'
import { COURSE } from '../learning/content'
import { addUnlessDuplicate, byId, coll, enqueueJob, idFor, isDuplicate, iso, rows, updatedCount, _ } from './db'
import { deliver } from './push'
import { CALL_REMINDER_JOB } from './job-kinds'

type P<A extends keyof typeof remindersActions> = z.infer<(typeof remindersActions)[A]['payload']>

/** The reminder goes out this long before the call. */
export const REMIND_BEFORE_MS = 10 * 60_000
/** Past calls without feedback are asked about for this long. */
const ASK_FEEDBACK_MS = 7 * 86_400_000

export interface CallRecord {
  _id: string
  openid: string
  seriesId: string
  withWhom: string
  childId?: string
  date: string
  time: string
  at: Date
  repeatWeekly: boolean
  note: string
  status: Call['status']
  reminded: boolean
  feedback: { mood: CallMood; at: Date; tipId: string | null } | null
  requestKey?: string
  createdAt: Date
  updatedAt: Date
}

/** The instant of a China-time date and time of day. */
export function callInstant(date: string, time: string): Date {
  const [h, m] = time.split(':').map(Number)
  return new Date(chinaDayStart(date).getTime() + (h * 60 + m) * 60_000)
}

function view(c: CallRecord): Call {
  return {
    id: c._id,
    seriesId: c.seriesId,
    withWhom: c.withWhom,
    ...(c.childId ? { childId: c.childId } : {}),
    date: c.date,
    time: c.time,
    at: iso(c.at)!,
    repeatWeekly: c.repeatWeekly,
    note: c.note,
    status: c.status,
    reminded: !!c.reminded,
    feedback: c.feedback ? { mood: c.feedback.mood, at: iso(c.feedback.at)!, tipId: c.feedback.tipId } : null,
    createdAt: iso(c.createdAt)!,
    updatedAt: iso(c.updatedAt)!
  }
}

function requireWorker(caller: Caller): void {
  if (!caller.user.roles.some((r) => r.role === 'worker')) throw new AppError('FORBIDDEN')
}

async function checkOwnChild(caller: Caller, childId: string | undefined): Promise<void> {
  if (!childId) return
  const child = await byId<{ guardianOpenid: string }>(coll.children(), childId)
  if (!child || child.guardianOpenid !== caller.openid) throw new AppError('NOT_FOUND')
}

async function loadOwnCall(caller: Caller, id: string): Promise<CallRecord> {
  const call = await byId<CallRecord>(coll.calls(), id)
  // someone else's call: the same answer as one that does not exist
  if (!call || call.openid !== caller.openid) throw new AppError('NOT_FOUND')
  return call
}

async function enqueueReminder(c: Pick<CallRecord, '_id' | 'at'>): Promise<void> {
  const at = new Date(c.at)
  // the key names the time: moving the call makes a new job; the old one finds the time changed and does nothing
  await enqueueJob(`${CALL_REMINDER_JOB}:${c._id}:${at.toISOString()}`, CALL_REMINDER_JOB, new Date(Math.max(Date.now(), at.getTime() - REMIND_BEFORE_MS)), {
    callId: c._id,
    at: at.toISOString()
  })
}

export async function createCall(p: P<'calls.create'>, caller: Caller) {
  requireWorker(caller)
  await checkOwnChild(caller, p.childId)
  const at = callInstant(p.date, p.time)
  const requestKey = `${caller.openid}:${p.requestId}`
  const id = idFor(requestKey, 'c')
  const existing = await byId<CallRecord>(coll.calls(), id)
  if (existing) {
    await enqueueReminder(existing)
    return { call: view(existing) }
  }
  if (at.getTime() <= Date.now()) throw new AppError('CALL_IN_PAST')
  const now = new Date()
  const record: CallRecord = {
    _id: id,
    openid: caller.openid,
    seriesId: id,
    withWhom: p.withWhom,
    ...(p.childId ? { childId: p.childId } : {}),
    date: p.date,
    time: p.time,
    at,
    repeatWeekly: p.repeatWeekly,
    note: p.note,
    status: 'planned',
    reminded: false,
    feedback: null,
    requestKey,
    createdAt: now,
    updatedAt: now
  }
  const stored = (await addUnlessDuplicate(coll.calls(), record as unknown as Record<string, unknown>)) ? record : await byId<CallRecord>(coll.calls(), id)
  if (!stored) throw new AppError('INTERNAL')
  await enqueueReminder(stored)
  return { call: view(stored) }
}

export async function updateCall(p: P<'calls.update'>, caller: Caller) {
  requireWorker(caller)
  const call = await loadOwnCall(caller, p.id)
  if (call.status !== 'planned' || new Date(call.at).getTime() <= Date.now()) throw new AppError('CALL_NOT_EDITABLE')
  if (p.childId !== undefined) await checkOwnChild(caller, p.childId)
  const { id: _id, ...patch } = p
  const next = { ...call, ...patch }
  const at = callInstant(next.date, next.time)
  if (at.getTime() <= Date.now()) throw new AppError('CALL_IN_PAST')
  const change = { ...patch, at, updatedAt: new Date(), ...(at.getTime() !== new Date(call.at).getTime() ? { reminded: false } : {}) }
  try {
    // names the time read: an edit racing the reminder job or another edit → CONFLICT
    const n = await updatedCount(coll.calls().where({ _id: call._id, status: 'planned', updatedAt: call.updatedAt }).update({ data: change }))
    if (n !== 1) throw new AppError('CONFLICT')
  } catch (e) {
    if (isDuplicate(e)) throw new AppError('CONFLICT') // moved onto the date of another call of the series
    throw e
  }
  if (call.repeatWeekly && p.repeatWeekly === false) await cancelLaterInSeries(call)
  const updated = { ...next, ...change } as CallRecord
  await enqueueReminder(updated)
  return { call: view(updated) }
}

async function cancelLaterInSeries(call: CallRecord): Promise<number> {
  return updatedCount(
    coll.calls().where({ seriesId: call.seriesId, openid: call.openid, status: 'planned', date: _.gt(call.date) }).update({ data: { status: 'cancelled', updatedAt: new Date() } })
  )
}

export async function deleteCall({ id, series }: P<'calls.delete'>, caller: Caller) {
  requireWorker(caller)
  const call = await loadOwnCall(caller, id)
  let cancelled = 0
  if (call.status === 'planned') {
    cancelled += await updatedCount(coll.calls().where({ _id: id, status: 'planned' }).update({ data: { status: 'cancelled', updatedAt: new Date() } }))
  }
  if (series) {
    cancelled += await cancelLaterInSeries(call)
    // the series stops: no new weeks are created from the remaining calls
    await coll.calls().where({ seriesId: call.seriesId, openid: caller.openid }).update({ data: { repeatWeekly: false } })
  }
  return { cancelled }
}

export async function listCalls(_p: P<'calls.list'>, caller: Caller) {
  requireWorker(caller)
  const all = await rows<CallRecord>(coll.calls().where({ openid: caller.openid }).orderBy('at', 'desc').limit(200).get())
  const now = Date.now()
  const time = (c: CallRecord) => new Date(c.at).getTime()
  const upcoming = all.filter((c) => c.status === 'planned' && time(c) > now).reverse()
  const askFeedback = all.filter((c) => c.status === 'planned' && time(c) <= now && time(c) > now - ASK_FEEDBACK_MS && !c.feedback)
  const history = all.filter((c) => time(c) <= now || c.status === 'cancelled').slice(0, 50)
  return { upcoming: upcoming.map(view), askFeedback: askFeedback.map(view), history: history.map(view) }
}

export async function callFeedback({ id, mood }: P<'calls.feedback'>, caller: Caller) {
  requireWorker(caller)
  const call = await loadOwnCall(caller, id)
  if (call.status === 'cancelled') throw new AppError('CALL_NOT_EDITABLE')
  if (new Date(call.at).getTime() > Date.now()) throw new AppError('FEEDBACK_TOO_EARLY')
  const tip = tipForMood(COURSE.tips ?? [], mood, call._id, await callAgeBands(call))
  const feedback = { mood, at: new Date(), tipId: tip?.id ?? null }
  await coll.calls().doc(call._id).update({ data: { status: 'done', feedback, updatedAt: new Date() } })
  return {
    call: view({ ...call, status: 'done', feedback }),
    tip: tip ? { id: tip.id, title: tip.title, body: tip.body } : null
  }
}

/** The age band of the call's child; without one (or once deleted), those of all the caller's children. */
async function callAgeBands(call: CallRecord): Promise<AgeBand[]> {
  const today = chinaDate()
  if (call.childId) {
    const child = await byId<{ guardianOpenid: string; birthDate: string }>(coll.children(), call.childId)
    const band = child && child.guardianOpenid === call.openid ? ageBandOf(ageAt(child.birthDate, today)) : null
    if (band) return [band]
  }
  return childAgeBands(call.openid, today)
}

// ---- scheduler ---------------------------------------------------------------------------------

/** Job `call.reminder` {callId, at}: inbox + push (where credit exists), then the next week of a series. */
export async function runCallReminder(job: JobRecord): Promise<void> {
  const callId = String(job.payload?.callId ?? '')
  const at = String(job.payload?.at ?? '')
  const call = await byId<CallRecord>(coll.calls(), callId)
  // cancelled or moved since this job was made: nothing to do
  if (!call || call.status !== 'planned' || new Date(call.at).toISOString() !== at) return
  // the next week first: a series must not stop because one reminder could not be pushed
  if (call.repeatWeekly) await planNextWeek(call)
  const outcome = await deliver(`call:${call._id}:${at}`, {
    kind: 'call_reminder',
    openid: call.openid,
    subjectId: call._id,
    inbox: { kind: 'call_reminder', params: { callId: call._id, withWhom: call.withWhom, callAt: at } },
    values: { withWhom: call.withWhom, callAt: new Date(call.at), note: call.note || call.withWhom, hint: '' }
  })
  if (outcome === 'sent') await coll.calls().doc(call._id).update({ data: { reminded: true } })
}

async function planNextWeek(call: CallRecord): Promise<void> {
  const date = addDays(call.date, 7)
  const id = idFor(`${call.seriesId}:${date}`, 'c')
  const now = new Date()
  const next: CallRecord = {
    _id: id,
    openid: call.openid,
    seriesId: call.seriesId,
    withWhom: call.withWhom,
    ...(call.childId ? { childId: call.childId } : {}),
    date,
    time: call.time,
    at: callInstant(date, call.time),
    repeatWeekly: true,
    note: call.note,
    status: 'planned',
    reminded: false,
    feedback: null,
    createdAt: now,
    updatedAt: now
  }
  await addUnlessDuplicate(coll.calls(), next as unknown as Record<string, unknown>) // a rerun finds it
  const stored = await byId<CallRecord>(coll.calls(), id)
  if (stored && stored.status === 'planned') await enqueueReminder(stored)
}
