// Cloud function `scheduler`: fired by its timer trigger (config.json) to run
// due work. Job kinds are registered in server/scheduler/handlers.ts; it refuses calls from the app.
import { callerSource } from '../core/cloud'
import { runDueJobs } from '../scheduler/run'
import { ensureRecurringJobs } from '../reminders/jobs'

export async function main(_event: unknown, context: { time_limit_in_ms?: number }) {
  const source = callerSource()
  if (!source.startsWith('wx_trigger')) {
    return { ok: false, error: 'scheduler only runs from its timer trigger' }
  }
  await ensureRecurringJobs(new Date())
  return runDueJobs({ timeLimitMs: context?.time_limit_in_ms ?? 60_000 })
}
