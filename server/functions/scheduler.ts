// Cloud function `scheduler`: runs due work. Started by its timer trigger (config.json, V1
// environments) or, where there are no timers (V2), by an outside cron calling it over HTTP
// with the secret in SCHEDULER_HTTP_SECRET; it refuses calls from the app. Each domain's job
// module registers its job kinds (and recurring jobs) with server/scheduler/registry.ts as it loads.
import { readInvocation, type FunctionContext } from '../core/cloud'
import { runDueJobs } from '../scheduler/run'
import { ensureRecurringJobs } from '../scheduler/registry'
import { classifySchedulerCall, httpReply } from '../scheduler/trigger'
import { recordSchedulerRun } from '../scheduler/heartbeat'
import '../spaces/jobs'
import '../reminders/jobs'
import '../reminders/space-events'
import '../insights/jobs'
import '../practice/jobs'

export async function main(event: unknown, context?: FunctionContext) {
  const { source } = readInvocation(context)
  const trigger = classifySchedulerCall(event, source, process.env.SCHEDULER_HTTP_SECRET)
  if (trigger.kind === 'refused') {
    const error = { ok: false, error: trigger.reason }
    return trigger.http ? httpReply(trigger.status, error) : error
  }
  const startedAt = new Date()
  await ensureRecurringJobs(startedAt)
  const summary = await runDueJobs({ timeLimitMs: context?.time_limit_in_ms ?? 60_000 })
  await recordSchedulerRun(trigger.kind, startedAt, summary)
  return trigger.kind === 'http' ? httpReply(200, summary) : summary
}
