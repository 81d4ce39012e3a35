// What the spaces collections hold (database shapes, not API shapes).
import type { ModerationMark } from '../core/content-security'
import type { ChildFields, RegistrationStatus, SpaceFields, SpaceStatus } from '../../src/common/spaces/schemas'

/**
 * The arrival decision, recorded on the space as tickets.<regId> by the same conditional update
 * that counts it: when (the function's clock) and for which child, so
 * a retry of the request or the settle job can write the registration it is for.
 */
export interface Ticket {
  placed: boolean
  at?: Date
  childId?: string
}

export interface SpaceRecord extends SpaceFields {
  _id: string
  factoryId: string
  status: SpaceStatus
  /** place counters, changed only by conditional updates (places.ts) */
  taken: number
  waiting: number
  /** arrival sequence of the former read-compare design (kept on old documents; no longer counted) */
  seq?: number
  /**
   * regId → the arrival decision, written by the same conditional update as the counter, before
   * the registration (lets a retry or the settle job write it); dropped when the registration ends
   */
  tickets?: Record<string, Ticket>
  /** arrivals decided so far (tells the settle job whether one came in while it looked) */
  arrivals?: number
  /** the earliest decision the settle job has not checked yet (set by each claim with $min); absent when none */
  auditFrom?: Date
  staffOpenids: string[]
  retentionDays: number
  cancelReason?: string
  /** text marked for review by the content check (name, location, notesForParents, cancelReason) */
  moderation?: ModerationMark | null
  requestKey?: string
  createdBy: string
  createdAt: Date
  updatedAt: Date
  purgedAt?: Date
}

export interface PickupPersonRecord {
  id: string
  name: string
  relation: string
  phone: string
  /** `scrypt$<salt hex>$<hash hex>`; never leaves the server */
  pinHash: string
}

export interface ChildRecord extends Omit<ChildFields, 'pickupPeople' | 'allergies' | 'medicalNotes'> {
  _id: string
  guardianOpenid: string
  /** null once the retention purge removed them */
  allergies: string | null
  medicalNotes: string | null
  pickupPeople: PickupPersonRecord[]
  /** names marked for review by the content check */
  moderation?: ModerationMark | null
  requestKey?: string
  createdAt: Date
  updatedAt: Date
}

export interface ConsentRecord {
  _id: string // OPENID
  openid: string
  policyVersion: string
  consentAt: Date
  status: 'given' | 'withdrawn'
  withdrawnAt?: Date
}

export interface RegistrationRecord {
  _id: string
  spaceId: string
  factoryId: string
  childId: string
  guardianOpenid: string
  status: RegistrationStatus
  /** arrival number of the former design; 0 on new registrations (HR's list numbers them by createdAt) */
  seq: number
  /** when it entered the waitlist (server timestamp): the waitlist's order */
  queuedAt?: Date
  /** `${spaceId}:${childId}` while active (unique): one live registration per child and space */
  activeKey?: string
  requestKey?: string
  offeredAt?: Date
  offerExpiresAt?: Date
  decisionReason?: string
  /** the decision reason is marked for review by the content check */
  moderation?: ModerationMark | null
  decidedBy?: string
  createdAt: Date
  updatedAt: Date
}

export interface AttendanceDoc {
  _id: string // `${spaceId}:${childId}:${date}`
  spaceId: string
  factoryId: string
  childId: string
  registrationId: string
  date: string
  state: 'checked_in' | 'checked_out'
  checkInAt: Date
  checkInBy: string
  checkOutAt?: Date
  checkOutBy?: string
  pickedUpBy?: { pickupPersonId: string; name: string; relation: string }
  refusals: { at: Date; byOpenid: string; pickupPersonId: string | null; personName: string; reason: 'pin_mismatch' | 'not_authorized' | 'too_many_attempts' }[]
  wrongPins: number
}
