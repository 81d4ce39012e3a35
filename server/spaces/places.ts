// Places and the waitlist, under concurrency. The space document carries the
// counters (taken, waiting, seq); every change to them is a conditional
// update that names the values it read, so two requests can never both act on
// the same state: one wins (updated === 1), the other re-reads and tries again.
import { DEFAULT_OFFER_HOURS } from '../../src/common/spaces/policy'
import { _, coll, enqueueJob, rows, sleep } from './db'
import { updatedCount } from '../core/cloud'
import { notify } from './notify'
import { arrivalGetsPlace, canOfferPlace, offerExpiry } from './queue'
import type { RegistrationRecord, SpaceRecord } from './records'

type Counters = Pick<SpaceRecord, '_id' | 'status' | 'capacity' | 'taken' | 'waiting' | 'seq' | 'name'>
const COUNTER_FIELDS = { status: true, capacity: true, taken: true, waiting: true, seq: true, name: true }
const MAX_TRIES = 80

export const OFFER_EXPIRY_JOB = 'spaces.offerExpiry'

async function readCounters(spaceId: string): Promise<Counters | null> {
  const data = await rows<Counters>(coll.spaces().where({ _id: spaceId }).field(COUNTER_FIELDS).limit(1).get())
  return data[0] ?? null
}

/** Short random pause so contenders spread out instead of colliding again. */
const backoff = (attempt: number) => sleep(Math.random() * Math.min(40, 2 + attempt * 2))

export type Arrival = { seq: number; placed: boolean } | 'closed' | 'busy'

/**
 * Hands the registration its arrival number and decides place or waitlist in ONE
 * conditional update of the space (seq, taken, waiting all as read). The decision
 * is also stored as tickets.<regId> in that same update, so a retried request
 * whose first attempt died after this point finds it instead of queueing twice.
 */
export async function claimArrival(spaceId: string, regId: string): Promise<Arrival> {
  for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
    const s = await readCounters(spaceId)
    if (!s || s.status !== 'open') return 'closed'
    const placed = arrivalGetsPlace(s)
    const seq = s.seq + 1
    const won = await updatedCount(
      coll
        .spaces()
        .where({ _id: spaceId, status: 'open', seq: s.seq, taken: s.taken, waiting: s.waiting, capacity: s.capacity })
        .update({
          data: {
            seq,
            taken: placed ? s.taken + 1 : s.taken,
            waiting: placed ? s.waiting : s.waiting + 1,
            [`tickets.${regId}`]: { seq, placed }
          }
        })
    )
    if (won === 1) return { seq, placed }
    await backoff(attempt)
  }
  return 'busy'
}

/** The arrival decision already recorded for this registration, if any (retry path). */
export async function recordedTicket(spaceId: string, regId: string): Promise<{ seq: number; placed: boolean } | null> {
  const data = await rows<{ tickets?: Record<string, { seq: number; placed: boolean }> }>(
    coll.spaces().where({ _id: spaceId }).field({ [`tickets.${regId}`]: true }).limit(1).get()
  )
  return data[0]?.tickets?.[regId] ?? null
}

/** A place-holding registration ended (cancelled, rejected, declined, expired): free it and refill. */
export async function releasePlace(spaceId: string, now = new Date()): Promise<void> {
  await coll.spaces().where({ _id: spaceId, taken: _.gt(0) }).update({ data: { taken: _.inc(-1) } })
  await fillFreePlaces(spaceId, now)
}

/** A waitlisted registration ended: one fewer waiting. */
export async function leaveWaitlist(spaceId: string, now = new Date()): Promise<void> {
  await coll.spaces().where({ _id: spaceId, waiting: _.gt(0) }).update({ data: { waiting: _.inc(-1) } })
  await fillFreePlaces(spaceId, now)
}

/**
 * While places are free and families wait: move one place from "free" to
 * "offered" (conditional on the counters as read), then give it to the head of
 * the waitlist (conditional on that registration still waiting). If nobody can
 * be found (their arrival is still being written), put the counters back; that
 * arrival refills itself when it finishes.
 */
export async function fillFreePlaces(spaceId: string, now = new Date(), offerHours = DEFAULT_OFFER_HOURS): Promise<number> {
  let offered = 0
  for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
    const s = await readCounters(spaceId)
    if (!s || s.status === 'cancelled' || !canOfferPlace(s)) return offered
    const won = await updatedCount(
      coll
        .spaces()
        .where({ _id: spaceId, taken: s.taken, waiting: s.waiting, capacity: s.capacity })
        .update({ data: { taken: s.taken + 1, waiting: s.waiting - 1 } })
    )
    if (won !== 1) {
      await backoff(attempt)
      continue
    }
    const head = await rows<RegistrationRecord>(
      coll.registrations().where({ spaceId, status: 'waitlisted' }).orderBy('seq', 'asc').limit(5).get()
    )
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
