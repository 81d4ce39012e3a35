// Notice fan-out and "remind those who have not read", as scheduler jobs that
// work in batches and checkpoint a cursor, so a notice to 10,000 people spreads
// over several runs and a run killed anywhere is simply continued:
// - inbox lines and deliveries have deterministic ids (one per notice and
//   recipient), so redoing a batch finds what exists and adds only what is missing;
// - the WeChat push of a delivery is claimed (pending → sending) before it is
//   sent, so no recipient is ever pushed twice.
import type { Notice, NoticeAudience, NoticeCounts } from '../../src/common/reminders/schemas'
import type { JobRecord } from '../scheduler/policy'
import type { JobContext } from '../scheduler/registry'
import type { ModerationMark } from '../core/content-security'
import { _, addAllUnlessDuplicate, byId, coll, countOf, rows, updatedCount } from './db'
import { recipientPage } from './audience'
import { creditId } from './credit-store'
import { deliveryDoc, deliveryId, notificationDoc, notificationId, pushMany, pushOnce, templateIdOf, type DeliveryRecord, type Message } from './push'
import { envLimit, forEachLimited } from '../core/concurrency'

export interface NoticeRecord {
  _id: string
  factoryId: string
  title: string
  body: string
  spaceId?: string
  spaceName?: string
  audience: NoticeAudience
  status: Notice['status']
  sendAt: Date
  sentAt: Date | null
  createdBy: string
  createdByName: string
  createdAt: Date
  requestKey: string
  reminders: number
  lastRemindAt: Date | null
  readCount: number
  /** title or body marked for review by the content check (sent all the same) */
  moderation?: ModerationMark | null
  /** counts frozen when the fan-out finished (the list shows these) */
  finalCounts?: Omit<NoticeCounts, 'read'>
}

export const noticeDeliveryKey = (noticeId: string, openid: string) => `notice:${noticeId}:${openid}`

/** Recipients per batch: one page query, a few batched reads/writes, then the pushes. */
export const FANOUT_BATCH = 200
/**
 * Pushes in flight at once within a batch: claimed, credited and recorded together
 * (one request each per group, pushMany) and sent together (one at a time, a run
 * would mostly wait on the network). The scheduler function's FANOUT_CONCURRENCY
 * environment variable overrides it. A run killed mid-batch leaves at most this
 * many deliveries 'sending' (counted as pushed, never resent).
 */
export const DEFAULT_FANOUT_CONCURRENCY = 32
export const fanoutConcurrency = () => envLimit('FANOUT_CONCURRENCY', DEFAULT_FANOUT_CONCURRENCY)
/** Stop starting a batch when less than this is left of the run's budget. */
const BATCH_RESERVE_MS = 1_500

/** Live counts from the deliveries (exact after any crash: one delivery per recipient). */
export async function liveCounts(noticeId: string): Promise<NoticeCounts> {
  const count = (where: Record<string, unknown>) => countOf(coll.deliveries().where({ noticeId, ...where }).count())
  const [recipients, pushed, noCredit, failed, read] = await Promise.all([
    count({}),
    // 'sending' = a run died between claiming and recording the answer: counted as pushed, never resent
    count({ push: _.in(['sent', 'sending']) }),
    count({ push: 'no_credit' }),
    count({ push: 'failed' }),
    count({ confirmedAt: _.neq(null) })
  ])
  return { recipients, pushed, noCredit, failed, read }
}

function noticeMessage(n: NoticeRecord, openid: string): Message {
  return {
    kind: 'notice',
    openid,
    subjectId: n._id,
    inbox: { kind: 'notice', params: { noticeId: n._id, title: n.title, ...(n.spaceId ? { spaceId: n.spaceId, spaceName: n.spaceName } : {}) } },
    values: { title: n.title, body: n.body, sentAt: n.sentAt ?? new Date(), factoryName: '' }
  }
}

/** Ids among `ids` that exist in the collection (one request). */
async function existingIds(c: ReturnType<typeof coll.deliveries>, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set()
  const data = await rows<{ _id: string }>(c.where({ _id: _.in(ids) }).field({ _id: true }).limit(ids.length).get())
  return new Set(data.map((d) => d._id))
}

/** Which of these users hold a credit for the template (one request). */
async function withCredit(openids: string[], templateId: string): Promise<Set<string>> {
  if (!openids.length) return new Set()
  const data = await rows<{ openid: string }>(
    coll.credits().where({ _id: _.in(openids.map((o) => creditId(o, templateId))), credit: _.gt(0) }).field({ openid: true }).limit(openids.length).get()
  )
  return new Set(data.map((c) => c.openid))
}

/** Inbox line + delivery for each recipient that has none yet, then the pushes still pending. */
async function deliverBatch(n: NoticeRecord, openids: string[], ctx: JobContext): Promise<void> {
  const now = new Date()
  const keyOf = (o: string) => noticeDeliveryKey(n._id, o)
  // the three reads of a batch are independent: one round trip, not three
  const [existing, inboxHave, credited] = await Promise.all([
    rows<DeliveryRecord>(
      coll.deliveries().where({ _id: _.in(openids.map((o) => deliveryId(keyOf(o)))) }).field({ _id: true, openid: true, push: true, pushAttempts: true }).limit(openids.length).get()
    ),
    existingIds(coll.notifications(), openids.map((o) => notificationId(keyOf(o)))),
    withCredit(openids, templateIdOf('notice'))
  ])
  const have = new Set(existing.map((d) => d.openid))
  const missing = openids.filter((o) => !have.has(o))
  let fresh: DeliveryRecord[] = []
  if (missing.length) {
    // no credit: settled now, in the same write (saves a request per recipient)
    fresh = missing.map((o) =>
      deliveryDoc(keyOf(o), noticeMessage(n, o), credited.has(o) ? 'pending' : 'no_credit', now, { noticeId: n._id, factoryId: n.factoryId, confirmedAt: null, remindRound: 0 })
    )
    // batched inserts with deterministic ids (a rerun adds only what is missing); the inbox
    // lines first: a delivery that exists means its inbox line does (a rerun skips both)
    await addAllUnlessDuplicate(
      coll.notifications(),
      missing.filter((o) => !inboxHave.has(notificationId(keyOf(o)))).map((o) => notificationDoc(keyOf(o), noticeMessage(n, o), now))
    )
    await addAllUnlessDuplicate(coll.deliveries(), fresh as unknown as Record<string, unknown>[])
  }
  const pending = [...existing, ...fresh].filter((d) => d.push === 'pending')
  // a push not started in time stays pending: the retry phase of a later run sends it
  await pushMany(pending, (o) => noticeMessage(n, o), fanoutConcurrency(), () => ctx.timeLeft() > 0)
}

