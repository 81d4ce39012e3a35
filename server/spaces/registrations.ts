// Registration of a child for a space: eligibility, the arrival (place or
// waitlist), offers, cancellation, and HR's decisions.
import { AppError } from '../../src/common/errors'
import { checkTexts, nextMark, SCENE } from '../core/content-security'
import { chinaDate } from '../../src/common/spaces/dates'
import { checkEligibility, refusalCode } from '../../src/common/spaces/eligibility'
import { ACTIVE_REGISTRATION_STATUSES, type Registration, type RegistrationStatus } from '../../src/common/spaces/schemas'
import type { Caller } from '../core/action'
import { updatedCount } from '../core/cloud'
import { hasRole } from '../../src/common/roles'
import { _, byId, coll, countOf, db, rows } from './db'
import { loadSpace } from './access'
import { consentState } from './consent'
import { notify } from './notify'
import { claimArrival, leaveWaitlist, recordedTicket, releasePlace, type Ticket } from './places'
import { holdsPlace, offerIsOpen, placedStatus } from './queue'
import { arrivalContext } from './arrival-reads'
import type { ChildRecord, RegistrationRecord, SpaceRecord } from './records'
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
    coll.registrations().where({ childId, status: _.in([...ACTIVE_REGISTRATION_STATUSES, 'arriving']) }).limit(100).get()
  )
}

const LIVE: string[] = [...ACTIVE_REGISTRATION_STATUSES, 'arriving']

