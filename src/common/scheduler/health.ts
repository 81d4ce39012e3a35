// Is the scheduler running? Reminders, offers that move down the waitlist and notices all go
// out from scheduler runs (every minute); when none has happened for a while, HR must know.
// Pure, shared by the server (which reads the last run) and the app (which words it).

/** No run for this long means reminders and offers are not going out. */
export const SCHEDULER_STALE_AFTER_MS = 10 * 60_000

export type SchedulerState = 'ok' | 'stale' | 'never'

export interface SchedulerHealth {
  state: SchedulerState
  /** ISO time of the last finished run, if any */
  lastRunAt: string | null
  /** whole minutes since that run (null when it never ran) */
  minutesSince: number | null
}

export function schedulerHealth(lastRunAt: Date | null, now: Date): SchedulerHealth {
  if (!lastRunAt) return { state: 'never', lastRunAt: null, minutesSince: null }
  const ageMs = Math.max(0, now.getTime() - lastRunAt.getTime())
  return {
    state: ageMs > SCHEDULER_STALE_AFTER_MS ? 'stale' : 'ok',
    lastRunAt: lastRunAt.toISOString(),
    minutesSince: Math.floor(ageMs / 60_000)
  }
}
