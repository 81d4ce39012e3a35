// Pure calendar helpers of the spaces domain. Every date is a calendar day in
// China time ('YYYY-MM-DD'); comparing such strings compares the days.
import dayjs from 'dayjs'
import { CHINA_UTC_OFFSET_MINUTES } from './policy'

/** The China calendar day of an instant (CloudBase functions run in UTC; China has no DST). */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + CHINA_UTC_OFFSET_MINUTES * 60_000).toISOString().slice(0, 10)
}

/** The instant a China calendar day starts (00:00 UTC+8). */
export function chinaDayStart(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - CHINA_UTC_OFFSET_MINUTES * 60_000)
}

export function addDays(date: string, days: number): string {
  return dayjs(date).add(days, 'day').format('YYYY-MM-DD')
}

/**
 * Age in whole years on `onDate` (birthday counted on the day itself; a child
 * born on 29 February turns a year older on 1 March in common years).
 */
export function ageAt(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number)
  const [y, m, d] = onDate.split('-').map(Number)
  let age = y - by
  if (m < bm || (m === bm && d < bd)) age--
  return age
}

/** Do two inclusive date ranges share at least one day? */
export function rangesOverlap(a: { startDate: string; endDate: string }, b: { startDate: string; endDate: string }): boolean {
  return a.startDate <= b.endDate && b.startDate <= a.endDate
}
