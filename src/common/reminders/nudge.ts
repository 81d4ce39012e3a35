// Lesson nudge rule, pure: a worker who has not finished the course and made no
// learning progress for 7 days gets one nudge, at most one a week.
export const NUDGE_IDLE_DAYS = 7
export const NUDGE_GAP_DAYS = 7
const DAY = 86_400_000

export interface NudgeFacts {
  /** the latest learning progress, or when the worker joined if they never started */
  lastActivityAt: Date
  passedSessions: number
  totalSessions: number
  lastNudgeAt: Date | null
  now: Date
}

export function needsNudge(f: NudgeFacts): boolean {
  if (f.totalSessions > 0 && f.passedSessions >= f.totalSessions) return false // course done
  if (f.now.getTime() - f.lastActivityAt.getTime() < NUDGE_IDLE_DAYS * DAY) return false
  if (f.lastNudgeAt && f.now.getTime() - f.lastNudgeAt.getTime() < NUDGE_GAP_DAYS * DAY) return false
  return true
}

/** The week (7-day block since 1970) a nudge belongs to: one delivery key per user and week. */
export function nudgeWeek(now: Date): number {
  return Math.floor(now.getTime() / (NUDGE_GAP_DAYS * DAY))
}
