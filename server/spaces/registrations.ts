// Registration of a child for a space: eligibility, the arrival (place or
// waitlist), offers, cancellation, and HR's decisions.
import { AppError } from '../../src/common/errors'
import { checkTexts, nextMark, SCENE } from '../core/content-security'
import { chinaDate } from '../../src/common/spaces/dates'
import { checkEligibility, refusalCode } from '../../src/common/spaces/eligibility'
import { ACTIVE_REGISTRATION_STATUSES, type Registration, type RegistrationStatus } from '../../src/common/spaces/schemas'
import type { Caller } from '../core/action'
import { isDuplicateKeyError, updatedCount } from '../core/cloud'
import { idFor } from '../core/ids'
import { randomBytes } from 'crypto'
import { hasRole } from '../../src/common/roles'
import { _, byId, coll, countOf, rows } from './db'
import { loadSpace } from './access'
import { consentState } from './consent'
import { notify } from './notify'
import { claimArrival, releaseCount, returnTicket } from './places'
import { holdsPlace, offerIsOpen, placedStatus } from './queue'
import { arrivalContext } from './arrival-reads'
import type { ChildRecord, RegistrationRecord, SpaceRecord, Ticket } from './records'
import { registrationView } from './views'

export async function waitlistPositionOf(reg: RegistrationRecord): Promise<number | undefined> {
  if (reg.status !== 'waitlisted') return undefined
  const q = new Date(reg.queuedAt ?? 0)
  const ahead = _.or([{ queuedAt: _.lt(q) }, { queuedAt: q, _id: _.lt(reg._id) }])
  return 1 + (await countOf(coll.registrations().where(_.and([{ spaceId: reg.spaceId, status: 'waitlisted' }, ahead])).count()))
}

export async function viewOf(reg: RegistrationRecord, space: Pick<SpaceRecord, 'name'>, child: Pick<ChildRecord, 'givenName'>): Promise<Registration> {
  return registrationView(reg, { spaceName: space.name, childGivenName: child.givenName }, await waitlistPositionOf(reg))
}

async function activeRegistrationsOf(childId: string): Promise<RegistrationRecord[]> {
  return rows<RegistrationRecord>(
    coll.registrations().where({ childId, status: _.in([...ACTIVE_REGISTRATION_STATUSES]) }).limit(100).get()
  )
}

export async function eligibilityFor(caller: Caller, space: SpaceRecord, child: ChildRecord, now = new Date(), known?: RegistrationRecord[]) {
  const active = known ? known.filter((r) => ACTIVE_REGISTRATION_STATUSES.includes(r.status)) : await activeRegistrationsOf(child._id)
  const otherSpaceIds = [...new Set(active.map((r) => r.spaceId).filter((id) => id !== space._id))]
  const others = otherSpaceIds.length
    ? await rows<SpaceRecord>(coll.spaces().where({ _id: _.in(otherSpaceIds) }).field({ startDate: true, endDate: true }).limit(100).get())
    : []
  const datesOf = new Map(others.map((s) => [s._id, s]))
  return checkEligibility({
    space: { ...space, id: space._id },
    child,
    today: chinaDate(now),
    guardianIsMember: hasRole(caller.user.roles, 'worker', space.factoryId),
    activeRegistrations: active.map((r) => ({
      spaceId: r.spaceId,
      startDate: r.spaceId === space._id ? space.startDate : (datesOf.get(r.spaceId)?.startDate ?? '0000-00-00'),
      endDate: r.spaceId === space._id ? space.endDate : (datesOf.get(r.spaceId)?.endDate ?? '0000-00-00')
    }))
  })
}

/** What a registration is before its decision: who, for which space, and under which request. */
export interface ArrivalBase {
  _id: string
  spaceId: string
  childId: string
  guardianOpenid: string
  requestKey?: string
}

/**
 * The registration a decision makes, as stored: made when the ticket was, active ones holding
 * the child's slot for the space (activeKey), a waitlisted one stamped with when it joined.
 */
