// HR notices: compose, preview, send now or schedule, report, remind; the
// recipient's view and "I've read this". The fan-out itself is in fanout.ts.
import type { z } from 'zod'
import { AppError } from '../../src/common/errors'
import { hasRole } from '../../src/common/roles'
import type { remindersActions } from '../../src/common/reminders/actions'
import { MAX_SCHEDULE_DAYS, type Notice, type NoticeCounts, type NoticeForRecipient } from '../../src/common/reminders/schemas'
import type { Caller } from '../core/action'
import { _, addUnlessDuplicate, byId, coll, countOf, enqueueJob, idFor, iso, rows, updatedCount } from './db'
import { countRecipients } from './audience'
import { deliveryId, notificationId, type DeliveryRecord, type PushState } from './push'
import { runDueJobs } from '../scheduler/run'
// the fan-out job runs inline here (api function): its handlers must be registered
import './jobs'
import { FANOUT_JOB, REMIND_JOB } from './job-kinds'
import { liveCounts, noticeDeliveryKey, type NoticeRecord } from './fanout'
import { checkTexts, moderationView, nextMark, SCENE } from '../core/content-security'

type P<A extends keyof typeof remindersActions> = z.infer<(typeof remindersActions)[A]['payload']>

const REMIND_GAP_MS = 60 * 60_000
/** How long `notices.create` delivers inline before leaving the rest to the scheduler (api timeout is 10 s). */
const INLINE_BUDGET_MS = 3_000

export type { NoticeRecord }

function requireHr(caller: Caller, factoryId: string): void {
  if (!hasRole(caller.user.roles, 'hr', factoryId)) throw new AppError('FORBIDDEN')
}

async function loadNoticeAsHr(caller: Caller, id: string): Promise<NoticeRecord> {
  const notice = await byId<NoticeRecord>(coll.notices(), id)
  if (!notice) throw new AppError('NOT_FOUND')
  requireHr(caller, notice.factoryId)
  return notice
}

/** A space of this factory (for a link or an audience); another factory's space is NOT_FOUND. */
async function spaceOfFactory(factoryId: string, spaceId: string): Promise<{ _id: string; name: string }> {
  const space = await byId<{ _id: string; name: string; factoryId: string }>(coll.spaces(), spaceId)
  if (!space || space.factoryId !== factoryId) throw new AppError('NOT_FOUND')
  return space
}

export async function noticeView(n: NoticeRecord, counts?: NoticeCounts): Promise<Notice> {
  const c = counts ?? (n.status === 'sent' && n.finalCounts ? { ...n.finalCounts, read: n.readCount ?? 0 } : n.status === 'scheduled' || n.status === 'cancelled' ? { recipients: 0, pushed: 0, noCredit: 0, failed: 0, read: 0 } : await liveCounts(n._id))
  return {
    id: n._id,
    factoryId: n.factoryId,
    title: n.title,
    body: n.body,
    ...(n.spaceId ? { spaceId: n.spaceId } : {}),
    ...(n.spaceName ? { spaceName: n.spaceName } : {}),
    audience: n.audience,
    status: n.status,
    sendAt: iso(n.sendAt)!,
    sentAt: iso(n.sentAt),
    createdByName: n.createdByName,
    createdAt: iso(n.createdAt)!,
    reminders: n.reminders ?? 0,
    ...moderationView(n.moderation),
    counts: c
  }
}

function recipientView(n: NoticeRecord, d: DeliveryRecord): NoticeForRecipient {
  return {
    id: n._id,
    title: n.title,
    body: n.body,
    ...(n.spaceId ? { spaceId: n.spaceId } : {}),
    ...(n.spaceName ? { spaceName: n.spaceName } : {}),
    factoryId: n.factoryId,
    sentAt: iso(n.sentAt ?? d.createdAt)!,
    confirmedAt: iso(d.confirmedAt ?? null)
  }
}

// ---- HR ------------------------------------------------------------------------------------------

export async function previewNotice({ factoryId, audience }: P<'notices.preview'>, caller: Caller) {
  requireHr(caller, factoryId)
  if (audience.type === 'space_families') await spaceOfFactory(factoryId, audience.spaceId)
  return { recipients: await countRecipients(factoryId, audience) }
}

