// Scheduler job kinds of the reminders domain, registered with the scheduler's registry.
import { registerJobHandlers, registerRecurringJobs, type JobHandler } from '../scheduler/registry'
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

registerJobHandlers(REMINDERS_JOB_HANDLERS)
/** daily: the lesson nudge sweep (a few tries in the evening, one job a day) */
registerRecurringJobs('reminders', ensureNudgeSweep)
