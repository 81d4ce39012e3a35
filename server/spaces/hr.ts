// HR's views of registrations: the list (with age and guardian), and the
// roster export. Both read child records and so are audit-logged.
import type { Lang } from '../../src/common/lang'
import { ageAt } from '../../src/common/spaces/dates'
import type { z } from 'zod'
import type { HrRegistration, RegistrationStatus, RosterRowSchema } from '../../src/common/spaces/schemas'
import type { Caller, UserRecord } from '../core/action'
import { _, coll, rows } from './db'
import { audit } from './audit'
import { compareQueued, waitlistPosition } from './queue'
import type { ChildRecord, RegistrationRecord, SpaceRecord } from './records'
import { registrationView } from './views'

async function withPeople(regs: RegistrationRecord[]) {
  const childIds = [...new Set(regs.map((r) => r.childId))]
  const guardianIds = [...new Set(regs.map((r) => r.guardianOpenid))]
  const [children, guardians] = await Promise.all([
    childIds.length ? rows<ChildRecord>(coll.children().where({ _id: _.in(childIds) }).limit(1000).get()) : Promise.resolve([]),
    guardianIds.length ? rows<UserRecord>(coll.users().where({ _id: _.in(guardianIds) }).field({ displayName: true, moderation: true }).limit(1000).get()) : Promise.resolve([])
  ])
  return { children: new Map(children.map((c) => [c._id, c])), guardians: new Map(guardians.map((g) => [g._id, g])) }
}

export function hrView(
  r: RegistrationRecord,
  space: SpaceRecord,
  child: ChildRecord | undefined,
  guardian: UserRecord | undefined,
  all: RegistrationRecord[]
): HrRegistration {
  return {
    ...registrationView(
      r,
      { spaceName: space.name, childGivenName: child?.givenName ?? '' },
      waitlistPosition(all.map((x) => ({ id: x._id, status: x.status as RegistrationStatus, queuedAt: x.queuedAt })), r._id)
    ),
    // order of arrival among the space's registrations (the list is read in that order)
    seq: all.some((x) => x._id === r._id) ? all.findIndex((x) => x._id === r._id) + 1 : r.seq,
    childAgeAtStart: child ? ageAt(child.birthDate, space.startDate) : 0,
    guardianName: guardian?.displayName ?? '',
    guardianRelation: child?.relation ?? 'other',
    // the names or the reason HR reads here are marked for review by the content check
    ...(r.moderation || child?.moderation || guardian?.moderation ? { moderation: 'review' as const } : {})
  }
}

export async function listForHr(caller: Caller, space: SpaceRecord, status?: RegistrationStatus): Promise<HrRegistration[]> {
  const all = await rows<RegistrationRecord>(
    coll.registrations().where({ spaceId: space._id }).orderBy('createdAt', 'asc').orderBy('_id', 'asc').limit(1000).get()
  )
  // the waitlist is shown in its own order (when each joined it); everything else in arrival order
  const shown: RegistrationRecord[] =
    status === 'waitlisted'
      ? all.filter((r) => r.status === 'waitlisted').sort((a, b) => compareQueued({ id: a._id, queuedAt: a.queuedAt }, { id: b._id, queuedAt: b.queuedAt }))
      : status
        ? all.filter((r) => r.status === status)
        : all
  const { children, guardians } = await withPeople(shown)
  await audit({ actorOpenid: caller.openid, actorRole: 'hr', factoryId: space.factoryId, action: 'registrations.list', spaceId: space._id, childIds: shown.map((r) => r.childId) })
  return shown.map((r) => hrView(r, space, children.get(r.childId), guardians.get(r.guardianOpenid), all))
}

export async function hrViewOf(caller: Caller, space: SpaceRecord, reg: RegistrationRecord, action: string): Promise<HrRegistration> {
  const { children, guardians } = await withPeople([reg])
  await audit({ actorOpenid: caller.openid, actorRole: 'hr', factoryId: space.factoryId, action, spaceId: space._id, childIds: [reg.childId] })
  return hrView(reg, space, children.get(reg.childId), guardians.get(reg.guardianOpenid), [reg])
}

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v)
  // quote everything; a leading = + - @ would run as a formula in a spreadsheet
  return `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`
}

export const ROSTER_HEADERS: Record<Lang, string[]> = {
  'zh-CN': ['状态', '孩子', '出生日期', '开班时年龄', '家长', '关系', '过敏', '健康情况', '紧急联系人1', '紧急联系人2', '授权接送人'],
  en: ['status', 'child', 'birth date', 'age at start', 'guardian', 'relation', 'allergies', 'health notes', 'emergency contact 1', 'emergency contact 2', 'pickup people']
}

export async function roster(caller: Caller, space: SpaceRecord, lang: Lang) {
  const regs = await rows<RegistrationRecord>(
    coll.registrations().where({ spaceId: space._id, status: _.in(['confirmed', 'pending']) }).orderBy('seq', 'asc').limit(1000).get()
  )
  const { children, guardians } = await withPeople(regs)
  await audit({ actorOpenid: caller.openid, actorRole: 'hr', factoryId: space.factoryId, action: 'registrations.roster', spaceId: space._id, childIds: regs.map((r) => r.childId) })
  const rowsOut = regs.flatMap((r) => {
    const c = children.get(r.childId)
    if (!c) return []
    return [
      {
        registrationId: r._id,
        status: r.status as RegistrationStatus,
        childGivenName: c.givenName,
        birthDate: c.birthDate,
        childAgeAtStart: ageAt(c.birthDate, space.startDate),
        guardianName: guardians.get(r.guardianOpenid)?.displayName ?? '',
        guardianRelation: c.relation,
        allergies: c.allergies,
        medicalNotes: c.medicalNotes,
        emergencyContacts: c.emergencyContacts,
        pickupPeople: c.pickupPeople.map(({ name, relation, phone }) => ({ name, relation, phone }))
      }
    ]
  })
  const csv = rosterTable(rowsOut, lang)
    .map((row) => row.map(csvCell).join(','))
    .join('\r\n')
  return { rows: rowsOut, csv }
}

type RosterRow = z.infer<typeof RosterRowSchema>

/** The roster as a table (header row first): the CSV and the XLSX export both come from it. */
export function rosterTable(rowsOut: RosterRow[], lang: Lang): (string | number | null)[][] {
  const contact = (p?: { name: string; relation: string; phone: string }) => (p ? `${p.name} (${p.relation}) ${p.phone}` : '')
  return [
    ROSTER_HEADERS[lang],
    ...rowsOut.map((r) => [
      r.status,
      r.childGivenName,
      r.birthDate,
      r.childAgeAtStart,
      r.guardianName,
      r.guardianRelation,
      r.allergies,
      r.medicalNotes,
      contact(r.emergencyContacts[0]),
      contact(r.emergencyContacts[1]),
      r.pickupPeople.map(contact).join('; ')
    ])
  ]
}
