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
import { cloud } from '../core/cloud'
import { _, coll, currentEnvId, idFor, updatedCount } from './db'
import { markMainSwitchOff, refundCredit, takeCredit, zeroCredit } from './credit-store'
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
