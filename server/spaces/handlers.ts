// The spaces domain's action handlers: authorize (role + factory, own
// children, assigned spaces), then act through the domain modules.
import { AppError } from '../../src/common/errors'
import type { spacesActions } from '../../src/common/spaces/actions'
import type { Registration } from '../../src/common/spaces/schemas'
import { readsOwnUser, type HandlersOf } from '../core/action'
import { updatedCount } from '../core/cloud'
import {
  canSeeSpace,
  isAssignedStaff,
  isHr,
  isMember,
  loadOwnChild,
  loadOwnRegistration,
  loadSpace,
  loadSpaceAsHr,
  loadSpaceAsStaff,
  requireHr
} from './access'
import { checkIn, checkOut, dayRecords, todayRoster } from './attendance'
import { audit } from './audit'
import { createChild, deleteChild, listChildren, updateChild } from './children'
import { consentState, giveConsent, loadConsent } from './consent'
import { _, byId, coll, countOf, rows } from './db'
import { exportChild } from './export-data'
import { grantRole, joinFactory, listMembers, revokeRole } from './factory'
import { hrViewOf, listForHr, roster } from './hr'
import type { AttendanceDoc, ChildRecord, RegistrationRecord, SpaceRecord } from './records'
import { acceptOffer, cancelRegistration, createRegistration, decide, declineOffer, eligibilityFor, viewOf } from './registrations'
import { assignStaff, cancelSpace, createSpace, setStatus, updateSpace } from './seasons'
import { attendanceView, attendanceViewForGuardian, childView, spaceView, spaceViewForFamily } from './views'
import type { Caller } from '../core/action'

/** HR of the factory and the space's own staff see its staff list; families do not. */
const spaceViewFor = (caller: Caller, s: SpaceRecord) => (isHr(caller, s.factoryId) || isAssignedStaff(caller, s) ? spaceView(s) : spaceViewForFamily(s))

async function myRegistrations(openid: string): Promise<Registration[]> {
  const regs = await rows<RegistrationRecord>(coll.registrations().where({ guardianOpenid: openid }).orderBy('createdAt', 'desc').limit(200).get())
  const spaceIds = [...new Set(regs.map((r) => r.spaceId))]
  const childIds = [...new Set(regs.map((r) => r.childId))]
  const [spaces, children] = await Promise.all([
    spaceIds.length ? rows<SpaceRecord>(coll.spaces().where({ _id: _.in(spaceIds) }).field({ name: true }).limit(200).get()) : Promise.resolve([]),
    childIds.length ? rows<ChildRecord>(coll.children().where({ _id: _.in(childIds) }).field({ givenName: true }).limit(200).get()) : Promise.resolve([])
  ])
  const spaceName = new Map(spaces.map((s) => [s._id, s]))
  const childName = new Map(children.map((c) => [c._id, c]))
  return Promise.all(regs.map((r) => viewOf(r, spaceName.get(r.spaceId) ?? { name: '' }, childName.get(r.childId) ?? { givenName: '' })))
}