export function registrationRecord(base: ArrivalBase, space: Pick<SpaceRecord, 'factoryId'>, ticket: Ticket, status: RegistrationStatus, extra: Partial<RegistrationRecord> = {}): RegistrationRecord {
  const now = new Date()
  return {
    ...base,
    factoryId: space.factoryId,
    status,
    seq: 0,
    ...(ACTIVE_REGISTRATION_STATUSES.includes(status) ? { activeKey: `${base.spaceId}:${base.childId}` } : {}),
    ...(status === 'waitlisted' ? { queuedAt: now } : {}),
    createdAt: ticket.at ? new Date(ticket.at) : now,
    updatedAt: now,
    ...extra
  }
}

/**
 * Writes the registration, already decided by its ticket (one insert: never half-made), and
 * tells the family once. A waitlisted one is stamped with the time it is written (queuedAt,
 * then its id): that is the waitlist's order, and the position counts those stamped before,
 * so it is counted alongside the insert (written moments apart, the families' positions
 * agree with the list HR sees).
 * When the insert finds the registration already written (a twin of the request, or the
 * settle job) it answers with that one; when the child got an active registration for this
 * space by another request meanwhile, the ticket is given back.
 */
export async function writeArrival(base: ArrivalBase, space: SpaceRecord, child: Pick<ChildRecord, 'givenName'>, ticket: Ticket): Promise<Registration> {
  const status = arrivalStatus(ticket, space)
  const reg = registrationRecord(base, space, ticket, status)
  const [inserted, position] = await Promise.all([
    (coll.registrations().add({ data: reg }) as Promise<unknown>).then(
      () => null,
      (e: unknown) => e
    ),
    waitlistPositionOf(reg)
  ])
  if (inserted !== null) {
    const stored = await byId<RegistrationRecord>(coll.registrations(), reg._id)
    if (stored && stored.spaceId === reg.spaceId && stored.childId === reg.childId) {
      // written by a twin, or by this insert whose answer was lost: the family's line is keyed
      // by registration and kind, so telling again never makes a second one
      const view = await viewOf(stored, space, child)
      if (stored.status === status) await tellArrival(stored, space, child, view)
      return view
    }
    await returnTicket(space._id, reg._id, ticket)
    if (stored) throw new AppError('CONFLICT') // the request id was used for another registration
    if (isDuplicateKeyError(inserted)) throw new AppError('ALREADY_REGISTERED')
    throw inserted
  }
  const view = registrationView(reg, { spaceName: space.name, childGivenName: child.givenName }, position)
  await tellArrival(reg, space, child, view)
  return view
}

/** The status an arrival's decision gives its registration. */
export function arrivalStatus(ticket: Ticket, space: Pick<SpaceRecord, 'requiresApproval'>): RegistrationStatus {
  return ticket.placed ? placedStatus(space.requiresApproval) : 'waitlisted'
}

/** The family's inbox line about its arrival (one per registration and kind: telling again adds nothing). */
export function arrivalKind(status: RegistrationStatus): 'registration_confirmed' | 'registration_pending' | 'registration_waitlisted' {
  return status === 'confirmed' ? 'registration_confirmed' : status === 'pending' ? 'registration_pending' : 'registration_waitlisted'
}

export async function tellArrival(reg: RegistrationRecord, space: SpaceRecord, child: Pick<ChildRecord, 'givenName'>, view: Registration): Promise<void> {
  await notify(reg.guardianOpenid, arrivalKind(reg.status), {
    spaceId: space._id,
    spaceName: space.name,
    registrationId: reg._id,
    childGivenName: child.givenName,
    ...(view.waitlistPosition ? { waitlistPosition: view.waitlistPosition } : {})
  })
}

/**
 * The registration's id: from the request (a retry, even after an app restart, is the same
 * registration and finds its ticket) or, without one, new.
 */
function registrationIdFor(openid: string, requestKey: string | undefined): string {
  return idFor(requestKey ?? `${openid}:${randomBytes(12).toString('hex')}`, 'g')
}

/**
 * The rush's hot path, 4 database requests for a place and 5 for a waitlist slot: the
 * context (the caller's user record comes with the child: readsOwnUser in handlers.ts), the
 * decision, the registration written already decided (with the waitlist position counted
 * alongside), the family's inbox line.
 */