export async function createNotice(p: P<'notices.create'>, caller: Caller): Promise<{ notice: Notice }> {
  requireHr(caller, p.factoryId)
  const now = new Date()
  let sendAt = now
  if (p.sendAt) {
    sendAt = new Date(p.sendAt)
    // a minute of slack for a slow phone clock; "now" is what no sendAt means
    if (sendAt.getTime() < now.getTime() - 60_000 || sendAt.getTime() > now.getTime() + MAX_SCHEDULE_DAYS * 86_400_000) throw new AppError('NOTICE_SEND_AT_INVALID')
  }
  const requestKey = `${caller.openid}:${p.requestId}`
  const id = idFor(requestKey, 'nt')
  let notice = await byId<NoticeRecord>(coll.notices(), id)
  if (!notice) {
    const linked = p.spaceId ? await spaceOfFactory(p.factoryId, p.spaceId) : null
    if (p.audience.type === 'space_families') await spaceOfFactory(p.factoryId, p.audience.spaceId)
    if ((await countRecipients(p.factoryId, p.audience)) === 0) throw new AppError('NOTICE_NO_RECIPIENTS')
    // goes to every recipient's inbox and as a WeChat message: checked before it is stored
    const { review } = await checkTexts(caller.openid, [
      { field: 'title', text: p.title, scene: SCENE.forum },
      { field: 'body', text: p.body, scene: SCENE.forum }
    ])
    const mark = nextMark(null, [], review, now)
    const sendNow = sendAt.getTime() <= now.getTime()
    const record: NoticeRecord = {
      ...(mark ? { moderation: mark } : {}),
      _id: id,
      factoryId: p.factoryId,
      title: p.title,
      body: p.body,
      ...(linked ? { spaceId: linked._id, spaceName: linked.name } : {}),
      audience: p.audience,
      status: sendNow ? 'sending' : 'scheduled',
      sendAt,
      sentAt: sendNow ? now : null,
      createdBy: caller.openid,
      createdByName: caller.user.displayName,
      createdAt: now,
      requestKey,
      reminders: 0,
      lastRemindAt: null,
      readCount: 0
    }
    if (!(await addUnlessDuplicate(coll.notices(), record as unknown as Record<string, unknown>))) {
      notice = await byId<NoticeRecord>(coll.notices(), id)
    } else notice = record
  }
  if (!notice) throw new AppError('INTERNAL')
  // enqueued after the notice (a retry of a request that died in between enqueues it then)
  const jobId = await enqueueJob(`${FANOUT_JOB}:${notice._id}`, FANOUT_JOB, new Date(notice.sendAt), { noticeId: notice._id })
  if (notice.status === 'sending') {
    // deliver a small audience right away; the scheduler continues a big one
    await runDueJobs({ timeLimitMs: 10_000, budgetMs: INLINE_BUDGET_MS, onlyJobId: jobId })
    notice = (await byId<NoticeRecord>(coll.notices(), notice._id)) ?? notice
  }
  return { notice: await noticeView(notice) }
}

export async function listNotices({ factoryId }: P<'notices.list'>, caller: Caller) {
  requireHr(caller, factoryId)
  const data = await rows<NoticeRecord>(coll.notices().where({ factoryId }).orderBy('createdAt', 'desc').limit(100).get())
  return { items: await Promise.all(data.map((n) => noticeView(n))) }
}

const NOT_READ_LIMIT = 200

export async function noticeReport({ id }: P<'notices.report'>, caller: Caller) {
  const notice = await loadNoticeAsHr(caller, id)
  const counts = await liveCounts(id)
  const notReadWhere = { noticeId: id, confirmedAt: null }
  const [unread, notReadTotal] = await Promise.all([
    rows<DeliveryRecord & { remindedAt?: Date }>(coll.deliveries().where(notReadWhere).orderBy('createdAt', 'asc').limit(NOT_READ_LIMIT).get()),
    countOf(coll.deliveries().where(notReadWhere).count())
  ])
  const names = new Map(
    (await rows<{ _id: string; displayName: string }>(coll.users().where({ _id: _.in(unread.map((d) => d.openid)) }).field({ _id: true, displayName: true }).limit(NOT_READ_LIMIT).get())).map((u) => [u._id, u.displayName])
  )
  const publicPush = (s: PushState): 'pending' | 'sent' | 'no_credit' | 'failed' => (s === 'sending' ? 'sent' : s)
  const notRead = unread
    .map((d) => ({ displayName: names.get(d.openid) || '—', push: publicPush(d.push), deliveredAt: iso(d.createdAt)!, remindedAt: iso(d.remindedAt ?? null) }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'zh-CN'))
  return { notice: await noticeView(notice, counts), notRead, notReadTotal }
}

