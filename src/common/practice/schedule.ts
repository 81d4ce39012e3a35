// Pure date logic of the weekly practice: which days can be picked, when the reminder goes out,
// when "did you try it?" is asked, the week a practice belongs to, and the streak of weeks tried.
// Days are China calendar days 'YYYY-MM-DD' (see ../china-time); no I/O, no clock of its own.
import dayjs from 'dayjs'
import { addDays, chinaDayStart } from '../china-time'

/** A practice is picked for one of the next 7 days (today included), or for "this week" (those 7 days). */
export const PRACTICE_WINDOW_DAYS = 7
export const PRACTICE_SCOPES = ['day', 'week'] as const
export type PracticeScope = (typeof PRACTICE_SCOPES)[number]

/** Reminder hours, China time: the factory lunch break first, the evening (after the day shift) if noon has passed. */
export const REMIND_HOURS = [12, 19] as const
/** A reminder is not sent sooner than this after the commitment (they have just read it). */
export const REMIND_MIN_LEAD_MS = 60 * 60_000

const HOUR_MS = 3_600_000

/** The days a parent can pick: today and the 6 days after it. */
export function dayChoices(today: string): string[] {
  return Array.from({ length: PRACTICE_WINDOW_DAYS }, (_, i) => addDays(today, i))
}

export function isChoosableDay(day: string, today: string): boolean {
  return dayChoices(today).includes(day)
}

/** The practice's target day: the day picked, or for "this week" the last of the 7 days. */
export function targetDay(scope: PracticeScope, today: string, day?: string): string {
  return scope === 'day' && day ? day : addDays(today, PRACTICE_WINDOW_DAYS - 1)
}

/**
 * When the reminder goes out. A picked day: that day at noon, or at 19:00 when noon is less
 * than an hour away (or gone). "This week": the third day at noon (time to plan it, time left
 * to do it). When every slot is gone (today, late evening), `now`: the inbox line still appears.
 */
export function reminderAt(scope: PracticeScope, today: string, target: string, now: Date): Date {
  const day = scope === 'week' ? addDays(today, 2) : target
  const earliest = now.getTime() + REMIND_MIN_LEAD_MS
  for (const h of REMIND_HOURS) {
    const at = chinaDayStart(day).getTime() + h * HOUR_MS
    if (at >= earliest) return new Date(at)
  }
  return now
}

/** "Did you try it?" is asked from the day after the target day. */
export function isDue(target: string, today: string): boolean {
  return today > target
}

/** The Monday of a day's week (weeks run Monday to Sunday, as on Chinese calendars). */
export function weekOf(day: string): string {
  const d = dayjs(day)
  return addDays(day, -((d.day() + 6) % 7))
}

/**
 * Consecutive weeks with a practice tried, counted back from this week, or from last week when
 * nothing is tried yet this week (the week is not over: the streak is not broken yet).
 * `triedDays`: the target days of the practices answered "yes" or "a bit".
 */
export function streakWeeks(triedDays: readonly string[], today: string): number {
  const weeks = new Set(triedDays.map(weekOf))
  let week = weekOf(today)
  if (!weeks.has(week)) week = addDays(week, -7)
  let n = 0
  while (weeks.has(week)) {
    n++
    week = addDays(week, -7)
  }
  return n
}

