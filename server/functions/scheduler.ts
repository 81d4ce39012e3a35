// Cloud function `scheduler`: fired by its timer trigger (config.json) to run
// due work. Later features register job kinds; it refuses calls from the app.
import { callerSource } from '../core/cloud'
import { runDueJobs } from '../scheduler/run'

export async function main(_event: unknown, context: { time_limit_in_ms?: number }) {
  const source = callerSource()
  if (!source.startsWith('wx_trigger')) {
    return { ok: false, error: 'scheduler only runs from its timer trigger' }
  }
  return runDueJobs({ budgetMs: Math.max(1000, (context?.time_limit_in_ms ?? 60_000) - 5_000) })
}
