// Calendar days and clock times in China (UTC+8, no DST), whatever the machine's
// timezone: cloud functions run in UTC. Days are 'YYYY-MM-DD' strings, so comparing
// the strings compares the days.
import dayjs from 'dayjs'

export const CHINA_UTC_OFFSET_MINUTES = 8 * 60
const OFFSET_MS = CHINA_UTC_OFFSET_MINUTES * 60_000

const instantMs = (at: Date | number) => (typeof at === 'number' ? at : at.getTime())

/** The China calendar day of an instant (default: now). */
export function chinaDate(at: Date | number = Date.now()): string {
  return new Date(instantMs(at) + OFFSET_MS).toISOString().slice(0, 10)
}

/** 'HH:mm' in China time for an instant (default: now). */
export function chinaTime(at: Date | number = Date.now()): string {
  return new Date(instantMs(at) + OFFSET_MS).toISOString().slice(11, 16)
}

/** The instant a China calendar day starts (00:00 UTC+8). */
export function chinaDayStart(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - OFFSET_MS)
}

export function addDays(date: string, days: number): string {
  return dayjs(date).add(days, 'day').format('YYYY-MM-DD')
}