export async function eligibilityFor(caller: Caller, space: SpaceRecord, child: ChildRecord, now = new Date(), known?: RegistrationRecord[]) {
  const active = known ? known.filter((r) => LIVE.includes(r.status)) : await activeRegistrationsOf(child._id)
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

/**
 * Writes the arrival decision into the registration (only while it is still
 * 'arriving': a twin request or the settle job may have done it) and, if this
 * call wrote it, tells the family once. A waitlisted arrival is stamped with the
 * time it joins the queue (queuedAt, then its id): that is the waitlist's order.
 * (The function's clock: a server timestamp would have to be read back for the
 * family's position, one more round trip.)
 */
export async function finishArrival(reg: RegistrationRecord, space: SpaceRecord, child: Pick<ChildRecord, 'givenName'>, ticket: Ticket): Promise<Registration> {
  const status: RegistrationStatus = ticket.placed ? placedStatus(space.requiresApproval) : 'waitlisted'
  const now = new Date()
  const done: RegistrationRecord = { ...reg, status, updatedAt: now, ...(status === 'waitlisted' ? { queuedAt: now } : {}) }
  // The position counts the others queued before this stamp, so it does not need this write
  // first: both go out together (one round trip fewer for a waitlisted family).
  const [wrote, position] = await Promise.all([
    updatedCount(
      coll
        .registrations()
        .where({ _id: reg._id, status: 'arriving' })
        .update({ data: { status, updatedAt: now, ...(status === 'waitlisted' ? { queuedAt: now } : {}) } })
    ),
    waitlistPositionOf(done)
  ])
  if (wrote !== 1) {
    const stored = await byId<RegistrationRecord>(coll.registrations(), reg._id)
    if (!stored) throw new AppError('CONFLICT')
    return viewOf(stored, space, child)
  }
  const view = registrationView(done, { spaceName: space.name, childGivenName: child.givenName }, position)
  const kind = status === 'confirmed' ? 'registration_confirmed' : status === 'pending' ? 'registration_pending' : 'registration_waitlisted'
  await notify(reg.guardianOpenid, kind, {
    spaceId: space._id,
    spaceName: space.name,
    registrationId: reg._id,
    childGivenName: child.givenName,
    ...(view.waitlistPosition ? { waitlistPosition: view.waitlistPosition } : {})
  })
  return view
}

/** Completes (or, when the space closed meanwhile, withdraws) an 'arriving' registration. */
async function settleArrival(reg: RegistrationRecord, space: SpaceRecord, child: ChildRecord, resumed: boolean): Promise<Registration> {
  // only a resumed (retried) request can find its decision already recorded
  const ticket = (resumed ? await recordedTicket(space._id, reg._id) : null) ?? (await claimArrival(space, reg._id))
  if (ticket === 'closed') {
    // Nothing was counted for it: remove the half-made registration so a new attempt can start clean.
    await coll.registrations().where({ _id: reg._id, status: 'arriving' }).remove()
    throw new AppError('REGISTRATION_CLOSED')
  }
  return finishArrival(reg, space, child, ticket)
}

/**
 * A registration still 'arriving' that was made moments ago is most likely being
 * finished by a concurrent twin request: wait briefly for it. Null when it stays
 * 'arriving' (its request died: the caller finishes it), 'gone' when it was withdrawn.
 */
async function awaitTwin(reg: RegistrationRecord): Promise<RegistrationRecord | null | 'gone'> {
  if (Date.now() - new Date(reg.createdAt).getTime() > 5_000) return null
  for (let i = 0; i < 30; i++) {
    await new Promise((r) => setTimeout(r, 50))
    const now = await byId<RegistrationRecord>(coll.registrations(), reg._id)
    if (!now) return 'gone'
    if (now.status !== 'arriving') return now
  }
  return null
}

/**
 * The rush's hot path: the caller's user record comes with the child (readsOwnUser in
 * handlers.ts), so the whole context is one request; the caller is checked to be the guardian.
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

  const resume = async (existing: RegistrationRecord) => {
    if (existing.spaceId !== spaceId || existing.childId !== childId) throw new AppError('CONFLICT')
    if (existing.status === 'arriving') {
      // a twin request (double tap) may be finishing it right now: let it, rather than queue it twice
      const settled = await awaitTwin(existing)
      if (settled === 'gone') throw new AppError('CONFLICT')
      if (settled) return viewOf(settled, space, child)
      return settleArrival(existing, space, child, true)
    }
    return viewOf(existing, space, child)
  }
  const twinOfRequest = async () =>
    requestKey ? (await rows<RegistrationRecord>(coll.registrations().where({ requestKey }).limit(1).get()))[0] : undefined
  // a retry of this very request (after an app restart, a lost answer) finds what the first attempt made
  const earlier = requestKey ? registrations.find((r) => r.requestKey === requestKey) : undefined
  if (earlier) return resume(earlier)

  const verdict = await eligibilityFor(caller, space, child, new Date(), registrations)
  const code = refusalCode(verdict.reasons)
  if (code) {
    // "already registered" by a twin of this very request that got in after our first look
    const twin = code === 'ALREADY_REGISTERED' ? await twinOfRequest() : undefined
    if (twin) return resume(twin)
    throw new AppError(code, { reasons: verdict.reasons })
  }

  const now = new Date()
  const reg: Omit<RegistrationRecord, '_id'> & { _id?: string } = {
    spaceId,
    factoryId: space.factoryId,
    childId,
    guardianOpenid: caller.openid,
    status: 'arriving',
    seq: 0,
    activeKey: `${spaceId}:${childId}`,
    ...(requestKey ? { requestKey } : {}),
    createdAt: now,
    updatedAt: now
  }
  const result = (await (coll.registrations().add({ data: { ...reg, createdAt: db.serverDate() } }) as Promise<unknown>).catch(async (e: unknown) => {
    // unique activeKey / requestKey: a concurrent or retried request got there first
    const [twin] = await rows<RegistrationRecord>(
      coll.registrations().where(_.or([{ activeKey: reg.activeKey }, ...(requestKey ? [{ requestKey }] : [])])).limit(1).get()
    )
    if (twin && requestKey && twin.requestKey === requestKey) return { twin }
    if (twin) throw new AppError('ALREADY_REGISTERED')
    throw e
  })) as { _id?: string; twin?: RegistrationRecord }
  if (result.twin) return resume(result.twin)
  return settleArrival({ ...reg, _id: String(result._id) } as RegistrationRecord, space, child, false)
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
  if (holdsPlace(from)) await releasePlace(reg.spaceId)
  else if (from === 'waitlisted') await leaveWaitlist(reg.spaceId)
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
  await releasePlace(reg.spaceId, now)
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
    if (reg.status === 'arriving') continue
    if (await endRegistration(reg, 'cancelled')) ended++
  }
  return ended
}

export { endRegistration }
