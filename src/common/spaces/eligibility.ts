// Pure: may this child register for this space today? Every reason that
// applies is returned (the app can explain all of them), in a stable order.
import { ageAt, rangesOverlap } from './dates'
import type { IneligibilityReason, SpaceStatus } from './schemas'

export interface EligibilitySpace {
  id: string
  status: SpaceStatus
  startDate: string
  endDate: string
  minAge: number
  maxAge: number
  registrationOpens: string
  registrationCloses: string
}

export interface EligibilityInput {
  space: EligibilitySpace
  child: { birthDate: string }
  /** China calendar day of "now" */
  today: string
  /** is the guardian a worker of the space's factory */
  guardianIsMember: boolean
  /** the child's ACTIVE registrations (pending/confirmed/waitlisted/offered), with their space's dates */
  activeRegistrations: { spaceId: string; startDate: string; endDate: string }[]
}

export interface Eligibility {
  eligible: boolean
  reasons: IneligibilityReason[]
  ageAtStart: number
}

export function checkEligibility({ space, child, today, guardianIsMember, activeRegistrations }: EligibilityInput): Eligibility {
  const reasons: IneligibilityReason[] = []
  const ageAtStart = ageAt(child.birthDate, space.startDate)
  if (!guardianIsMember) reasons.push('not_a_member')
  if (space.status !== 'open') reasons.push('space_not_open')
  if (today > space.endDate) reasons.push('season_over')
  else if (today < space.registrationOpens) reasons.push('window_not_open_yet')
  else if (today > space.registrationCloses) reasons.push('window_closed')
  if (ageAtStart < space.minAge) reasons.push('too_young')
  if (ageAtStart > space.maxAge) reasons.push('too_old')
  if (activeRegistrations.some((r) => r.spaceId === space.id)) reasons.push('already_registered')
  else if (activeRegistrations.some((r) => rangesOverlap(r, space))) reasons.push('dates_overlap')
  return { eligible: reasons.length === 0, reasons, ageAtStart }
}

/** The one error code a refused registration answers with (most useful first). */
export function refusalCode(
  reasons: IneligibilityReason[]
): 'FORBIDDEN' | 'ALREADY_REGISTERED' | 'REGISTRATION_CLOSED' | 'REGISTRATION_NOT_OPEN' | 'NOT_ELIGIBLE_AGE' | 'DATES_OVERLAP' | null {
  if (reasons.includes('not_a_member')) return 'FORBIDDEN'
  if (reasons.includes('already_registered')) return 'ALREADY_REGISTERED'
  if (reasons.includes('space_not_open') || reasons.includes('window_closed') || reasons.includes('season_over')) return 'REGISTRATION_CLOSED'
  if (reasons.includes('window_not_open_yet')) return 'REGISTRATION_NOT_OPEN'
  if (reasons.includes('too_young') || reasons.includes('too_old')) return 'NOT_ELIGIBLE_AGE'
  if (reasons.includes('dates_overlap')) return 'DATES_OVERLAP'
  return null
}
