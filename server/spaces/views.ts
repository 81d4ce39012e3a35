// Pure: database records → the shapes of the api contract. PIN hashes,
// request keys and counters' internals never leave through here.
import type { AttendanceRecord, Child, Registration, Space } from '../../src/common/spaces/schemas'
import type { AttendanceDoc, ChildRecord, RegistrationRecord, SpaceRecord } from './records'
import { moderationView } from '../core/content-security'

const iso = (d: Date | string | undefined | null) => (d ? new Date(d).toISOString() : undefined)

export function spaceView(s: SpaceRecord): Space {
  return {
    id: s._id,
    factoryId: s.factoryId,
    name: s.name,
    location: s.location,
    startDate: s.startDate,
    endDate: s.endDate,
    dailyHours: s.dailyHours,
    capacity: s.capacity,
    minAge: s.minAge,
    maxAge: s.maxAge,
    registrationOpens: s.registrationOpens,
    registrationCloses: s.registrationCloses,
    requiresApproval: s.requiresApproval,
    notesForParents: s.notesForParents,
    status: s.status,
    taken: s.taken,
    waiting: s.waiting,
    staffOpenids: s.staffOpenids,
    retentionDays: s.retentionDays,
    ...(s.cancelReason ? { cancelReason: s.cancelReason } : {}),
    ...moderationView(s.moderation),
    createdAt: iso(s.createdAt)!,
    updatedAt: iso(s.updatedAt)!
  }
}

/**
 * A space as a family sees it: who the staff are (their openids) is for HR and the staff
 * themselves, never for workers.
 */
export function spaceViewForFamily(s: SpaceRecord): Space {
  return { ...spaceView(s), staffOpenids: [] }
}

export function childView(c: ChildRecord): Child {
  return {
    id: c._id,
    givenName: c.givenName,
    birthDate: c.birthDate,
    relation: c.relation,
    allergies: c.allergies,
    medicalNotes: c.medicalNotes,
    emergencyContacts: c.emergencyContacts.map(({ name, relation, phone }) => ({ name, relation, phone })),
    pickupPeople: c.pickupPeople.map(({ id, name, relation, phone }) => ({ id, name, relation, phone })),
    createdAt: iso(c.createdAt)!,
    updatedAt: iso(c.updatedAt)!
  }
}

export function registrationView(
  r: RegistrationRecord,
  names: { spaceName: string; childGivenName: string },
  waitlistPosition?: number
): Registration {
  return {
    id: r._id,
    spaceId: r.spaceId,
    spaceName: names.spaceName,
    childId: r.childId,
    childGivenName: names.childGivenName,
    status: r.status,
    seq: r.seq,
    ...(r.status === 'waitlisted' && waitlistPosition ? { waitlistPosition } : {}),
    ...(r.status === 'offered' && r.offerExpiresAt ? { offerExpiresAt: iso(r.offerExpiresAt) } : {}),
    ...(r.decisionReason ? { decisionReason: r.decisionReason } : {}),
    createdAt: iso(r.createdAt)!,
    updatedAt: iso(r.updatedAt)!
  }
}

export function attendanceView(a: AttendanceDoc): AttendanceRecord {
  return {
    id: a._id,
    spaceId: a.spaceId,
    childId: a.childId,
    date: a.date,
    state: a.state,
    checkInAt: iso(a.checkInAt),
    ...(a.checkOutAt ? { checkOutAt: iso(a.checkOutAt) } : {}),
    ...(a.pickedUpBy ? { pickedUpBy: a.pickedUpBy } : {}),
    refusals: (a.refusals ?? []).map((r) => ({ ...r, at: iso(r.at)! }))
  }
}

/** A child's attendance as the guardian sees it: what happened, not which staff openid did it. */
export function attendanceViewForGuardian(a: AttendanceDoc): AttendanceRecord {
  const v = attendanceView(a)
  return { ...v, refusals: v.refusals.map(({ byOpenid: _staff, ...r }) => r) }
}