export const spacesHandlers: HandlersOf<typeof spacesActions> = {
  // ---- factories and roles ----
  'factory.join': (p, caller) => joinFactory(caller, p),
  'factory.members': async ({ factoryId }, caller) => {
    requireHr(caller, factoryId)
    return { members: await listMembers(factoryId) }
  },
  'factory.grantRole': async ({ factoryId, openid, role }, caller) => {
    requireHr(caller, factoryId)
    return grantRole(factoryId, openid, role)
  },
  'factory.revokeRole': async ({ factoryId, openid, role }, caller) => {
    requireHr(caller, factoryId)
    return revokeRole(factoryId, openid, role)
  },

  // ---- spaces ----
  'spaces.list': async ({ factoryId }, caller) => {
    if (!isMember(caller, factoryId)) throw new AppError('FORBIDDEN')
    const spaces = await rows<SpaceRecord>(coll.spaces().where({ factoryId }).field({ tickets: false }).orderBy('startDate', 'desc').limit(100).get())
    return { spaces: spaces.filter((s) => canSeeSpace(caller, s)).map((s) => spaceViewFor(caller, s)) }
  },
  'spaces.get': async ({ spaceId }, caller) => {
    const space = await loadSpace(spaceId)
    if (!canSeeSpace(caller, space)) throw new AppError('FORBIDDEN')
    return spaceViewFor(caller, space)
  },
  'spaces.create': async (p, caller) => spaceView(await createSpace(caller, p)),
  'spaces.update': async (p, caller) => spaceView(await updateSpace(caller, p)),
  'spaces.open': async ({ spaceId }, caller) => spaceView(await setStatus(caller, spaceId, 'open')),
  'spaces.close': async ({ spaceId }, caller) => spaceView(await setStatus(caller, spaceId, 'closed')),
  'spaces.cancel': async ({ spaceId, reason }, caller) => spaceView(await cancelSpace(caller, spaceId, reason)),
  'spaces.assignStaff': async ({ spaceId, openid, assigned }, caller) => spaceView(await assignStaff(caller, spaceId, openid, assigned)),

  // ---- consent ----
  'consent.get': async (_p, caller) => consentState(await loadConsent(caller.openid)),
  'consent.give': async ({ policyVersion }, caller) => giveConsent(caller.openid, policyVersion),
  'consent.withdraw': async (_p, caller) => {
    const children = await listChildren(caller.openid)
    let cancelledRegistrations = 0
    for (const child of children) cancelledRegistrations += await deleteChild(child)
    const existing = await loadConsent(caller.openid)
    if (existing && existing.status === 'given') {
      await coll.consents().doc(caller.openid).update({ data: { status: 'withdrawn', withdrawnAt: new Date() } })
    }
    return { state: consentState(null), deletedChildren: children.length, cancelledRegistrations }
  },

  // ---- children ----
  'children.list': async (_p, caller) => ({ children: (await listChildren(caller.openid)).map(childView) }),
  'children.get': async ({ childId }, caller) => childView(await loadOwnChild(caller, childId)),
  'children.create': async (p, caller) => childView(await createChild(caller, p)),
  'children.update': async ({ childId, ...fields }, caller) => childView(await updateChild(caller, await loadOwnChild(caller, childId), fields)),
  'children.delete': async ({ childId }, caller) => {
    await deleteChild(await loadOwnChild(caller, childId))
    return { deleted: true as const }
  },
  'children.export': async ({ childId }, caller) => {
    const record = await loadOwnChild(caller, childId)
    return exportChild(caller, record, (await myRegistrations(caller.openid)).filter((r) => r.childId === childId))
  },

  // ---- registration (guardian) ----
  'registrations.check': async ({ spaceId, childId }, caller) => {
    const child = await loadOwnChild(caller, childId)
    const space = await loadSpace(spaceId)
    if (!canSeeSpace(caller, space)) throw new AppError('FORBIDDEN') // drafts too, exactly as spaces.get
    return eligibilityFor(caller, space, child)
  },
  'registrations.create': readsOwnUser((p, caller) => createRegistration(caller, p)),
  'registrations.mine': async (_p, caller) => ({ registrations: await myRegistrations(caller.openid) }),
  'registrations.cancel': async ({ registrationId }, caller) => cancelRegistration(caller, await loadOwnRegistration(caller, registrationId)),
  'registrations.acceptOffer': async ({ registrationId }, caller) => acceptOffer(await loadOwnRegistration(caller, registrationId)),
  'registrations.declineOffer': async ({ registrationId }, caller) => declineOffer(await loadOwnRegistration(caller, registrationId)),

  // ---- HR ----
  'registrations.list': async ({ spaceId, status }, caller) => ({ registrations: await listForHr(caller, await loadSpaceAsHr(caller, spaceId), status) }),
  'registrations.decide': async ({ registrationId, decision, reason }, caller) => {
    const reg = await byId<RegistrationRecord>(coll.registrations(), registrationId)
    if (!reg) throw new AppError('NOT_FOUND')
    const space = await loadSpaceAsHr(caller, reg.spaceId)
    // An HR officer who is also the parent does not decide for their own child: another HR does.
    if (reg.guardianOpenid === caller.openid) throw new AppError('OWN_CHILD_DECISION')
    return hrViewOf(caller, space, await decide(reg, decision, reason, caller.openid), 'registrations.decide')
  },
  'registrations.roster': async ({ spaceId }, caller) => {
    const space = await loadSpaceAsHr(caller, spaceId)
    return { space: spaceView(space), ...(await roster(caller, space, caller.user.language)) }
  },

  // ---- attendance ----
  'attendance.today': async ({ spaceId }, caller) => {
    const space = await loadSpaceAsStaff(caller, spaceId)
    return { space: spaceView(space), ...(await todayRoster(caller, space)) }
  },
  'attendance.day': async ({ spaceId, date }, caller) => dayRecords(caller, await loadSpaceAsStaff(caller, spaceId, { allowHr: true }), date),
  'attendance.child': async ({ childId }, caller) => {
    const child = await byId<ChildRecord>(coll.children(), childId)
    if (!child) throw new AppError('NOT_FOUND')
    if (child.guardianOpenid === caller.openid) {
      const own = await rows<AttendanceDoc>(coll.attendance().where({ childId }).orderBy('date', 'desc').limit(1000).get())
      return { records: own.map(attendanceViewForGuardian) }
    }
    // HR of the space's factory, or staff assigned to the space: only those spaces' records
    const regs = await rows<RegistrationRecord>(coll.registrations().where({ childId }).field({ spaceId: true }).limit(100).get())
    const spaceIds = [...new Set(regs.map((r) => r.spaceId))]
    const spaces = spaceIds.length
      ? await rows<SpaceRecord>(coll.spaces().where({ _id: _.in(spaceIds) }).field({ tickets: false }).limit(100).get())
      : []
    const allowed = spaces.filter((s) => isHr(caller, s.factoryId) || isAssignedStaff(caller, s))
    if (!allowed.length) throw new AppError('NOT_FOUND')
    const records = await rows<AttendanceDoc>(
      coll.attendance().where({ childId, spaceId: _.in(allowed.map((s) => s._id)) }).orderBy('date', 'desc').limit(1000).get()
    )
    await audit({
      actorOpenid: caller.openid,
      actorRole: allowed.some((s) => isHr(caller, s.factoryId)) ? 'hr' : 'staff',
      factoryId: allowed[0].factoryId,
      action: 'attendance.child',
      childIds: [childId]
    })
    return { records: records.map(attendanceView) }
  },
  'attendance.checkIn': async ({ spaceId, childId }, caller) => checkIn(caller, await loadSpaceAsStaff(caller, spaceId), childId),
  'attendance.checkOut': async ({ spaceId, ...input }, caller) => checkOut(caller, await loadSpaceAsStaff(caller, spaceId), input, caller.user.language),

  // ---- notifications ----
  'notifications.list': async ({ unreadOnly }, caller) => {
    const where = unreadOnly ? { openid: caller.openid, readAt: null } : { openid: caller.openid }
    const [items, unread] = await Promise.all([
      rows<{ _id: string; kind: string; params: Record<string, unknown>; createdAt: Date; readAt: Date | null }>(
        coll.notifications().where(where).orderBy('createdAt', 'desc').limit(100).get()
      ),
      countOf(coll.notifications().where({ openid: caller.openid, readAt: null }).count())
    ])
    return {
      items: items.map((n) => ({
        id: n._id,
        kind: n.kind as never,
        params: n.params,
        createdAt: new Date(n.createdAt).toISOString(),
        readAt: n.readAt ? new Date(n.readAt).toISOString() : null
      })),
      unread
    }
  },
  'notifications.markRead': async ({ ids, all }, caller) => {
    const where = all ? { openid: caller.openid, readAt: null } : { openid: caller.openid, readAt: null, _id: _.in(ids ?? []) }
    await updatedCount(coll.notifications().where(where).update({ data: { readAt: new Date() } }))
    return { unread: await countOf(coll.notifications().where({ openid: caller.openid, readAt: null }).count()) }
  }
}
