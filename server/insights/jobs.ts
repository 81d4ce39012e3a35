// Scheduler job of the insights domain: refresh the rollups of a set of factories.
import type { JobHandler } from '../scheduler/handlers'
import { ROLLUP_JOB, runRollupJob } from './figures'

export const INSIGHTS_JOB_HANDLERS: Record<string, JobHandler> = {
  [ROLLUP_JOB]: async (job) => runRollupJob(job)
}