export async function remindNotice({ id }: P<'notices.remind'>, caller: Caller) {
  const notice = await loadNoticeAsHr(caller, id)
  if (notice.status !== 'sent') throw new AppError('NOTICE_NOT_SENT')
  const now = new Date()
  if (notice.lastRemindAt && now.getTime() - new Date(notice.lastRemindAt).getTime() < REMIND_GAP_MS) throw new AppError('NOTICE_REMIND_TOO_SOON')
  const round = (notice.reminders ?? 0) + 1
  // names the state read: two taps at once start one round
  const won = await updatedCount(
    coll.notices().where({ _id: id, reminders: notice.reminders ?? 0 }).update({ data: { reminders: round, lastRemindAt: now } })
  )
  if (won !== 1) throw new AppError('NOTICE_REMIND_TOO_SOON')
  const toRemind = await countOf(coll.deliveries().where({ noticeId: id, confirmedAt: null }).count())
  const jobId = await enqueueJob(`${REMIND_JOB}:${id}:${round}`, REMIND_JOB, now, { noticeId: id, round })
  await runDueJobs({ timeLimitMs: 10_000, budgetMs: INLINE_BUDGET_MS, onlyJobId: jobId })
  const fresh = (await byId<NoticeRecord>(coll.notices(), id)) ?? notice
  return { notice: await noticeView(fresh), toRemind }
}

export async function cancelNotice({ id }: P<'notices.cancel'>, caller: Caller) {
  const notice = await loadNoticeAsHr(caller, id)
  if (notice.status === 'cancelled') return { notice: await noticeView(notice) }
  const n = await updatedCount(coll.notices().where({ _id: id, status: 'scheduled' }).update({ data: { status: 'cancelled', cancelledAt: new Date() } }))
  if (n !== 1) throw new AppError('NOTICE_ALREADY_SENT')
  return { notice: await noticeView({ ...notice, status: 'cancelled' }) }
}

// ---- recipient -----------------------------------------------------------------------------------

async function loadAsRecipient(caller: Caller, id: string): Promise<{ notice: NoticeRecord; delivery: DeliveryRecord }> {
  const delivery = await byId<DeliveryRecord>(coll.deliveries(), deliveryId(noticeDeliveryKey(id, caller.openid)))
  // not a recipient: the same answer as a notice that does not exist
  if (!delivery || delivery.openid !== caller.openid) throw new AppError('NOT_FOUND')
  const notice = await byId<NoticeRecord>(coll.notices(), id)
  if (!notice) throw new AppError('NOT_FOUND')
  return { notice, delivery }
}

async function unreadCount(openid: string): Promise<number> {
  return countOf(coll.notifications().where({ openid, readAt: null }).count())
}

export async function getNotice({ id }: P<'notices.get'>, caller: Caller) {
  const { notice, delivery } = await loadAsRecipient(caller, id)
  await coll.notifications().where({ _id: delivery.notificationId ?? notificationId(delivery.key), openid: caller.openid, readAt: null }).update({ data: { readAt: new Date() } })
  return { notice: recipientView(notice, delivery) }
}

export async function confirmRead({ id }: P<'notices.confirmRead'>, caller: Caller) {
  const { notice, delivery } = await loadAsRecipient(caller, id)
  const now = new Date()
  const first = await updatedCount(coll.deliveries().where({ _id: delivery._id, confirmedAt: null }).update({ data: { confirmedAt: now } }))
  if (first === 1) await coll.notices().doc(id).update({ data: { readCount: _.inc(1) } })
  await coll.notifications().where({ _id: delivery.notificationId, openid: caller.openid, readAt: null }).update({ data: { readAt: now } })
  const confirmedAt = first === 1 ? now : delivery.confirmedAt
  return { notice: recipientView(notice, { ...delivery, confirmedAt }), unread: await unreadCount(caller.openid) }
}
