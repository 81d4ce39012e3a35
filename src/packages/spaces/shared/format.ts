// Display helpers for spaces data (dates in China time, plain words).
import { chinaDate, chinaTime } from '@/common/china-time'
import type { Space, RegistrationStatus } from '@/common/spaces/schemas'
import type { Key, T } from './i18n'
import { callAction } from '@/services/cloud'

/** An instant as 'YYYY-MM-DD HH:mm' in China time, like every date of the spaces domain. */
export function dateTime(iso: string): string {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return iso
  return `${chinaDate(ms)} ${chinaTime(ms)}`
}

/** Only the 'HH:mm' of an instant in China time (a screen that already shows the day). */
export function clockTime(iso: string): string {
  const full = dateTime(iso)
  return full === iso ? iso : full.slice(11)
}

export function spaceFacts(space: Space, t: T): Array<{ label: string; value: string }> {
  return [
    { label: t('spaces.space.location'), value: space.location },
    { label: t('spaces.space.dates'), value: t('spaces.space.range', { from: space.startDate, to: space.endDate }) },
    { label: t('spaces.space.hours'), value: t('spaces.space.range', { from: space.dailyHours.start, to: space.dailyHours.end }) },
    { label: t('spaces.space.ages'), value: t('spaces.space.agesValue', { min: space.minAge, max: space.maxAge }) },
    { label: t('spaces.space.window'), value: t('spaces.space.range', { from: space.registrationOpens, to: space.registrationCloses }) },
    { label: t('spaces.space.places'), value: t('spaces.space.placesValue', { left: Math.max(0, space.capacity - space.taken), capacity: space.capacity, waiting: space.waiting }) }
  ]
}

export type Tone = 'good' | 'wait' | 'bad' | 'plain'
export const STATUS_TONE: Record<RegistrationStatus, Tone> = {
  confirmed: 'good',
  pending: 'wait',
  waitlisted: 'wait',
  offered: 'wait',
  cancelled: 'plain',
  declined: 'plain',
  expired: 'plain',
  rejected: 'bad'
}

export function statusKey(status: RegistrationStatus): Key {
  return `spaces.status.${status}` as Key
}

/** The factory a screen works in: from the tab's link, else the first one where the user has `role`. */
export async function resolveFactoryId(given: string | undefined, role: 'worker' | 'hr' | 'staff'): Promise<string | null> {
  if (given) return given
  const me = await callAction('me.get', {})
  return me.memberships.find((m) => m.roles.includes(role))?.factoryId ?? null
}
