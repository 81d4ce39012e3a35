// Delivering a message to one person: the in-app inbox line is always written,
// a WeChat subscribe message only where a credit exists. Each delivery has a
// unique key (per job and recipient); its `push` field moves
//   pending → sending → sent | no_credit | failed        (or back to pending on a transient error)
// and only the invocation that moved it to `sending` may send, so a rerun after
// a crash never pushes twice (a crash while `sending` leaves it there: at most once).
import { classifySendError } from '../../src/common/reminders/credits'
import { renderFields } from '../../src/common/reminders/message-fields'
import type { MessageKind } from '../../src/common/reminders/schemas'
import type { Notification } from '../../src/common/spaces/schemas'
import { randomBytes } from 'crypto'
import { cloud } from '../core/cloud'
import { forEachLimited } from '../core/concurrency'
import { _, coll, currentEnvId, idFor, rows, updatedCount } from './db'
import { creditId, markMainSwitchOff, refundCredit, takeCredit, zeroCredit } from './credit-store'
import { pageFor, templatesFor } from './template-registry'

export type PushState = 'pending' | 'sending' | 'sent' | 'no_credit' | 'failed'

export interface DeliveryRecord {
  _id: string
  key: string
  kind: MessageKind
  openid: string
  notificationId: string
  push: PushState
  pushAttempts?: number
  errCode?: number | null
  noticeId?: string
  confirmedAt?: Date | null
  remindRound?: number
  remindPush?: PushState
  createdAt: Date
}

/** What one message says: its inbox line and the values its template fields are filled from. */
export interface Message {
  kind: MessageKind
  openid: string
  /** id the message opens (a notice id, a call id) */
  subjectId?: string
  inbox: { kind: Notification['kind']; params: Notification['params'] }
  values: Record<string, unknown>
}

export const deliveryId = (key: string) => idFor(key, 'd')
export const notificationId = (key: string) => idFor(key, 'n')

/** A transient send problem: the job runner retries it later with backoff. */
export class TransientSendError extends Error {}

export type SendResult = { ok: true } | { ok: false; errCode: number | undefined; errMsg: string }

/** One subscribeMessage.send through the real SDK (the function's config.json grants it). */
export async function sendWechat(msg: Message): Promise<SendResult> {
  const def = templatesFor(currentEnvId())[msg.kind]
  try {
    await cloud.openapi.subscribeMessage.send({
      touser: msg.openid, // explicit: timer-triggered functions have no caller
      templateId: def.templateId,
      page: pageFor(def, msg.subjectId),
      data: renderFields(def.fields, msg.values),
      miniprogramState: process.env.MINIPROGRAM_STATE || 'formal'
    } as never)
    return { ok: true }
  } catch (e) {
    const err = e as { errCode?: number; errMsg?: string; message?: string }
    return { ok: false, errCode: typeof err.errCode === 'number' ? err.errCode : undefined, errMsg: String(err.errMsg ?? err.message ?? e) }
  }
}

export function templateIdOf(kind: MessageKind): string {
  return templatesFor(currentEnvId())[kind].templateId
}

/** The inbox line of a delivery (deterministic id: a rerun finds it instead of adding a second). */
export function notificationDoc(key: string, msg: Message, now: Date): Record<string, unknown> {
  return { _id: notificationId(key), openid: msg.openid, kind: msg.inbox.kind, params: msg.inbox.params, createdAt: now, readAt: null }
}

export function deliveryDoc(key: string, msg: Message, push: PushState, now: Date, extra: Record<string, unknown> = {}): DeliveryRecord & Record<string, unknown> {
  return { _id: deliveryId(key), key, kind: msg.kind, openid: msg.openid, notificationId: notificationId(key), push, pushAttempts: 0, createdAt: now, ...extra }
}

export type PushOutcome = 'sent' | 'no_credit' | 'failed' | 'retry' | 'skipped'

const MAX_PUSH_ATTEMPTS = 3

