// Pure progress logic shared by the app and the `api` function. Progress only ever moves
// forward: merging two views (server record, device record, queued offline changes) keeps
// the furthest card, a pass once passed, the best score and the first pass date.

export interface SessionProgress {
  sessionId: string
  /** furthest card reached, 0-based */
  card: number
  passed: boolean
  bestScore: number
  /** ISO time of the first pass */
  passedAt?: string
  /** ISO time of the latest change */
  updatedAt: string
}

export type ProgressMap = Record<string, SessionProgress>

const earliest = (a?: string, b?: string): string | undefined => (!a ? b : !b ? a : a < b ? a : b)
const latest = (a: string, b: string): string => (a > b ? a : b)

export function mergeSessionProgress(a: SessionProgress | undefined, b: SessionProgress | undefined): SessionProgress {
  if (!a) return b!
  if (!b) return a
  const passedAt = earliest(a.passedAt, b.passedAt)
  return {
    sessionId: a.sessionId,
    card: Math.max(a.card, b.card),
    passed: a.passed || b.passed,
    bestScore: Math.max(a.bestScore, b.bestScore),
    ...(passedAt ? { passedAt } : {}),
    updatedAt: latest(a.updatedAt, b.updatedAt)
  }
}

export function mergeProgress(...maps: (ProgressMap | SessionProgress[] | undefined)[]): ProgressMap {
  const out: ProgressMap = {}
  for (const m of maps) {
    if (!m) continue
    for (const p of Array.isArray(m) ? m : Object.values(m)) out[p.sessionId] = mergeSessionProgress(out[p.sessionId], p)
  }
  return out
}

/** Just the shape of the course the status needs. */
export interface CourseShape {
  modules: { number: number; sessions: { id: string; cards: number }[] }[]
}

export type SessionStatus = 'done' | 'in-progress' | 'next' | 'todo'

export interface ContinuePoint {
  sessionId: string
  /** the card to open */
  card: number
}

export interface CourseStatus {
  statuses: Record<string, SessionStatus>
  done: number
  total: number
  /** 0-100 */
  percent: number
  /** where the big "continue" button goes; null when the whole course is done */
  continueAt: ContinuePoint | null
  modulesDone: number[]
  courseDone: boolean
}

export function courseStatus(course: CourseShape, progress: ProgressMap): CourseStatus {
  const sessions = course.modules.flatMap((m) => m.sessions)
  const statuses: Record<string, SessionStatus> = {}
  for (const s of sessions) statuses[s.id] = progress[s.id]?.passed ? 'done' : progress[s.id] ? 'in-progress' : 'todo'

  // Resume the session touched last; otherwise start the first one not done, in course order.
  const inProgress = sessions
    .filter((s) => statuses[s.id] === 'in-progress')
    .sort((a, b) => (progress[b.id].updatedAt > progress[a.id].updatedAt ? 1 : -1))
  const firstOpen = sessions.find((s) => statuses[s.id] !== 'done')
  if (firstOpen && statuses[firstOpen.id] === 'todo') statuses[firstOpen.id] = 'next'
  const target = inProgress[0] ?? firstOpen
  const continueAt = target ? { sessionId: target.id, card: Math.min(progress[target.id]?.card ?? 0, Math.max(0, target.cards - 1)) } : null

  const done = sessions.filter((s) => statuses[s.id] === 'done').length
  const modulesDone = course.modules
    .filter((m) => m.sessions.length > 0 && m.sessions.every((s) => statuses[s.id] === 'done'))
    .map((m) => m.number)
  return {
    statuses,
    done,
    total: sessions.length,
    percent: sessions.length ? Math.round((done / sessions.length) * 100) : 0,
    continueAt,
    modulesDone,
    courseDone: sessions.length > 0 && done === sessions.length
  }
}
