// Authorization of the spaces domain: roles are per factory; staff act only in
// the spaces they are assigned to; guardians only on their own children.
import { AppError } from '../../src/common/errors'
import { hasRole } from '../../src/common/roles'
import type { Caller } from '../core/action'
import { byId, coll, rows } from './db'
import type { ChildRecord, RegistrationRecord, SpaceRecord } from './records'

export function isHr(caller: Caller, factoryId: string): boolean {
  return hasRole(caller.user.roles, 'hr', factoryId)
}

export function isMember(caller: Caller, factoryId: string): boolean {
  return caller.user.roles.some((r) => r.factoryId === factoryId)
}

export function isAssignedStaff(caller: Caller, space: SpaceRecord): boolean {
  return hasRole(caller.user.roles, 'staff', space.factoryId) && space.staffOpenids.includes(caller.openid)
}

export function requireHr(caller: Caller, factoryId: string): void {
  if (!isHr(caller, factoryId)) throw new AppError('FORBIDDEN')
}

/** Reads a space without its tickets map (only the arrival code needs it). */
export async function loadSpace(spaceId: string): Promise<SpaceRecord> {
  const [space] = await rows<SpaceRecord>(coll.spaces().where({ _id: spaceId }).field({ tickets: false }).limit(1).get())
  if (!space) throw new AppError('NOT_FOUND')
  return space
}

export async function loadSpaceAsHr(caller: Caller, spaceId: string): Promise<SpaceRecord> {
  const space = await loadSpace(spaceId)
  requireHr(caller, space.factoryId)
  return space
}

export async function loadSpaceAsStaff(caller: Caller, spaceId: string, { allowHr = false } = {}): Promise<SpaceRecord> {
  const space = await loadSpace(spaceId)
  if (!isAssignedStaff(caller, space) && !(allowHr && isHr(caller, space.factoryId))) throw new AppError('FORBIDDEN')
  return space
}

/** Can the caller see this space at all (and in which capacity)? */
export function canSeeSpace(caller: Caller, space: SpaceRecord): boolean {
  if (isHr(caller, space.factoryId)) return true
  if (isAssignedStaff(caller, space)) return true
  return isMember(caller, space.factoryId) && space.status !== 'draft'
}

/** The caller's own child; another family's child reads as not found (no existence leak). */
export async function loadOwnChild(caller: Caller, childId: string): Promise<ChildRecord> {
  const child = await byId<ChildRecord>(coll.children(), childId)
  if (!child || child.guardianOpenid !== caller.openid) throw new AppError('NOT_FOUND')
  return child
}

export async function loadOwnRegistration(caller: Caller, registrationId: string): Promise<RegistrationRecord> {
  const reg = await byId<RegistrationRecord>(coll.registrations(), registrationId)
  if (!reg || reg.guardianOpenid !== caller.openid) throw new AppError('NOT_FOUND')
  return reg
}
