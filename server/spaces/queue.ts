// Pure rules of places, the waitlist and offers. The database code in
// places.ts applies them with conditional updates; these say what is right.
import { DEFAULT_OFFER_HOURS } from '../../src/common/spaces/policy'
import type { RegistrationStatus } from '../../src/common/spaces/schemas'

export interface PlaceCounters {
  capacity: number
  /** places held: confirmed + pending + offered */
  taken: number
  /** registrations on the waitlist */
  waiting: number
}

/**
 * A newcomer gets a place only while places remain AND nobody is already
 * waiting: a freed place belongs to the head of the waitlist, not to whoever
 * presses the button next.
 */
export function arrivalGetsPlace(c: PlaceCounters): boolean {
  return c.taken < c.capacity && c.waiting === 0
}

/** Can a waiting family be offered a place now? */
export function canOfferPlace(c: PlaceCounters): boolean {
  return c.waiting > 0 && c.taken < c.capacity
}

/** The status a registration gets when it obtains a place. */
export function placedStatus(requiresApproval: boolean): RegistrationStatus {
  return requiresApproval ? 'pending' : 'confirmed'
}

/** Statuses that hold one of the space's places. */
export const PLACE_HOLDING: readonly RegistrationStatus[] = ['pending', 'confirmed', 'offered']

export function holdsPlace(status: RegistrationStatus): boolean {
  return PLACE_HOLDING.includes(status)
}

interface Queued {
  id: string
  status: RegistrationStatus
  /** when the arrival was written into the waitlist (a server timestamp) */
  queuedAt?: Date | string | null
}

const time = (d: Date | string | null | undefined) => (d ? new Date(d).getTime() : 0)

/** Waitlist order: queued earliest first, the id breaking a tie within one server millisecond. */
export function compareQueued(a: Pick<Queued, 'id' | 'queuedAt'>, b: Pick<Queued, 'id' | 'queuedAt'>): number {
  return time(a.queuedAt) - time(b.queuedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/** The waitlist in arrival order (the order arrivals were written into it on the server). */
export function waitlistOrder<T extends Queued>(regs: readonly T[]): T[] {
  return regs.filter((r) => r.status === 'waitlisted').sort(compareQueued)
}

/** 1-based position of a waitlisted registration, or undefined if it is not waiting. */
export function waitlistPosition(regs: readonly Queued[], id: string): number | undefined {
  const i = waitlistOrder(regs).findIndex((r) => r.id === id)
  return i < 0 ? undefined : i + 1
}

export function offerExpiry(now: Date, hours = DEFAULT_OFFER_HOURS): Date {
  return new Date(now.getTime() + hours * 3600_000)
}

/** An offer still open at `now` can be accepted; at or after its deadline it has expired. */
export function offerIsOpen(reg: { status: string; offerExpiresAt?: Date | null }, now: Date): boolean {
  return reg.status === 'offered' && !!reg.offerExpiresAt && now.getTime() < new Date(reg.offerExpiresAt).getTime()
}
