// Summer-space events reach families as WeChat subscribe messages where credit
// exists: registration status changes and offers (announced by the spaces
// domain's notify()), "your offer runs out in 12 hours" and "the season starts
// tomorrow" (scheduled here). Each event has one key: its inbox line is written
// once under that key and its push goes through deliver() (at most once).
import {
  offerExpiringAt,
  seasonStartNoticeAt,
  spaceEventKey,
  spaceEventPush
} from '../../src/common/reminders/space-events'
import { chinaDate } from '../../src/common/spaces/dates'
import type { Lang } from '../../src/common/lang'
import { languageOf, languagesOf } from '../me/users'
import type { Notification } from '../../src/common/spaces/schemas'
import { forEachLimited } from '../core/concurrency'
import { registerJobHandlers, registerRecurringJobs, type JobContext, type JobHandler } from '../scheduler/registry'
import type { JobRecord } from '../scheduler/policy'
import { _, addUnlessDuplicate, byId, coll, enqueueJob, iso, rows } from './db'
import { deliver, notificationDoc, notificationId, TransientSendError, type Message } from './push'
import { OFFER_EXPIRING_JOB, SEASON_START_JOB, SPACE_EVENT_PUSHES_JOB } from './job-kinds'

type Kind = Notification['kind']
type Params = Notification['params']

const PAGE = 100
const PUSH_PAGE = 50
const PUSHES_IN_FLIGHT = 8

/** Kinds that also go to WeChat; the others stay inbox lines only. */
export const isPushedSpaceEvent = (kind: Kind): boolean => spaceEventPush(kind, {}, 'zh-CN', new Date()) !== null

function messageOf(openid: string, kind: Kind, params: Params, lang: Lang, now: Date): Message | null {
  const push = spaceEventPush(kind, params, lang, now)
  return push && { kind: push.kind, openid, subjectId: params.registrationId, inbox: { kind, params }, values: push.values }
}

/** The id of the inbox line announceSpaceEvent writes for this event (lets a job check it was written). */
export function spaceEventLineId(openid: string, kind: Kind, params: Params): string {
  return notificationId(spaceEventKey(openid, kind, params))
}

/**
 * Called by the spaces domain when a registration changes: ONE write, the inbox line (the app
 * shows it at once) under the id deliver() gives it, marked `pushPending`: the line is also the
 * push's work item, which the scheduler's next run sends (ensureSpaceEventPushes). A rush of
 * registrations so costs one request per family here, not a line plus a job. For an offer, also
 * the 12-hours-left reminder. Best effort: the caller's change is already made.
 */
export async function announceSpaceEvent(openid: string, kind: Kind, params: Params, now = new Date()): Promise<void> {
  const key = spaceEventKey(openid, kind, params)
  const line = { ...notificationDoc(key, { kind: 'registration_status', openid, inbox: { kind, params }, values: {} }, now), pushPending: true }
  await addUnlessDuplicate(coll.notifications(), line).catch((e: unknown) => console.error('[reminders] space event not stored', kind, e))
  if (kind === 'offer_made' && params.registrationId && params.offerExpiresAt) {
    const at = offerExpiringAt(now, new Date(params.offerExpiresAt))
    if (!at) return
    try {
      await enqueueJob(`${OFFER_EXPIRING_JOB}:${params.registrationId}:${params.offerExpiresAt}`, OFFER_EXPIRING_JOB, at, {
        openid,
        registrationId: params.registrationId,
        offerExpiresAt: params.offerExpiresAt
      })
    } catch (e) {
      console.error('[reminders] offer reminder not queued', params.registrationId, e)
    }
  }
}

type PendingLine = { _id: string; openid: string; kind: Kind; params: Params; createdAt: Date }

const pendingPushes = () => coll.notifications().where({ pushPending: true })

/** Each scheduler run (one read): a job for the space events whose push has not gone out yet. */
export async function ensureSpaceEventPushes(now: Date): Promise<void> {
  const [first] = await rows<{ _id: string }>(pendingPushes().orderBy('createdAt', 'asc').field({ _id: true }).limit(1).get())
  // one job per minute and oldest pending line: overlapping runs do not duplicate it, and lines
  // announced after this minute's job ran do not wait for the next minute
  if (first) await enqueueJob(`${SPACE_EVENT_PUSHES_JOB}:${Math.floor(now.getTime() / 60_000)}:${first._id}`, SPACE_EVENT_PUSHES_JOB, now, {})
}

/**
 * Sends the pushes of pending space events, oldest first. deliver() is keyed by the event (at
 * most one push ever, whatever reruns); the mark goes only after it, so a run killed in between
 * leaves the line pending and the next run's deliver() finds the push already settled.
 */
async function runSpaceEventPushes(_job: JobRecord, ctx: JobContext): Promise<void | { more: boolean }> {
  for (;;) {
    if (ctx.timeLeft() < 1_500) return { more: true }
    const page = await rows<PendingLine>(pendingPushes().orderBy('createdAt', 'asc').limit(PUSH_PAGE).get())
    if (!page.length) return
    const langs = await languagesOf(page.map((l) => l.openid))
    const done: string[] = []
    await forEachLimited(page, PUSHES_IN_FLIGHT, async (line) => {
      try {
        await pushSpaceEvent(spaceEventKey(line.openid, line.kind, line.params), line.openid, line.kind, line.params, langs.get(line.openid)!, ctx.now())
      } catch (e) {
        if (e instanceof TransientSendError) return // stays pending: the next run tries again (deliver counts the attempts)
        throw e
      }
      done.push(line._id)
    })
    // the marks go after the pushes (one write for the page): a run killed before them leaves the
    // lines pending, and the next run's deliver() finds each push already settled
    if (done.length) await coll.notifications().where({ _id: _.in(done) }).update({ data: { pushPending: _.remove() } })
    if (!done.length) return // only transient failures left: next run
    if (page.length < PUSH_PAGE) return
  }
}