/**
 * Pushes the delivery's WeChat message if it is still `pending` and a credit can be
 * taken. Fields are parameterised so the "remind" round can use its own state field.
 */
export async function pushOnce(
  delivery: { _id: string; pushAttempts?: number },
  msg: Message,
  opts: { field?: 'push' | 'remindPush'; claimWhere?: Record<string, unknown>; claimData?: Record<string, unknown> } = {}
): Promise<PushOutcome> {
  const field = opts.field ?? 'push'
  const deliveries = coll.deliveries()
  const claimed = await updatedCount(
    deliveries.where({ _id: delivery._id, ...(opts.claimWhere ?? { [field]: 'pending' }) }).update({ data: { [field]: 'sending', ...(opts.claimData ?? {}), sendingAt: new Date() } })
  )
  if (claimed !== 1) return 'skipped' // someone else has it, or it is settled
  const templateId = templateIdOf(msg.kind)
  if (!(await takeCredit(msg.openid, templateId))) {
    await deliveries.doc(delivery._id).update({ data: { [field]: 'no_credit' } })
    return 'no_credit'
  }
  const res = await sendWechat(msg)
  if (res.ok) {
    await deliveries.doc(delivery._id).update({ data: { [field]: 'sent', [`${field}edAt`]: new Date(), errCode: null } })
    return 'sent'
  }
  return settleSendFailure(delivery, msg, templateId, res, field)
}

/** Records a refused or failed send (the credit taken for it is zeroed, kept, or given back). */
async function settleSendFailure(
  delivery: { _id: string; pushAttempts?: number },
  msg: Message,
  templateId: string,
  res: Extract<SendResult, { ok: false }>,
  field: 'push' | 'remindPush' = 'push'
): Promise<PushOutcome> {
  const deliveries = coll.deliveries()
  switch (classifySendError(res.errCode)) {
    case 'no_credit':
      await zeroCredit(msg.openid, templateId)
      await deliveries.doc(delivery._id).update({ data: { [field]: 'no_credit', errCode: res.errCode } })
      return 'no_credit'
    case 'switch_off':
      await markMainSwitchOff(msg.openid)
      await deliveries.doc(delivery._id).update({ data: { [field]: 'no_credit', errCode: res.errCode } })
      return 'no_credit'
    case 'permanent':
      await refundCredit(msg.openid, templateId) // WeChat refused it: the credit was not used
      await deliveries.doc(delivery._id).update({ data: { [field]: 'failed', errCode: res.errCode ?? null, errMsg: res.errMsg } })
      console.error('[reminders] send refused', msg.kind, res.errCode, res.errMsg)
      return 'failed'
    case 'transient': {
      await refundCredit(msg.openid, templateId)
      const attempts = (delivery.pushAttempts ?? 0) + 1
      const giveUp = field !== 'push' || attempts >= MAX_PUSH_ATTEMPTS
      await deliveries.doc(delivery._id).update({ data: { [field]: giveUp ? 'failed' : 'pending', pushAttempts: attempts, errCode: res.errCode ?? null, errMsg: res.errMsg } })
      return giveUp ? 'failed' : 'retry'
    }
  }
}

/**
 * The pushes of many deliveries of one kind (a notice's batch), in groups of at most
 * `concurrency`: per group ONE conditional update claims them (pending → sending, with a
 * token saying which this call holds), ONE takes their credits, the sends go out
 * together, and ONE records those sent. Same guarantees as pushOnce (never twice: a run
 * killed mid-group leaves at most that group 'sending', counted as pushed, never resent),
 * at a handful of database requests per group instead of three per person.
 * `shouldStart` is asked before each group; what is not started stays pending.
 */
export async function pushMany(
  list: readonly { _id: string; openid: string; pushAttempts?: number }[],
  messageOf: (openid: string) => Message,
  concurrency: number,
  shouldStart: () => boolean = () => true
): Promise<PushOutcome[]> {
  const outcomes: PushOutcome[] = []
  for (let i = 0; i < list.length; i += concurrency) {
    if (!shouldStart()) break
    outcomes.push(...(await pushGroup(list.slice(i, i + concurrency), messageOf)))
  }
  return outcomes
}