export async function createRegistration(
  { openid }: Pick<Caller, 'openid'>,
  { spaceId, childId, requestId }: { spaceId: string; childId: string; requestId?: string }
): Promise<Registration> {
  // one request for the child, its guardian's user record and consent, the child's registrations and the space
  const { child, guardian, consent, space, registrations } = await arrivalContext(spaceId, childId)
  if (!child || child.guardianOpenid !== openid || !guardian) throw new AppError('NOT_FOUND')
  const caller: Caller = { openid, user: guardian }
  if (!consentState(consent).upToDate) throw new AppError('CONSENT_REQUIRED')
  if (!space) throw new AppError('NOT_FOUND')
  const requestKey = requestId ? `${caller.openid}:${requestId}` : undefined
  const regId = registrationIdFor(openid, requestKey)

  // a retry of this very request (after an app restart, a lost answer) finds what the first attempt made
  const earlier = registrations.find((r) => r._id === regId)
  if (earlier) {
    if (earlier.spaceId !== spaceId || earlier.childId !== childId) throw new AppError('CONFLICT')
    return viewOf(earlier, space, child)
  }

  const verdict = await eligibilityFor(caller, space, child, new Date(), registrations)
  const code = refusalCode(verdict.reasons)
  if (code) throw new AppError(code, { reasons: verdict.reasons })

  // a retry whose first attempt died after its decision finds that decision (same id)
  const ticket = await claimArrival(space, regId, { childId, at: new Date() })
  if (ticket === 'closed') throw new AppError('REGISTRATION_CLOSED')
  if (ticket.childId && ticket.childId !== childId) throw new AppError('CONFLICT')
  return writeArrival({ _id: regId, spaceId, childId, guardianOpenid: openid, ...(requestKey ? { requestKey } : {}) }, space, child, ticket)
}

async function ownView(reg: RegistrationRecord): Promise<Registration> {
  const [space, child] = await Promise.all([loadSpace(reg.spaceId), byId<ChildRecord>(coll.children(), reg.childId)])
  return viewOf(reg, space, { givenName: child?.givenName ?? '' })
}

/** Moves a registration from one of `from` to `to`; false if someone else changed it first. */
async function transition(reg: RegistrationRecord, from: RegistrationStatus[], to: RegistrationStatus, extra: Record<string, unknown> = {}) {
  const now = new Date()
  const inactive = !ACTIVE_REGISTRATION_STATUSES.includes(to)
  const n = await updatedCount(
    coll
      .registrations()
      .where({ _id: reg._id, status: _.in(from) })
      .update({ data: { status: to, updatedAt: now, ...extra, ...(inactive ? { activeKey: _.remove(), offerExpiresAt: _.remove() } : {}) } })
  )
  return n === 1
}

/** Ends a registration and gives back what it held (a place, or a waitlist slot). */
async function endRegistration(reg: RegistrationRecord, to: RegistrationStatus, extra: Record<string, unknown> = {}): Promise<boolean> {
  const from = reg.status as RegistrationStatus
  if (!ACTIVE_REGISTRATION_STATUSES.includes(from)) return false
  if (!(await transition(reg, [from], to, extra))) return false
  if (holdsPlace(from)) await releaseCount(reg.spaceId, reg._id, 'taken')
  else if (from === 'waitlisted') await releaseCount(reg.spaceId, reg._id, 'waiting')
  return true
}

export async function cancelRegistration(caller: Caller, reg: RegistrationRecord): Promise<Registration> {
  if (!(await endRegistration(reg, 'cancelled'))) throw new AppError('INVALID_STATE')
  const fresh = (await byId<RegistrationRecord>(coll.registrations(), reg._id))!
  const view = await ownView(fresh)
  await notify(caller.openid, 'registration_cancelled', { spaceId: reg.spaceId, spaceName: view.spaceName, registrationId: reg._id, childGivenName: view.childGivenName })
  return view
}