/** Job `notice.fanout` {noticeId, cursor?, phase?}. */
export async function runFanout(job: JobRecord, ctx: JobContext): Promise<void | { more: boolean }> {
  const noticeId = String(job.payload?.noticeId ?? '')
  let n = await byId<NoticeRecord>(coll.notices(), noticeId)
  if (!n || n.status === 'cancelled' || n.status === 'sent') return
  if (n.status === 'scheduled') {
    const now = ctx.now()
    // only a scheduled notice starts sending (a cancel that came first wins)
    if ((await updatedCount(coll.notices().where({ _id: noticeId, status: 'scheduled' }).update({ data: { status: 'sending', sentAt: now } }))) !== 1) return
    n = { ...n, status: 'sending', sentAt: now }
  }
  let cursor = (job.payload?.cursor as string | null | undefined) ?? null
  let phase = (job.payload?.phase as 'deliver' | 'retry' | undefined) ?? 'deliver'
  for (;;) {
    if (ctx.timeLeft() < BATCH_RESERVE_MS) return { more: true }
    if (phase === 'deliver') {
      const page = await recipientPage(n.factoryId, n.audience, cursor, FANOUT_BATCH)
      await deliverBatch(n, page.openids, ctx)
      cursor = page.next
      if (!cursor) phase = 'retry'
      await ctx.checkpoint({ cursor, phase })
      continue
    }
    // retry phase: pushes left pending (a run that stopped mid-batch, or a transient error)
    const pending = await rows<DeliveryRecord>(coll.deliveries().where({ noticeId, push: 'pending' }).limit(FANOUT_BATCH).get())
    if (!pending.length) break
    const outcomes = await pushMany(pending, (o) => noticeMessage(n, o), fanoutConcurrency(), () => ctx.timeLeft() > 0)
    if (outcomes.length < pending.length) return { more: true } // out of time
    if (outcomes.includes('retry')) return { more: true } // transient WeChat errors: try again next run, not in a tight loop
  }
  const counts = await liveCounts(noticeId)
  const { read: _read, ...finalCounts } = counts
  await coll.notices().where({ _id: noticeId, status: 'sending' }).update({ data: { status: 'sent', finalCounts, finishedAt: new Date() } })
}

/** Job `notice.remind` {noticeId, round, cursor?}: one more push where credit exists; the inbox line turns unread again. */
export async function runRemind(job: JobRecord, ctx: JobContext): Promise<void | { more: boolean }> {
  const noticeId = String(job.payload?.noticeId ?? '')
  const round = Number(job.payload?.round ?? 0)
  const n = await byId<NoticeRecord>(coll.notices(), noticeId)
  if (!n || !round) return
  let cursor = (job.payload?.cursor as string | null | undefined) ?? null
  for (;;) {
    if (ctx.timeLeft() < BATCH_RESERVE_MS) return { more: true }
    const page = await rows<DeliveryRecord>(
      coll.deliveries().where({ noticeId, confirmedAt: null, ...(cursor ? { _id: _.gt(cursor) } : {}) }).orderBy('_id', 'asc').limit(FANOUT_BATCH).get()
    )
    if (!page.length) return
    const now = new Date()
    // inbox badge: the line is unread again (read-but-not-confirmed people see it once more)
    await coll.notifications().where({ _id: _.in(page.map((d) => d.notificationId)), readAt: _.neq(null) }).update({ data: { readAt: null, remindedAt: now } })
    const todo = page.filter((d) => (d.remindRound ?? 0) < round)
    const credited = await withCredit(todo.map((d) => d.openid), templateIdOf('notice'))
    const without = todo.filter((d) => !credited.has(d.openid)).map((d) => d._id)
    if (without.length) {
      await coll.deliveries().where({ _id: _.in(without), remindRound: _.lt(round) }).update({ data: { remindRound: round, remindPush: 'no_credit', remindedAt: now } })
    }
    await forEachLimited(
      todo.filter((x) => credited.has(x.openid)),
      fanoutConcurrency(),
      (d) => pushOnce(d, noticeMessage(n, d.openid), { field: 'remindPush', claimWhere: { remindRound: _.lt(round) }, claimData: { remindRound: round, remindedAt: now } }),
      () => ctx.timeLeft() > 0
    )
    if (ctx.timeLeft() <= 0 && todo.some((d) => credited.has(d.openid))) {
      // unfinished page: redo it next run (claimed ones are skipped by their remindRound)
      await ctx.checkpoint({ cursor })
      return { more: true }
    }
    cursor = page[page.length - 1]._id
    await ctx.checkpoint({ cursor })
    if (page.length < FANOUT_BATCH) return
  }
}
