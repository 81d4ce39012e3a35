// No registration left half-made. An arrival is decided first (tickets.<regId> on the
// space, counted by the same conditional update), then its registration is written
// once, already decided. A function killed in between leaves a ticket with no
// registration: the place (or waitlist slot) is counted, the family has nothing to
// see. Each claim keeps the space's auditFrom at its earliest unchecked decision
// ($min). Once that is over a minute old (no live request is: the api function's
// limit is seconds) this scheduler job checks the decisions since: one whose
// registration is missing gets it written with the recorded decision, the family
// told once (inbox line + push where credit exists, keyed by registration and kind);
// one whose registration is written but whose family's line is missing (killed in
// between) gets its line. A ticket whose child is gone (erased meanwhile) is given
// back; one of a space cancelled meanwhile is written as withdrawn, given back, and
// the family told.
import { addUnlessDuplicate, byIds, updatedCount } from '../core/cloud'
import { forEachLimited } from '../core/concurrency'
import type { JobHandler } from '../scheduler/registry'
import { _, byId, coll, enqueueJob, rows } from './db'
import { fillFreePlaces, returnTicket } from './places'
import { notify } from './notify'
import type { ChildRecord, RegistrationRecord, SpaceRecord, Ticket } from './records'
import { arrivalKind, arrivalStatus, registrationRecord, tellArrival, viewOf, writeArrival } from './registrations'
import { spaceEventLineId } from '../reminders/space-events'

export const SETTLE_JOB = 'spaces.settleArrivals'
/** a decision this old has no request working on it any more */
export const SETTLE_AFTER_MS = 60_000
const PAGE = 50
const IN_FLIGHT = 8

type Counters = Pick<SpaceRecord, '_id' | 'capacity' | 'taken' | 'waiting'>

async function spacesWithFreePlaceAndWaiters(): Promise<Counters[]> {
  const open = await rows<Counters>(coll.spaces().where({ status: 'open', waiting: _.gt(0) }).field({ capacity: true, taken: true, waiting: true }).limit(1000).get())
  return open.filter((s) => s.taken < s.capacity)
}

/** spaces with a decision over a minute old that the settle job has not checked */
const spacesDue = (now: Date) => coll.spaces().where({ auditFrom: _.lt(new Date(now.getTime() - SETTLE_AFTER_MS)) })

/**
 * Each timer run (two reads): a settle job when a space has decisions to check, or when a
 * place is free while families wait (freed while an arrival was on its way to the waitlist).
 */
export async function ensureSettleJob(now: Date): Promise<void> {
  const [due, free] = await Promise.all([
    rows<{ _id: string; auditFrom?: Date }>(spacesDue(now).field({ _id: true, auditFrom: true }).limit(1).get()),
    spacesWithFreePlaceAndWaiters()
  ])
  if (!due.length && !free.length) return
  // one job per minute and state seen (a space to check and where its check starts, the spaces to
  // fill): timer runs that overlap do not duplicate it, and what turns up after this minute's
  // job ran is not left waiting for the next minute
  const from = due[0]?.auditFrom ? new Date(due[0].auditFrom).getTime() : 0
  const state = [due[0] ? `${due[0]._id}@${from}` : '-', ...free.map((s) => s._id)].join(',')
  await enqueueJob(`${SETTLE_JOB}:${Math.floor(now.getTime() / 60_000)}:${state}`, SETTLE_JOB, now, {})
}

export type Settled = 'finished' | 'withdrawn' | 'already'

const timeOf = (t: Ticket) => (t.at ? new Date(t.at).getTime() : 0)

/** Writes the registration of a ticket whose request died (idempotent: the insert is keyed by its id). */
export async function settleOrphanTicket(space: SpaceRecord, regId: string, ticket: Ticket): Promise<Settled> {
  const child = ticket.childId ? await byId<ChildRecord>(coll.children(), ticket.childId) : null
  if (!child) {
    await returnTicket(space._id, regId, ticket)
    return 'withdrawn'
  }
  if (space.status === 'cancelled') return withdrawOrphan(space, regId, ticket, child)
  try {
    const view = await writeArrival({ _id: regId, spaceId: space._id, childId: child._id, guardianOpenid: child.guardianOpenid }, space, child, ticket)
    return view.id === regId ? 'finished' : 'already'
  } catch (e) {
    // the child got another registration for this space meanwhile: its ticket went back
    console.warn('[spaces] settle: arrival withdrawn', regId, (e as Error).message)
    return 'withdrawn'
  }
}

/**
 * A decision taken just before its space was cancelled (whose registrations all ended): the
 * registration is written as withdrawn (a retry of the request finds it), the count goes back,
 * the family is told once.
 */
