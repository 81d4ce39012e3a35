// No registration left half-made. A registration is inserted 'arriving', then its
// place-or-waitlist decision is taken (tickets.<regId> on the space, with the
// counter) and written into it. A function killed in between leaves it
// 'arriving': the family can neither see nor cancel it, and the space may have
// counted it. This scheduler job settles every arrival older than a minute (no
// live request is that old: the api function's limit is seconds): it finishes
// it with the recorded decision (or takes one now, while the space is open), or
// withdraws it and gives back what was counted; the family is told the outcome
// once (inbox line + push where credit exists, keyed by registration and kind).
import { updatedCount } from '../core/cloud'
import { forEachLimited } from '../core/concurrency'
import type { JobHandler } from '../scheduler/registry'
import { _, byId, coll, enqueueJob, rows } from './db'
import { notify } from './notify'
import { claimArrival, fillFreePlaces, recordedTicket, returnTicket } from './places'
import type { ChildRecord, RegistrationRecord, SpaceRecord } from './records'
import { finishArrival } from './registrations'

export const SETTLE_JOB = 'spaces.settleArrivals'
/** an arrival this old has no request working on it any more */
export const SETTLE_AFTER_MS = 60_000
const PAGE = 50
const IN_FLIGHT = 8

type Counters = Pick<SpaceRecord, '_id' | 'capacity' | 'taken' | 'waiting'>

async function spacesWithFreePlaceAndWaiters(): Promise<Counters[]> {
  const open = await rows<Counters>(coll.spaces().where({ status: 'open', waiting: _.gt(0) }).field({ capacity: true, taken: true, waiting: true }).limit(1000).get())
  return open.filter((s) => s.taken < s.capacity)
}

/**
 * Each timer run (two reads): a settle job when an arrival is stuck, or when a place
 * is free while families wait (freed while an arrival was on its way to the waitlist).
 */
export async function ensureSettleJob(now: Date): Promise<void> {
  const cutoff = new Date(now.getTime() - SETTLE_AFTER_MS)
  const [stuck, free] = await Promise.all([
    rows<{ _id: string }>(coll.registrations().where({ status: 'arriving', createdAt: _.lt(cutoff) }).orderBy('createdAt', 'asc').field({ _id: true }).limit(1).get()),
    spacesWithFreePlaceAndWaiters()
  ])
  if (!stuck.length && !free.length) return
  // one job per minute and state seen (the oldest stuck arrival, the spaces to fill): timer runs
  // that overlap do not duplicate it, and what turns up after this minute's job ran is not left
  // waiting for the next minute
  const state = [stuck[0]?._id ?? '-', ...free.map((s) => s._id)].join(',')
  await enqueueJob(`${SETTLE_JOB}:${Math.floor(now.getTime() / 60_000)}:${state}`, SETTLE_JOB, now, {})
}

export type Settled = 'finished' | 'withdrawn' | 'already'

/** Settles one stuck arrival (idempotent: a twin request or another run may have done it). */
export async function settleStuckArrival(reg: RegistrationRecord, now = new Date()): Promise<Settled> {
  const [spaceRows, child] = await Promise.all([
    rows<SpaceRecord>(coll.spaces().where({ _id: reg.spaceId }).field({ tickets: false }).limit(1).get()),
    byId<ChildRecord>(coll.children(), reg.childId)
  ])
  const space = spaceRows[0]
  const ticket = space ? await recordedTicket(space._id, reg._id) : null
  // no decision yet: take it now if the family can still get in (the child exists, the space is open)
  const decided = ticket ?? (space && child && space.status === 'open' ? await claimArrival(space, reg._id) : 'closed')
  if (decided !== 'closed' && space && child) {
    const view = await finishArrival(reg, space, child, decided)
    return view.id === reg._id && view.status !== 'cancelled' ? 'finished' : 'already'
  }
  const withdrawn = await updatedCount(
    coll
      .registrations()
      .where({ _id: reg._id, status: 'arriving' })
      .update({ data: { status: 'cancelled', decisionReason: 'withdrawn: not completed', updatedAt: now, activeKey: _.remove() } })
  )
  if (withdrawn !== 1) return 'already'
  // what was counted for it goes back (and a freed place to the waitlist's head)
  if (space && decided !== 'closed') await returnTicket(space._id, reg._id, decided)
  await notify(reg.guardianOpenid, 'registration_withdrawn', {
    spaceId: reg.spaceId,
    spaceName: space?.name,
    registrationId: reg._id,
    childGivenName: child?.givenName
  })
  return 'withdrawn'
}

/** Job `spaces.settleArrivals`: every stuck arrival, then free places to waiting families. */
export const runSettle: JobHandler = async (_job, ctx) => {
  const cutoff = new Date(ctx.now().getTime() - SETTLE_AFTER_MS)
  const seen = new Set<string>()
  for (;;) {
    if (ctx.timeLeft() < 1_500) return { more: true }
    const page = await rows<RegistrationRecord>(
      coll.registrations().where({ status: 'arriving', createdAt: _.lt(cutoff) }).orderBy('createdAt', 'asc').limit(PAGE).get()
    )
    const fresh = page.filter((r) => !seen.has(r._id))
    if (!fresh.length) break
    fresh.forEach((r) => seen.add(r._id))
    await forEachLimited(fresh, IN_FLIGHT, (reg) => settleStuckArrival(reg, ctx.now()), () => ctx.timeLeft() > 0)
    if (page.length < PAGE) break
  }
  for (const s of await spacesWithFreePlaceAndWaiters()) {
    if (ctx.timeLeft() <= 0) return { more: true }
    await fillFreePlaces(s._id, ctx.now())
  }
}
