// Joining a factory and managing its staff/HR roles.
import { AppError } from '../../src/common/errors'
import { hasRole, type FactoryRole, type Role } from '../../src/common/roles'
import type { Caller, UserRecord } from '../core/action'
import { addUnlessDuplicate, byId, coll, rows, _ } from './db'
import { MAX_WRONG_INVITE_CODES_PER_HOUR } from '../../src/common/spaces/policy'
import { updatedCount } from '../core/cloud'
import type { FactoryRecord } from '../me/factories'
import { moderationView } from '../core/content-security'
import { attributeLearning } from '../learning/attribution'

/**
 * The invite code inside a QR code's `scene` (WeChat passes it URL-encoded, at
 * most 32 characters): either the bare code or `code=XXXX` / `c=XXXX` among `&` pairs.
 */
export function inviteCodeFromScene(scene: string): string {
  let s = scene
  try {
    s = decodeURIComponent(scene)
  } catch {
    // not encoded
  }
  const pairs = s.split('&').map((kv) => kv.split('='))
  const named = pairs.find(([k, v]) => v !== undefined && (k === 'code' || k === 'c'))
  return (named ? named[1] : s).trim()
}

export const normalizeInviteCode = (code: string) => code.trim().toUpperCase()

/**
 * Takes one of this hour's wrong-code allowances BEFORE the code is looked up, in one
 * conditional update, so a burst of guesses cannot get past the limit. The first
 * attempt of an hour creates the counter (a duplicate means someone else just did).
 */
async function reserveJoinAttempt(openid: string, now: Date): Promise<string> {
  const hour = now.toISOString().slice(0, 13)
  const id = `${openid}:${hour}`
  const take = () =>
    updatedCount(coll.inviteAttempts().where({ _id: id, wrong: _.lt(MAX_WRONG_INVITE_CODES_PER_HOUR) }).update({ data: { wrong: _.inc(1) } }))
  if ((await take()) === 1) return id
  await addUnlessDuplicate(coll.inviteAttempts(), { _id: id, openid, hour, wrong: 0 })
  if ((await take()) === 1) return id
  throw new AppError('INVITE_TOO_MANY_ATTEMPTS')
}

export async function joinFactory(caller: Caller, p: { inviteCode?: string; scene?: string }, now = new Date()) {
  const code = normalizeInviteCode(p.inviteCode ?? inviteCodeFromScene(p.scene ?? ''))
  const attempt = await reserveJoinAttempt(caller.openid, now)
  const [factory] = code ? await rows<FactoryRecord>(coll.factories().where({ inviteCode: code }).limit(1).get()) : []
  if (!factory) throw new AppError('INVITE_CODE_INVALID') // the attempt stays taken
  await coll.inviteAttempts().doc(attempt).update({ data: { wrong: _.inc(-1) } }) // a right code gives it back
  if (!hasRole(caller.user.roles, 'worker', factory._id)) {
    await coll.users().doc(caller.openid).update({ data: { roles: _.addToSet({ factoryId: factory._id, role: 'worker' }), updatedAt: new Date() } })
  }
  // the course taken before joining counts for the factory from now on
  if (!caller.user.roles.some((r) => r.role === 'worker')) await attributeLearning(caller.openid, factory._id, now)
  const roles = [...new Set<Role>([...caller.user.roles.filter((r) => r.factoryId === factory._id).map((r) => r.role), 'worker'])]
  return { factoryId: factory._id, factoryName: factory.name, roles }
}

const member = (u: UserRecord, factoryId: string) => ({
  openid: u._id,
  displayName: u.displayName,
  roles: u.roles.filter((r) => r.factoryId === factoryId).map((r) => r.role),
  ...moderationView(u.moderation)
})

export async function listMembers(factoryId: string) {
  const users = await rows<UserRecord>(coll.users().where({ 'roles.factoryId': factoryId }).limit(1000).get())
  return users.map((u) => member(u, factoryId))
}

async function loadMember(factoryId: string, openid: string): Promise<UserRecord> {
  const user = await byId<UserRecord>(coll.users(), openid)
  if (!user || !user.roles.some((r) => r.factoryId === factoryId)) throw new AppError('NOT_FOUND')
  return user
}

/**
 * The factory's HR officers as a list on its own document (`hrOpenids`), so that "never
 * the last HR" is one conditional update of one document. Factories made before the
 * list existed get it from the users' roles, once (conditional: the first writer wins).
 */
async function ensureHrList(factoryId: string): Promise<void> {
  const factory = await byId<{ _id: string; hrOpenids?: string[] }>(coll.factories(), factoryId)
  if (!factory || Array.isArray(factory.hrOpenids)) return
  const hrs = await rows<UserRecord>(coll.users().where({ roles: _.elemMatch({ factoryId, role: 'hr' }) }).field({ _id: true }).limit(1000).get())
  await coll
    .factories()
    .where({ _id: factoryId, hrOpenids: _.exists(false) })
    .update({ data: { hrOpenids: hrs.map((u) => u._id) } })
}

export async function grantRole(factoryId: string, openid: string, role: 'hr' | 'staff') {
  const user = await loadMember(factoryId, openid)
  const entry: FactoryRole = { factoryId, role }
  if (role === 'hr') {
    await ensureHrList(factoryId)
    await coll.factories().doc(factoryId).update({ data: { hrOpenids: _.addToSet(openid) } })
  }
  if (!hasRole(user.roles, role, factoryId)) {
    await coll.users().doc(openid).update({ data: { roles: _.addToSet(entry), updatedAt: new Date() } })
    user.roles = [...user.roles, entry]
  }
  return member(user, factoryId)
}

export async function revokeRole(factoryId: string, openid: string, role: 'hr' | 'staff') {
  const user = await loadMember(factoryId, openid)
  if (!hasRole(user.roles, role, factoryId)) return member(user, factoryId)
  if (role === 'hr') {
    await ensureHrList(factoryId)
    // Atomic: removed from the list only while someone else stays on it. Two HR officers
    // removing each other at once cannot both pass, as two separate reads could.
    const removed = await updatedCount(
      coll
        .factories()
        .where({ _id: factoryId, hrOpenids: _.all([openid]), 'hrOpenids.1': _.exists(true) })
        .update({ data: { hrOpenids: _.pull(openid) } })
    )
    if (removed !== 1) {
      // Not on the list at all (granted outside the app before it existed): others count, so go on.
      const f = await byId<{ hrOpenids?: string[] }>(coll.factories(), factoryId)
      if (!f?.hrOpenids?.length || f.hrOpenids.includes(openid)) throw new AppError('LAST_HR')
    }
  }
  await coll.users().doc(openid).update({ data: { roles: _.pull({ factoryId, role }), updatedAt: new Date() } })
  user.roles = user.roles.filter((r) => !(r.factoryId === factoryId && r.role === role))
  if (!user.roles.some((r) => r.factoryId === factoryId)) {
    // losing a duty does not take someone out of the factory: they stay a worker
    const entry: FactoryRole = { factoryId, role: 'worker' }
    await coll.users().doc(openid).update({ data: { roles: _.addToSet(entry) } })
    user.roles = [...user.roles, entry]
  }
  return member(user, factoryId)
}
