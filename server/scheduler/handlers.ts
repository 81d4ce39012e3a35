// Job kinds and their handlers. Features (reminders, notices, retention
// purges) add theirs here.
import type { JobRecord } from './policy'
import { SPACES_JOB_HANDLERS } from '../spaces/jobs'

export type JobHandler = (job: JobRecord) => Promise<void>

export const JOB_HANDLERS: Record<string, JobHandler> = {
  ...SPACES_JOB_HANDLERS
}
