// Job kinds and their handlers. Features (reminders, notices, retention
// purges) add theirs here.
import type { JobRecord } from './policy'
import { SPACES_JOB_HANDLERS } from '../spaces/jobs'
import { REMINDERS_JOB_HANDLERS } from '../reminders/jobs'
import { SPACE_EVENT_JOB_HANDLERS } from '../reminders/space-events'
import { INSIGHTS_JOB_HANDLERS } from '../insights/jobs'

export interface JobContext {
  /** epoch ms: stop starting new work at this point and answer `{ more: true }` */
  deadline: number
  timeLeft: () => number
  now: () => Date
  /** saves progress (merged into the job's payload); throws when the lease was lost */
  checkpoint: (patch: Record<string, unknown>) => Promise<void>
}

export type JobHandler = (job: JobRecord, ctx: JobContext) => Promise<void | { more: boolean }>

export const JOB_HANDLERS: Record<string, JobHandler> = {
  ...SPACES_JOB_HANDLERS,
  ...REMINDERS_JOB_HANDLERS,
  ...SPACE_EVENT_JOB_HANDLERS,
  ...INSIGHTS_JOB_HANDLERS
}
