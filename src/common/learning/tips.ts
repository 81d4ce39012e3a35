// Tip of the day: pure and deterministic by (user, date). Each user walks a fixed shuffled
// order of the tips that fit their children's ages, one a day, so a tip comes back only after
// the whole pool has been shown: never within two weeks while the pool has 14 or more tips.
import type { AgeBand } from './content'
import { hashString, seededRandom as random } from './seeded'

export { hashString }

export const NO_REPEAT_DAYS = 14

export interface TipLike {
  id: string
  ageBands: readonly AgeBand[]
}

/** Days since 1970-01-01 for a calendar date "YYYY-MM-DD" (the caller picks the time zone). */
export function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number)
  return Math.floor(Date.UTC(y, m - 1, d) / 86400000)
}

/**
 * The pool for these children: tips for their age bands first; when that is fewer than
 * NO_REPEAT_DAYS tips, other tips fill it up so the two-week promise holds.
 */
export function tipPool<T extends TipLike>(tips: readonly T[], ageBands?: readonly AgeBand[]): T[] {
  const sorted = [...tips].sort((a, b) => (a.id < b.id ? -1 : 1))
  if (!ageBands || ageBands.length === 0) return sorted
  const fitting = sorted.filter((t) => t.ageBands.some((b) => ageBands.includes(b)))
  if (fitting.length >= NO_REPEAT_DAYS) return fitting
  const others = sorted.filter((t) => !fitting.includes(t))
  return [...fitting, ...others.slice(0, NO_REPEAT_DAYS - fitting.length)]
}

export function tipOfTheDay<T extends TipLike>(
  tips: readonly T[],
  opts: { userKey: string; date: string; ageBands?: readonly AgeBand[] }
): T | undefined {
  const pool = tipPool(tips, opts.ageBands)
  if (pool.length === 0) return undefined
  const rand = random(hashString(opts.userKey))
  const order = pool.map((_t, i) => i)
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[order[i], order[j]] = [order[j], order[i]]
  }
  const day = dayNumber(opts.date)
  return pool[order[((day % pool.length) + pool.length) % pool.length]]
}

/** The tip age band of a child aged `age` whole years; none for adults. */
export function ageBandOf(age: number): AgeBand | null {
  if (age < 0) return null
  if (age <= 2) return '0-2'
  if (age <= 5) return '3-5'
  if (age <= 11) return '6-11'
  if (age <= 17) return '12-17'
  return null
}

/** The distinct age bands of the given children's ages, youngest first. */
export function ageBandsOf(ages: readonly number[]): AgeBand[] {
  const bands = new Set(ages.map(ageBandOf).filter((b): b is AgeBand => b !== null))
  return (['0-2', '3-5', '6-11', '12-17'] as const).filter((b) => bands.has(b))
}