async function withdrawOrphan(space: SpaceRecord, regId: string, ticket: Ticket, child: ChildRecord): Promise<Settled> {
  const base = { _id: regId, spaceId: space._id, childId: child._id, guardianOpenid: child.guardianOpenid }
  const wrote = await addUnlessDuplicate(coll.registrations(), { ...registrationRecord(base, space, ticket, 'cancelled', { decisionReason: 'withdrawn: not completed' }) })
  await returnTicket(space._id, regId, ticket)
  if (!wrote) return 'already'
  await notify(child.guardianOpenid, 'registration_withdrawn', { spaceId: space._id, spaceName: space.name, registrationId: regId, childGivenName: child.givenName })
  return 'withdrawn'
}

/**
 * A registration written but whose family was never told (its request died between the insert
 * and the inbox line): told now, if it still has the status its arrival gave it.
 */
async function tellIfUntold(space: SpaceRecord, reg: RegistrationRecord): Promise<boolean> {
  const child = await byId<ChildRecord>(coll.children(), reg.childId)
  if (!child) return false
  await tellArrival(reg, space, child, await viewOf(reg, space, child))
  return true
}

/**
 * Checks one space's decisions from its auditFrom that are over a minute old (no request is
 * still working on them): one without its registration gets it written, one whose family has no
 * arrival line gets it. auditFrom then moves to the earliest younger decision, or goes.
 */
export async function auditSpace(spaceId: string, now: Date): Promise<{ settled: number }> {
  const [space] = await rows<SpaceRecord>(coll.spaces().where({ _id: spaceId }).limit(1).get())
  if (!space?.auditFrom) return { settled: 0 }
  const cutoff = now.getTime() - SETTLE_AFTER_MS
  const since = new Date(space.auditFrom).getTime()
  const recent = Object.entries(space.tickets ?? {}).filter(([, t]) => timeOf(t) >= since)
  const due = recent.filter(([, t]) => timeOf(t) < cutoff)
  const written = new Map((await byIds<RegistrationRecord>(coll.registrations(), due.map(([id]) => id))).map((r) => [r._id, r]))
  // written registrations still in the status their arrival gave them: is their line there?
  const lineOf = new Map<string, RegistrationRecord>()
  for (const [id, t] of due) {
    const reg = written.get(id)
    const status = arrivalStatus(t, space)
    if (reg && reg.status === status) lineOf.set(spaceEventLineId(reg.guardianOpenid, arrivalKind(status), { spaceId: space._id, registrationId: id }), reg)
  }
  for (const line of await byIds<{ _id: string }>(coll.notifications(), [...lineOf.keys()], { _id: true })) lineOf.delete(line._id)
  let settled = 0
  const orphans = due.filter(([id]) => !written.has(id))
  await forEachLimited(orphans, IN_FLIGHT, async ([id, t]) => {
    if ((await settleOrphanTicket(space, id, t)) !== 'already') settled++
  })
  await forEachLimited([...lineOf.values()], IN_FLIGHT, async (reg) => {
    if (await tellIfUntold(space, reg)) settled++
  })
  // The next check starts at the earliest younger decision. If a claim came in since the space
  // was read, it is younger than the cutoff (its $min kept auditFrom where it was): start there.
  const young = recent.filter(([, t]) => timeOf(t) >= cutoff).map(([, t]) => timeOf(t))
  const next = young.length ? new Date(Math.min(...young)) : null
  const moved = await updatedCount(
    coll
      .spaces()
      .where({ _id: spaceId, arrivals: space.arrivals ?? 0 })
      .update({ data: { auditFrom: next ?? _.remove() } })
  )
  if (!moved) await coll.spaces().doc(spaceId).update({ data: { auditFrom: new Date(Math.min(next?.getTime() ?? cutoff, cutoff)) } })
  return { settled }
}

/** Job `spaces.settleArrivals`: every space with decisions to check, then free places to waiting families. */
export const runSettle: JobHandler = async (_job, ctx) => {
  const seen = new Set<string>()
  for (;;) {
    if (ctx.timeLeft() < 1_500) return { more: true }
    const page = await rows<{ _id: string }>(spacesDue(ctx.now()).field({ _id: true }).limit(PAGE).get())
    const fresh = page.filter((s) => !seen.has(s._id))
    if (!fresh.length) break
    fresh.forEach((s) => seen.add(s._id))
    for (const s of fresh) {
      if (ctx.timeLeft() <= 0) return { more: true }
      await auditSpace(s._id, ctx.now())
    }
    if (page.length < PAGE) break
  }
  for (const s of await spacesWithFreePlaceAndWaiters()) {
    if (ctx.timeLeft() <= 0) return { more: true }
    await fillFreePlaces(s._id, ctx.now())
  }
}