/** The push of one announced event (its inbox line is there already). */
async function pushSpaceEvent(key: string, openid: string, kind: Kind, params: Params, lang: Lang, now: Date): Promise<void> {
  // an offer the family has already answered (or that ran out) is not worth a push any more
  if (kind === 'offer_made' && !stillOffered(await byId<RegRow>(coll.registrations(), params.registrationId ?? ''), params.offerExpiresAt, now)) return
  const msg = messageOf(openid, kind, params, lang, now)
  if (msg) await deliver(key, msg)
}

interface RegRow {
  _id: string
  spaceId: string
  guardianOpenid: string
  status: string
  offerExpiresAt?: Date | string
}
interface SpaceRow {
  _id: string
  name: string
  startDate: string
  status: string
}

/** Is this registration still holding this very offer (not accepted, declined, expired, or re-offered)? */
const stillOffered = (reg: RegRow | null, offerExpiresAt: string | undefined, now: Date): reg is RegRow =>
  !!reg && reg.status === 'offered' && !!reg.offerExpiresAt && iso(reg.offerExpiresAt) === offerExpiresAt && new Date(reg.offerExpiresAt) > now

/** 12 hours before an offer runs out: only if the family still holds that offer. */
async function runOfferExpiring(job: JobRecord, ctx: JobContext): Promise<void> {
  const { registrationId, offerExpiresAt } = (job.payload ?? {}) as { registrationId?: string; offerExpiresAt?: string }
  const now = ctx.now()
  const reg = await byId<RegRow>(coll.registrations(), registrationId ?? '')
  if (!stillOffered(reg, offerExpiresAt, now)) return
  const space = await byId<SpaceRow>(coll.spaces(), reg.spaceId)
  const params: Params = { spaceId: reg.spaceId, spaceName: space?.name, registrationId: reg._id, offerExpiresAt }
  const msg = messageOf(reg.guardianOpenid, 'offer_expiring', params, await languageOf(reg.guardianOpenid), now)
  if (msg) await deliver(spaceEventKey(reg.guardianOpenid, 'offer_expiring', params), msg)
}

/** Plans "starts tomorrow" for a space's start date (create, open, date moved). Best effort, idempotent. */
export async function scheduleSeasonStart(space: { _id: string; startDate: string; status: string }, now = new Date()): Promise<void> {
  if (space.status === 'cancelled' || chinaDate(now) >= space.startDate) return
  try {
    await enqueueJob(`${SEASON_START_JOB}:${space._id}:${space.startDate}`, SEASON_START_JOB, seasonStartNoticeAt(space.startDate), {
      spaceId: space._id,
      startDate: space.startDate
    })
  } catch (e) {
    console.error('[reminders] season start reminder not queued', space._id, e)
  }
}

/**
 * The day before a season starts: one message per family with a confirmed place,
 * in pages with a cursor. Nothing if the space was cancelled, its start moved
 * (the job of the new date does it) or the day has already come.
 */
async function runSeasonStart(job: JobRecord, ctx: JobContext): Promise<void | { more: boolean }> {
  const { spaceId, startDate } = (job.payload ?? {}) as { spaceId?: string; startDate?: string }
  let cursor = (job.payload?.cursor as string | null | undefined) ?? null
  const space = await byId<SpaceRow>(coll.spaces(), spaceId ?? '')
  if (!space || space.status === 'cancelled' || space.startDate !== startDate || chinaDate(ctx.now()) >= space.startDate) return
  for (;;) {
    if (ctx.timeLeft() < 1_500) return { more: true }
    const regs = await rows<RegRow>(
      coll
        .registrations()
        .where({ spaceId: space._id, status: 'confirmed', ...(cursor ? { _id: _.gt(cursor) } : {}) })
        .orderBy('_id', 'asc')
        .field({ _id: true, guardianOpenid: true })
        .limit(PAGE)
        .get()
    )
    if (!regs.length) return
    const openids = [...new Set(regs.map((r) => r.guardianOpenid))]
    const langOf = await languagesOf(openids)
    for (const openid of openids) {
      const first = regs.find((r) => r.guardianOpenid === openid)!
      const params: Params = { spaceId: space._id, spaceName: space.name, registrationId: first._id }
      const msg = messageOf(openid, 'season_starts_tomorrow', params, langOf.get(openid) ?? 'zh-CN', ctx.now())
      // one per family and start date: a family with two children, or a rerun, gets it once
      if (msg) await deliver(`space-start:${space._id}:${startDate}:${openid}`, msg)
    }
    cursor = regs[regs.length - 1]._id
    await ctx.checkpoint({ cursor })
    if (regs.length < PAGE) return
  }
}

export const SPACE_EVENT_JOB_HANDLERS: Record<string, JobHandler> = {
  /** the WeChat messages of registration events (status changes, offers) not pushed yet */
  [SPACE_EVENT_PUSHES_JOB]: runSpaceEventPushes,
  /** one such message queued as its own job (before the pending-line sweep) */
  /** 12 hours before an offer runs out, if still open */
  [OFFER_EXPIRING_JOB]: runOfferExpiring,
  /** the day before a season starts, to confirmed families */
  [SEASON_START_JOB]: runSeasonStart
}

registerJobHandlers(SPACE_EVENT_JOB_HANDLERS)
registerRecurringJobs('space-event-pushes', ensureSpaceEventPushes)
