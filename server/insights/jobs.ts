// Scheduler job of the insights domain: refresh the rollups of a set of factories.
import { registerJobHandlers, type JobHandler } from '../scheduler/registry'
import { refreshRollups, ROLLUP_JOB } from './figures'
import { EXPORT_DELETE_JOB, runExportDelete } from '../exports/handlers'

/** Factories per pass: a pass's pipelines scan (through the factory indexes) only these factories' records. */
export const ROLLUP_CHUNK = 2
/** Start a pass only with this much time left of the run (a pass of 2 factories × 500 workers takes seconds locally). */
const PASS_RESERVE_MS = 15_000

/** insights.rollup {factoryIds, next?}: recompute those factories' rollups, a few per pass, resuming where it stopped. */
export const runRollupJob: JobHandler = async (job, ctx) => {
  const ids = ((job.payload?.factoryIds as unknown[]) ?? []).filter((x): x is string => typeof x === 'string')
  let next = Number(job.payload?.next ?? 0)
  while (next < ids.length) {
    if (next > 0 && ctx.timeLeft() < PASS_RESERVE_MS) return { more: true }
    await refreshRollups(ids.slice(next, next + ROLLUP_CHUNK), ctx.now())
    next += ROLLUP_CHUNK
    await ctx.checkpoint({ next })
  }
}

export const INSIGHTS_JOB_HANDLERS: Record<string, JobHandler> = {
  [ROLLUP_JOB]: runRollupJob,
  [EXPORT_DELETE_JOB]: async (job) => runExportDelete(job)
}

registerJobHandlers(INSIGHTS_JOB_HANDLERS)
