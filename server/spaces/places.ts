// Places and the waitlist, under concurrency. The space document carries the
// counters (taken, waiting). An arrival is decided by ONE conditional update of
// them (a place while one is free and nobody waits, else a waitlist slot), which
// also records the decision as tickets.<regId>: no read-compare-retry loop, so
// its cost does not grow with the number of families pressing at once. The
// waitlist order is the order in which arrivals are written into it
// (registrations.queuedAt, then _id).
import { DEFAULT_OFFER_HOURS } from '../../src/common/spaces/policy'
import { _, coll, enqueueJob, rows } from './db'
import { updatedCount } from '../core/cloud'
import { notify } from './notify'
import { arrivalGetsPlace, offerExpiry } from './queue'
import type { RegistrationRecord, SpaceRecord, Ticket } from './records'

type Counters = Pick<SpaceRecord, '_id' | 'status' | 'capacity' | 'taken' | 'waiting' | 'name'>
const COUNTER_FIELDS = { status: true, capacity: true, taken: true, waiting: true, name: true }
/** bound on places handed out by one fillFreePlaces call (a capacity raise hands out several) */
const MAX_FILLS = 200

export const OFFER_EXPIRY_JOB = 'spaces.offerExpiry'

async function readCounters(spaceId: string): Promise<Counters | null> {
  const data = await rows<Counters>(coll.spaces().where({ _id: spaceId }).field(COUNTER_FIELDS).limit(1).get())
  return data[0] ?? null
}

export type Arrival = Ticket | 'closed'

/**
 * Decides place or waitlist for an arrival with one conditional update (two only when
 * the counters changed between the caller's read and now), BEFORE its registration is
 * written: the registration is then written once, already decided. Each update names
 * the state it relies on (a free place and nobody waiting / no free place or somebody
 * waiting) and that no ticket exists for this registration id yet, so concurrent
 * arrivals never overbook and a decision is never taken twice (a retry of the same
 * request, same id, gets the recorded one). The counters the caller read pick the
 * first try. `arrivals` counts claims and `auditFrom` (the earliest decision not yet
 * audited: $min) tells the settle job when to look for
 * a ticket whose registration never got written (settle.ts).
 */
export async function claimArrival(
  space: Pick<SpaceRecord, '_id' | 'capacity' | 'taken' | 'waiting'>,
  regId: string,
  arrival: { childId: string; at: Date }
): Promise<Arrival> {
  const cap = space.capacity
  const ticket = `tickets.${regId}`
  const record = (placed: boolean): Ticket => ({ placed, at: arrival.at, childId: arrival.childId })
  // (the SDK types $min for numbers; a date compares and serializes as in $set)
  const counted = { arrivals: _.inc(1), auditFrom: _.min(arrival.at as unknown as number) }
  const unticketed = { _id: space._id, status: 'open', capacity: cap, [ticket]: _.exists(false) }
  const place = () =>
    updatedCount(coll.spaces().where({ ...unticketed, taken: _.lt(cap), waiting: 0 }).update({ data: { taken: _.inc(1), [ticket]: record(true), ...counted } }))
  const queue = (guarded: boolean) =>
    updatedCount(
      coll
        .spaces()
        .where(guarded ? _.and([unticketed, _.or([{ taken: _.gte(cap) }, { waiting: _.gt(0) }])]) : { _id: space._id, status: 'open', [ticket]: _.exists(false) })
        .update({ data: { waiting: _.inc(1), [ticket]: record(false), ...counted } })
    )
  const placeFirst = arrivalGetsPlace(space)
  if (placeFirst ? await place() : await queue(true)) return record(placeFirst)
  if (placeFirst ? await queue(true) : await place()) return record(!placeFirst)
  // Neither held (capacity edited, or the counters moved twice meanwhile): the waitlist
  // is always safe (never overbooks); a free place then goes to its head (fillFreePlaces).
  if (await queue(false)) return record(false)
  // Not open any more, or this registration was decided by a twin request: say which.
  return (await recordedTicket(space._id, regId)) ?? 'closed'
}

