// Scheduler job kinds of the reminders domain (registered in server/scheduler/handlers.ts).
import type { JobHandler } from '../scheduler/handlers'
import { runCallReminder } from './calls'
import { runFanout, runRemind } from './fanout'
import { CALL_REMINDER_JOB, FANOUT_JOB, NUDGE_SWEEP_JOB, REMIND_JOB } from './job-kinds'
import { ensureNudgeSweep, runNudgeSweep } from './nudges'

export const REMINDERS_JOB_HANDLERS: Record<string, JobHandler> = {
  /** a notice to its audience, in batches across runs */
  [FANOUT_JOB]: runFanout,
  /** one more push for recipients who have not confirmed */
  [REMIND_JOB]: runRemind,
  /** ~10 min before a planned call; plans the next week of a series */
  [CALL_REMINDER_JOB]: (job) => runCallReminder(job),
  /** daily: workers idle for 7 days get one nudge a week */
  [NUDGE_SWEEP_JOB]: runNudgeSweep
}

/** Jobs the scheduler makes itself (called at the start of each timer run). */
export async function ensureRecurringJobs(now: Date): Promise<void> {
  try {
    await ensureNudgeSweep(now)
  } catch (e) {
    console.error('[reminders] could not enqueue the nudge sweep', e)
  }
}
