// Pure: what the 我的 tab badge shows for an unread count (unit-tested).

/** Nothing for 0, the number up to 99, then "99+" (the tab bar has room for three characters). */
export function badgeText(count: number): string | null {
  if (!Number.isFinite(count) || count <= 0) return null
  return count > 99 ? '99+' : String(Math.floor(count))
}
