// Pure calendar helpers of the spaces domain. Every date is a calendar day in
// China time ('YYYY-MM-DD'); comparing such strings compares the days.
export { addDays, chinaDate, chinaDayStart } from '../china-time'

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
