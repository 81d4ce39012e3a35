// Cloud function `scheduler`: fired by its timer trigger (config.json) to run
// due work; it refuses calls from the app. Each domain's job module registers its
// job kinds (and recurring jobs) with server/scheduler/registry.ts as it loads.
import { callerSource } from '../core/cloud'
import { runDueJobs } from '../scheduler/run'
import { ensureRecurringJobs } from '../scheduler/registry'
import '../spaces/jobs'
import '../reminders/jobs'
import '../reminders/space-events'
import '../insights/jobs'

export async function main(_event: unknown, context: { time_limit_in_ms?: number }) {
  const source = callerSource()
  if (!source.startsWith('wx_trigger')) {
    return { ok: false, error: 'scheduler only runs from its timer trigger' }
  }
  await ensureRecurringJobs(new Date())
  return runDueJobs({ timeLimitMs: context?.time_limit_in_ms ?? 60_000 })
}
