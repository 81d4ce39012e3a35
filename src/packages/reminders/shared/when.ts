// Call and notice times in plain words, China time: "今天 20:00", "明天 08:30", "6月3日（周三）20:00".
// Pure: unit-tested.
import { chinaDate, chinaTime } from '@/common/china-time'

export { chinaDate, chinaTime }
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number)
  return Math.floor(Date.UTC(y, m - 1, d) / 86400000)
}

export type WhenParts =
  | { kind: 'today' | 'tomorrow'; time: string }
  | { kind: 'date'; month: number; monthName: string; day: number; weekday: number; time: string }

/** How to say a calendar date + time relative to today (China time). */
export function whenParts(date: string, time: string, nowMs: number = Date.now()): WhenParts {
  const diff = dayNumber(date) - dayNumber(chinaDate(nowMs))
  if (diff === 0) return { kind: 'today', time }
  if (diff === 1) return { kind: 'tomorrow', time }
  const [y, m, d] = date.split('-').map(Number)
  return { kind: 'date', month: m, monthName: MONTHS_EN[m - 1], day: d, weekday: new Date(Date.UTC(y, m - 1, d)).getUTCDay(), time }
}

/** The China calendar date and time of an ISO instant. */
export function chinaParts(iso: string): { date: string; time: string } | null {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return null
  return { date: chinaDate(ms), time: chinaTime(ms) }
}

/** An instant for `notices.create` from a China date and time. */
export function chinaInstant(date: string, time: string): string {
  return `${date}T${time}:00+08:00`
}

/** Where the date and time wheels start: the next full hour at least an hour from now (China time). */
export function suggestedSlot(nowMs: number = Date.now()): { date: string; time: string } {
  const hourMs = 3600_000
  const slot = Math.ceil((nowMs + hourMs) / hourMs) * hourMs
  return { date: chinaDate(slot), time: chinaTime(slot) }
}
