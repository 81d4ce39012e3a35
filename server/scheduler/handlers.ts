// Job kinds and their handlers. Features (reminders, notices, retention
// purges) add theirs here.
import type { JobRecord } from './policy'

export type JobHandler = (job: JobRecord) => Promise<void>

export const JOB_HANDLERS: Record<string, JobHandler> = {}
