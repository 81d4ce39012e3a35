// The contact/complaint channel: a worker (or anyone signed in) writes a short message; it reaches
// HR of the sender's factory (contact.list / contact.reply in the app) and the deployment's privacy
// contact (the same collection, read with `npm run admin -- contact-messages`). HR's answer goes to
// the sender's inbox. Keeps data minimal: topic and text, no link to a child.
import { chinaDate } from '../../src/common/china-time'
import { AppError } from '../../src/common/errors'
import { CONTACT_MAX_PER_DAY, type ContactMessage, type ContactTopic, type HrContactMessage } from '../../src/common/privacy/actions'
import type { Caller } from '../core/action'
import { _, addUnlessDuplicate, byId, countOf, db, isDuplicateKeyError, rows, updatedCount } from '../core/cloud'
import { checkTexts, moderationView, nextMark, SCENE, type ModerationMark } from '../core/content-security'
import { idFor } from '../core/ids'
import { requireHr } from '../spaces/access'

export interface ContactRecord {
  _id: string
  openid: string
  factoryId: string | null
  topic: ContactTopic
  text: string
  requestKey: string
  /** China date of sending (the daily limit counts these) */
  day: string
  status: 'open' | 'answered'
  reply: { text: string; at: Date; by: string } | null
  /** WeChat's content check suggested a person look at the text (stored, shown to HR) */
  moderation?: ModerationMark | null
  createdAt: Date
}

const messages = () => db.collection('contact_messages')
const notifications = () => db.collection('notifications')
const users = () => db.collection('users')

const iso = (d: Date | string) => new Date(d).toISOString()

export function contactView(m: ContactRecord): ContactMessage {
  return {
    id: m._id,
    topic: m.topic,
    text: m.text,
    factoryId: m.factoryId,
    createdAt: iso(m.createdAt),
    status: m.status,
    reply: m.reply ? { text: m.reply.text, at: iso(m.reply.at) } : null
  }
}

/** The factory whose HR hears from this person: where they work (else any factory they belong to), or null. Pure. */
export function recipientFactory(roles: Caller['user']['roles']): string | null {
  return roles.find((r) => r.role === 'worker')?.factoryId ?? roles[0]?.factoryId ?? null
}

/** The id of a sender's `slot`-th message of a China day: the daily limit is the number of slots. */
export const slotId = (openid: string, day: string, slot: number) => idFor(`contact:${openid}:${day}:${slot}`, 'm')

export async function sendContact(caller: Caller, p: { topic: ContactTopic; text: string; requestId: string }, now = new Date()): Promise<ContactMessage> {
  const requestKey = `${caller.openid}:${p.requestId}`
  const twin = async () => (await rows<ContactRecord>(messages().where({ requestKey }).limit(1).get()))[0]
  const earlier = await twin()
  if (earlier) return contactView(earlier)
  const day = chinaDate(now)
  // over the limit already: refused before spending a content check (its quota is the app's, not the sender's)
  if ((await countOf(messages().where({ openid: caller.openid, day }).count())) >= CONTACT_MAX_PER_DAY) throw new AppError('CONTACT_RATE_LIMITED')
  // HR reads it: the same content check as every text a second person sees (risky: nothing stored)
  const { review } = await checkTexts(caller.openid, [{ field: 'text', text: p.text, scene: SCENE.comment }])
  const moderation = nextMark(null, ['text'], review, now)
  // Each message takes the first free slot of the day; the slot is its _id, so two concurrent
  // sends can never both take the last one (the database refuses the second insert).
  for (let slot = 0; slot < CONTACT_MAX_PER_DAY; slot++) {
    const doc: ContactRecord = {
      _id: slotId(caller.openid, day, slot),
      openid: caller.openid,
      factoryId: recipientFactory(caller.user.roles),
      topic: p.topic,
      text: p.text,
      requestKey,
      day,
      status: 'open',
      reply: null,
      ...(moderation ? { moderation } : {}),
      createdAt: now
    }
    if (await addUnlessDuplicate(messages(), doc as unknown as Record<string, unknown>)) {
      console.log('[privacy] contact message', doc._id, doc.topic, doc.factoryId ?? '(no factory)')
      return contactView(doc)
    }
    const raced = await twin() // a retry of this very request took the slot
    if (raced) return contactView(raced)
  }
  throw new AppError('CONTACT_RATE_LIMITED')
}

export async function myContacts(caller: Caller): Promise<ContactMessage[]> {
  const mine = await rows<ContactRecord>(messages().where({ openid: caller.openid }).orderBy('createdAt', 'desc').limit(50).get())
  return mine.map(contactView)
}

async function hrView(m: ContactRecord, names?: Map<string, string>): Promise<HrContactMessage> {
  const name = names ? names.get(m.openid) : (await byId<{ displayName?: string }>(users(), m.openid))?.displayName
  return { ...contactView(m), senderName: name ?? '', ...moderationView(m.moderation) }
}

export async function listForHr(caller: Caller, factoryId: string, status?: 'open' | 'answered'): Promise<HrContactMessage[]> {
  requireHr(caller, factoryId)
  const found = await rows<ContactRecord>(
    messages()
      .where({ factoryId, ...(status ? { status } : {}) })
      .orderBy('createdAt', 'desc')
      .limit(100)
      .get()
  )
  const openids = [...new Set(found.map((m) => m.openid))]
  const people = openids.length ? await rows<{ _id: string; displayName?: string }>(users().where({ _id: _.in(openids) }).field({ displayName: true }).limit(100).get()) : []
  const names = new Map(people.map((u) => [u._id, u.displayName ?? '']))
  return Promise.all(found.map((m) => hrView(m, names)))
}

/** The inbox line of an answer (deterministic id: a retried reply never writes two). */
export const replyNotificationId = (messageId: string) => idFor(`contact-reply:${messageId}`, 'n')

export async function replyAsHr(caller: Caller, messageId: string, text: string, now = new Date()): Promise<HrContactMessage> {
  const m = await byId<ContactRecord>(messages(), messageId)
  // a message to no factory, or to another one: the same answer as a message that does not exist
  if (!m || !m.factoryId || !caller.user.roles.some((r) => r.factoryId === m.factoryId && r.role === 'hr')) throw new AppError('NOT_FOUND')
  if (m.status === 'answered') {
    if (m.reply?.text === text) return hrView(m)
    throw new AppError('CONTACT_ALREADY_ANSWERED')
  }
  // the worker reads the answer: checked like any text a second person sees
  await checkTexts(caller.openid, [{ field: 'text', text, scene: SCENE.comment }])
  const reply = { text, at: now, by: caller.openid }
  // conditional: two HR officers answering at once, only one answer is kept
  if ((await updatedCount(messages().where({ _id: m._id, status: 'open' }).update({ data: { status: 'answered', reply } }))) !== 1) {
    return replyAsHr(caller, messageId, text, now)
  }
  try {
    await notifications().add({
      data: {
        _id: replyNotificationId(m._id),
        openid: m.openid,
        kind: 'contact_reply',
        params: { contactId: m._id, replyText: text },
        createdAt: now,
        readAt: null
      }
    })
  } catch (e) {
    if (!isDuplicateKeyError(e)) console.error('[privacy] reply inbox line not stored', m._id, e)
  }
  return hrView({ ...m, status: 'answered', reply })
}