/** The arrival decision already recorded for this registration, if any (retry path). */
export async function recordedTicket(spaceId: string, regId: string): Promise<Ticket | null> {
  const data = await rows<{ tickets?: Record<string, Ticket> }>(coll.spaces().where({ _id: spaceId }).field({ [`tickets.${regId}`]: true }).limit(1).get())
  return data[0]?.tickets?.[regId] ?? null
}

/** Gives back what a decided arrival counted, when its registration is not written after all. */
export async function returnTicket(spaceId: string, regId: string, ticket: Ticket): Promise<void> {
  const counter = ticket.placed ? 'taken' : 'waiting'
  const n = await updatedCount(
    coll
      .spaces()
      .where({ _id: spaceId, [`tickets.${regId}`]: _.exists(true), [counter]: _.gt(0) })
      .update({ data: { [counter]: _.inc(-1), [`tickets.${regId}`]: _.remove() } })
  )
  if (n === 1) await fillFreePlaces(spaceId)
}

/** The waitlist's head first: queued earliest, then by id (same server millisecond). */
export const WAITLIST_ORDER: [string, 'asc'][] = [
  ['queuedAt', 'asc'],
  ['_id', 'asc']
]

/**
 * A registration that held a place (`taken`: cancelled, rejected, declined, expired) or a
 * waitlist slot (`waiting`) ended: one fewer, its ticket dropped (the tickets are the
 * registrations the counters count), and free places refilled.
 */
export async function releaseCount(spaceId: string, regId: string, counter: 'taken' | 'waiting', now = new Date()): Promise<void> {
  await coll.spaces().where({ _id: spaceId, [counter]: _.gt(0) }).update({ data: { [counter]: _.inc(-1), [`tickets.${regId}`]: _.remove() } })
  await fillFreePlaces(spaceId, now)
}

/**
 * While places are free and families wait: move one place from "free" to
 * "offered" (one conditional update: a place is free and somebody waits), then
 * give it to the head of the waitlist (conditional on that registration still
 * waiting). If nobody can be found (their arrival is still being written), put
 * the counters back; the settle job refills when it finishes that arrival.
 */
export async function fillFreePlaces(spaceId: string, now = new Date(), offerHours = DEFAULT_OFFER_HOURS): Promise<number> {
  let offered = 0
  const s = await readCounters(spaceId)
  if (!s || s.status === 'cancelled') return offered
  for (let i = 0; i < MAX_FILLS; i++) {
    const won = await updatedCount(
      coll
        .spaces()
        .where({ _id: spaceId, status: _.neq('cancelled'), capacity: s.capacity, taken: _.lt(s.capacity), waiting: _.gt(0) })
        .update({ data: { taken: _.inc(1), waiting: _.inc(-1) } })
    )
    if (won !== 1) return offered
    let q = coll.registrations().where({ spaceId, status: 'waitlisted' })
    for (const [field, dir] of WAITLIST_ORDER) q = q.orderBy(field, dir)
    const head = await rows<RegistrationRecord>(q.limit(5).get())
    let given: RegistrationRecord | null = null
    const expiresAt = offerExpiry(now, offerHours)
    for (const reg of head) {
      const ok = await updatedCount(
        coll
          .registrations()
          .where({ _id: reg._id, status: 'waitlisted' })
          .update({ data: { status: 'offered', offeredAt: now, offerExpiresAt: expiresAt, updatedAt: now } })
      )
      if (ok === 1) {
        given = reg
        break
      }
    }
    if (!given) {
      await coll.spaces().doc(spaceId).update({ data: { taken: _.inc(-1), waiting: _.inc(1) } })
      return offered
    }
    offered++
    await enqueueJob(`${OFFER_EXPIRY_JOB}:${given._id}:${expiresAt.getTime()}`, OFFER_EXPIRY_JOB, expiresAt, { registrationId: given._id })
    await notify(given.guardianOpenid, 'offer_made', {
      spaceId,
      spaceName: s.name,
      registrationId: given._id,
      offerExpiresAt: expiresAt.toISOString()
    })
  }
  return offered
}
