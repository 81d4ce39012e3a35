// Actions about the platform itself (not a feature domain): is the scheduler running?
import { z } from 'zod'

export const SchedulerHealthSchema = z.object({
  state: z.enum(['ok', 'stale', 'never']),
  lastRunAt: z.string().nullable(),
  minutesSince: z.number().int().nonnegative().nullable()
})

export const schedulerActions = {
  /** HR of any factory: whether scheduler runs (reminders, offers, notices) are happening. */
  'scheduler.status': { payload: z.object({}).strict(), result: SchedulerHealthSchema }
} as const