async function pushGroup(group: readonly { _id: string; openid: string; pushAttempts?: number }[], messageOf: (openid: string) => Message): Promise<PushOutcome[]> {
  if (!group.length) return []
  const deliveries = coll.deliveries()
  const token = randomBytes(8).toString('hex')
  const ids = group.map((d) => d._id)
  const claimed = await updatedCount(deliveries.where({ _id: _.in(ids), push: 'pending' }).update({ data: { push: 'sending', claimToken: token, sendingAt: new Date() } }))
  if (!claimed) return group.map(() => 'skipped')
  const held =
    claimed === group.length
      ? new Set(ids)
      : new Set((await rows<{ _id: string }>(deliveries.where({ _id: _.in(ids), claimToken: token }).field({ _id: true }).limit(ids.length).get())).map((d) => d._id))
  const mine = group.filter((d) => held.has(d._id))
  const templateId = templateIdOf(messageOf(mine[0].openid).kind)
  // one credit each (never below zero); the token says whose were taken here
  const creditIds = mine.map((d) => creditId(d.openid, templateId))
  const taken = await updatedCount(
    coll.credits().where({ _id: _.in(creditIds), credit: _.gt(0) }).update({ data: { credit: _.inc(-1), takenBy: token, updatedAt: new Date() } })
  )
  const credited =
    taken === mine.length
      ? new Set(mine.map((d) => d.openid))
      : new Set((await rows<{ openid: string }>(coll.credits().where({ _id: _.in(creditIds), takenBy: token }).field({ openid: true }).limit(creditIds.length).get())).map((c) => c.openid))
  const without = mine.filter((d) => !credited.has(d.openid)).map((d) => d._id)
  if (without.length) await deliveries.where({ _id: _.in(without), claimToken: token }).update({ data: { push: 'no_credit' } })
  const sent: string[] = []
  const results = new Map<string, PushOutcome>()
  await forEachLimited(
    mine.filter((d) => credited.has(d.openid)),
    group.length,
    async (d) => {
      const msg = messageOf(d.openid)
      const res = await sendWechat(msg)
      if (res.ok) sent.push(d._id)
      results.set(d._id, res.ok ? 'sent' : await settleSendFailure(d, msg, templateId, res))
    }
  )
  if (sent.length) await deliveries.where({ _id: _.in(sent), claimToken: token }).update({ data: { push: 'sent', pushedAt: new Date(), errCode: null } })
  return group.map((d) => (!held.has(d._id) ? 'skipped' : !credited.has(d.openid) ? 'no_credit' : (results.get(d._id) ?? 'skipped')))
}

/**
 * One message to one person, idempotent under its key: the inbox line once,
 * then the push (at most once). A transient send error throws so the job retries.
 */
export async function deliver(key: string, msg: Message, extra: Record<string, unknown> = {}): Promise<PushOutcome> {
  const now = new Date()
  const id = deliveryId(key)
  const existing = (await coll.deliveries().where({ _id: id }).limit(1).get()) as unknown as { data: DeliveryRecord[] }
  let delivery = existing.data[0]
  if (!delivery) {
    try {
      await coll.notifications().add({ data: notificationDoc(key, msg, now) })
    } catch {
      /* already written by an earlier attempt */
    }
    const doc = deliveryDoc(key, msg, 'pending', now, extra)
    try {
      await coll.deliveries().add({ data: doc })
    } catch {
      /* an earlier attempt created it: continue with its state */
    }
    delivery = doc
  }
  const outcome = await pushOnce(delivery, msg)
  if (outcome === 'retry') throw new TransientSendError(`send to ${msg.openid} failed for now; retried later`)
  return outcome
}

export { _ }