export async function acceptOffer(reg: RegistrationRecord, now = new Date()): Promise<Registration> {
  const space = await loadSpace(reg.spaceId)
  if (reg.status === 'offered' && !offerIsOpen(reg, now)) {
    await expireOffer(reg._id, now)
    throw new AppError('OFFER_EXPIRED')
  }
  if (reg.status !== 'offered') throw new AppError('INVALID_STATE')
  const to = placedStatus(space.requiresApproval)
  const n = await updatedCount(
    coll
      .registrations()
      .where({ _id: reg._id, status: 'offered', offerExpiresAt: _.gt(now) })
      .update({ data: { status: to, updatedAt: now, offerExpiresAt: _.remove() } })
  )
  if (n !== 1) throw new AppError('OFFER_EXPIRED')
  const child = await byId<ChildRecord>(coll.children(), reg.childId)
  const view = await viewOf({ ...reg, status: to, offerExpiresAt: undefined, updatedAt: now }, space, { givenName: child?.givenName ?? '' })
  await notify(reg.guardianOpenid, to === 'confirmed' ? 'registration_confirmed' : 'registration_pending', {
    spaceId: space._id,
    spaceName: space.name,
    registrationId: reg._id,
    childGivenName: view.childGivenName
  })
  return view
}

export async function declineOffer(reg: RegistrationRecord): Promise<Registration> {
  if (reg.status !== 'offered' || !(await endRegistration(reg, 'declined'))) throw new AppError('INVALID_STATE')
  return ownView((await byId<RegistrationRecord>(coll.registrations(), reg._id))!)
}

/** Scheduler job / late accept: an offer past its deadline expires and the place moves on. Idempotent. */
export async function expireOffer(registrationId: string, now = new Date()): Promise<boolean> {
  const reg = await byId<RegistrationRecord>(coll.registrations(), registrationId)
  if (!reg || reg.status !== 'offered' || offerIsOpen(reg, now)) return false
  const n = await updatedCount(
    coll
      .registrations()
      .where({ _id: reg._id, status: 'offered', offerExpiresAt: _.lte(now) })
      .update({ data: { status: 'expired', updatedAt: now, activeKey: _.remove() } })
  )
  if (n !== 1) return false
  const space = await loadSpace(reg.spaceId).catch(() => null)
  await notify(reg.guardianOpenid, 'offer_expired', { spaceId: reg.spaceId, spaceName: space?.name, registrationId: reg._id })
  await releaseCount(reg.spaceId, reg._id, 'taken', now)
  return true
}

/** HR approves (pending → confirmed) or rejects (→ rejected, place released) with a reason. */
export async function decide(reg: RegistrationRecord, decision: 'approve' | 'reject', reason: string | undefined, hrOpenid: string): Promise<RegistrationRecord> {
  if (reg.status !== 'pending') throw new AppError('INVALID_STATE')
  // the family reads the reason (inbox); hrOpenid is the caller of this invocation
  const { review } = await checkTexts(hrOpenid, [{ field: 'reason', text: reason, scene: SCENE.comment }])
  const mark = nextMark(null, [], review, new Date())
  const extra = { decidedBy: hrOpenid, ...(reason ? { decisionReason: reason } : {}), ...(mark ? { moderation: mark } : {}) }
  const ok = decision === 'approve' ? await transition(reg, ['pending'], 'confirmed', extra) : await endRegistration(reg, 'rejected', extra)
  if (!ok) throw new AppError('INVALID_STATE')
  const fresh = (await byId<RegistrationRecord>(coll.registrations(), reg._id))!
  const space = await loadSpace(reg.spaceId)
  await notify(reg.guardianOpenid, decision === 'approve' ? 'registration_approved' : 'registration_rejected', {
    spaceId: space._id,
    spaceName: space.name,
    registrationId: reg._id,
    ...(reason ? { reason } : {})
  })
  return fresh
}

/** Every active registration of a child ends (child deleted / consent withdrawn). */
export async function endAllOfChild(childId: string): Promise<number> {
  let ended = 0
  for (const reg of await activeRegistrationsOf(childId)) {
    if (await endRegistration(reg, 'cancelled')) ended++
  }
  return ended
}

export { endRegistration }
