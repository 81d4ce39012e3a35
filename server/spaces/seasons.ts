// Space seasons: HR creates, edits, opens, closes, cancels; staff assignment.
import { ZodError, type ZodIssue } from 'zod'
import { AppError } from '../../src/common/errors'
import { hasRole } from '../../src/common/roles'
import { spaceFieldProblems, type SpaceFields } from '../../src/common/spaces/schemas'
import type { Caller } from '../core/action'
import { updatedCount } from '../core/cloud'
import { checkTexts, markUpdate, nextMark, SCENE, type TextCheck } from '../core/content-security'
import { _, byId, coll, rows } from './db'
import { loadSpaceAsHr } from './access'
import { notify } from './notify'
import { fillFreePlaces } from './places'
import type { RegistrationRecord, SpaceRecord } from './records'
import { configuredRetentionDays, scheduleRetention } from './retention'
import { scheduleSeasonStart } from '../reminders/space-events'
import type { UserRecord } from '../core/action'
import { ACTIVE_REGISTRATION_STATUSES } from '../../src/common/spaces/schemas'

/** The space's texts families read (the season list, registration, notices link to it). */
function spaceTexts(f: Partial<SpaceFields>): TextCheck[] {
  return [
    { field: 'name', text: f.name, scene: SCENE.forum },
    { field: 'location', text: f.location, scene: SCENE.forum },
    { field: 'notesForParents', text: f.notesForParents, scene: SCENE.forum }
  ].filter((t) => t.text !== undefined) as TextCheck[]
}

export async function createSpace(caller: Caller, p: SpaceFields & { factoryId: string; requestId?: string }): Promise<SpaceRecord> {
  if (!hasRole(caller.user.roles, 'hr', p.factoryId)) throw new AppError('FORBIDDEN')
  const { factoryId, requestId, ...fields } = p
  const requestKey = requestId ? `${factoryId}:${requestId}` : undefined
  if (requestKey) {
    const [existing] = await rows<SpaceRecord>(coll.spaces().where({ requestKey }).field({ tickets: false }).limit(1).get())
    if (existing) return existing
  }
  const { review } = await checkTexts(caller.openid, spaceTexts(fields))
  const now = new Date()
  const mark = nextMark(null, [], review, now)
  const doc: Omit<SpaceRecord, '_id'> = {
    ...fields,
    ...(mark ? { moderation: mark } : {}),
    factoryId,
    status: 'draft',
    taken: 0,
    waiting: 0,
    seq: 0,
    staffOpenids: [],
    retentionDays: configuredRetentionDays(),
    ...(requestKey ? { requestKey } : {}),
    createdBy: caller.openid,
    createdAt: now,
    updatedAt: now
  }
  let id: string
  try {
    id = String(((await coll.spaces().add({ data: doc })) as { _id: string })._id)
  } catch (e) {
    const [twin] = requestKey ? await rows<SpaceRecord>(coll.spaces().where({ requestKey }).field({ tickets: false }).limit(1).get()) : []
    if (twin) return twin
    throw e
  }
  const space = { ...doc, _id: id }
  await scheduleRetention(space)
  await scheduleSeasonStart(space) // "starts tomorrow" to confirmed families
  return space
}

export async function updateSpace(caller: Caller, { spaceId, ...patch }: Partial<SpaceFields> & { spaceId: string }): Promise<SpaceRecord> {
  const space = await loadSpaceAsHr(caller, spaceId)
  if (space.status === 'cancelled') throw new AppError('INVALID_STATE')
  const merged = { ...space, ...patch }
  const problems = spaceFieldProblems(merged)
  if (problems.length) {
    throw new AppError('VALIDATION_FAILED', new ZodError(problems.map((p): ZodIssue => ({ code: 'custom', path: [p.path], message: p.message }))))
  }
  const texts = spaceTexts(patch).filter((t) => t.text !== space[t.field as keyof SpaceFields])
  const { review } = await checkTexts(caller.openid, texts)
  const now = new Date()
  const mark = texts.length ? nextMark(space.moderation, texts.map((t) => t.field), review, now) : undefined
  const data = { ...patch, updatedAt: now, ...(mark !== undefined ? markUpdate(mark) : {}) }
  if (patch.capacity !== undefined && patch.capacity !== space.capacity) {
    // Conditional on the places taken being at most the new capacity, so a registration
    // landing in between cannot be pushed over it.
    const n = await updatedCount(coll.spaces().where({ _id: spaceId, taken: _.lte(patch.capacity) }).update({ data }))
    if (n !== 1) throw new AppError('CAPACITY_TOO_LOW')
  } else {
    await coll.spaces().doc(spaceId).update({ data })
  }
  if (patch.endDate && patch.endDate !== space.endDate) await scheduleRetention(merged)
  if (patch.startDate && patch.startDate !== space.startDate) await scheduleSeasonStart(merged) // the old date's job sees the move and does nothing
  if (patch.capacity && patch.capacity > space.capacity) await fillFreePlaces(spaceId, now)
  return (await reload(spaceId))!
}

async function reload(spaceId: string) {
  const [s] = await rows<SpaceRecord>(coll.spaces().where({ _id: spaceId }).field({ tickets: false }).limit(1).get())
  return s
}

/** open / close: conditional on the status it leaves, so two HR taps cannot race into a wrong state. */
export async function setStatus(caller: Caller, spaceId: string, to: 'open' | 'closed'): Promise<SpaceRecord> {
  const space = await loadSpaceAsHr(caller, spaceId)
  if (space.status === to) return space
  const from = to === 'open' ? ['draft', 'closed'] : ['open']
  const n = await updatedCount(coll.spaces().where({ _id: spaceId, status: _.in(from) }).update({ data: { status: to, updatedAt: new Date() } }))
  if (n !== 1) throw new AppError('INVALID_STATE')
  const fresh = (await reload(spaceId))!
  if (to === 'open') await scheduleSeasonStart(fresh) // idempotent; covers spaces made before it existed
  return fresh
}

/** Cancels the season: every active registration ends and each family is told once. */
export async function cancelSpace(caller: Caller, spaceId: string, reason: string): Promise<SpaceRecord> {
  const space = await loadSpaceAsHr(caller, spaceId)
  if (space.status === 'cancelled') return space
  // every family of the space is told the reason (inbox)
  const { review } = await checkTexts(caller.openid, [{ field: 'cancelReason', text: reason, scene: SCENE.comment }])
  const now = new Date()
  const mark = nextMark(space.moderation, ['cancelReason'], review, now)
  const n = await updatedCount(
    coll.spaces()
      .where({ _id: spaceId, status: _.neq('cancelled') })
      .update({ data: { status: 'cancelled', cancelReason: reason, updatedAt: now, ...markUpdate(mark) } })
  )
  if (n !== 1) return (await reload(spaceId))!
  const told = new Set<string>()
  for (;;) {
    // arrivals cannot start any more (claimArrival needs status open); page through what is active
    const batch = await rows<RegistrationRecord>(
      coll.registrations().where({ spaceId, status: _.in([...ACTIVE_REGISTRATION_STATUSES]) }).limit(100).get()
    )
    if (!batch.length) break
    for (const reg of batch) {
      await coll.registrations().where({ _id: reg._id, status: reg.status }).update({
        data: { status: 'cancelled', decisionReason: reason, updatedAt: now, activeKey: _.remove(), offerExpiresAt: _.remove() }
      })
      if (!told.has(reg.guardianOpenid)) {
        told.add(reg.guardianOpenid)
        await notify(reg.guardianOpenid, 'space_cancelled', { spaceId, spaceName: space.name, reason })
      }
    }
  }
  await coll.spaces().doc(spaceId).update({ data: { taken: 0, waiting: 0 } })
  return (await reload(spaceId))!
}

export async function assignStaff(caller: Caller, spaceId: string, openid: string, assigned: boolean): Promise<SpaceRecord> {
  const space = await loadSpaceAsHr(caller, spaceId)
  if (assigned) {
    const user = await byId<UserRecord>(coll.users(), openid)
    if (!user || !hasRole(user.roles, 'staff', space.factoryId)) throw new AppError('NOT_STAFF')
    await coll.spaces().doc(spaceId).update({ data: { staffOpenids: _.addToSet(openid), updatedAt: new Date() } })
  } else {
    await coll.spaces().doc(spaceId).update({ data: { staffOpenids: _.pull(openid), updatedAt: new Date() } })
  }
  return (await reload(spaceId))!
}
