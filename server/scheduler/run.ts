// Runs due jobs from the `jobs` collection. A job is claimed with a
// conditional update (only one invocation can win it), leased for a while so
// a crashed run is picked up again, and the loop stops before the time budget.
import { db, _, rows, updatedCount } from '../core/cloud'
import { JOB_HANDLERS } from './handlers'
import { nextAttemptAt, type JobRecord } from './policy'

const LEASE_MS = 60_000
const BATCH = 20

export interface RunSummary {
  ok: true
  done: number
  failed: number
  retried: number
  leftForNextRun: boolean
}

export async function runDueJobs({ budgetMs, now = () => new Date() }: { budgetMs: number; now?: () => Date }): Promise<RunSummary> {
  const started = Date.now()
  const summary: RunSummary = { ok: true, done: 0, failed: 0, retried: 0, leftForNextRun: false }
  const jobs = db.collection('jobs')
  for (;;) {
    if (Date.now() - started > budgetMs) {
      summary.leftForNextRun = true
      return summary
    }
    const t = now()
    const data = await rows<JobRecord>(
      jobs
        .where(_.or([{ status: 'pending', runAt: _.lte(t) }, { status: 'running', leaseUntil: _.lte(t) }]))
        .orderBy('runAt', 'asc')
        .limit(BATCH)
        .get()
    )
    if (!data.length) return summary
    for (const job of data) {
      if (Date.now() - started > budgetMs) {
        summary.leftForNextRun = true
        return summary
      }
      const claimed = await updatedCount(
        jobs
          .where({ _id: job._id, status: job.status, attempts: job.attempts })
          .update({ data: { status: 'running', leaseUntil: new Date(Date.now() + LEASE_MS), attempts: _.inc(1) } })
      )
      if (claimed !== 1) continue // another invocation took it
      const handler = JOB_HANDLERS[job.kind]
      try {
        if (!handler) throw Object.assign(new Error(`no handler for job kind ${job.kind}`), { permanent: true })
        await handler(job)
        await jobs.doc(job._id).update({ data: { status: 'done', finishedAt: new Date(), leaseUntil: _.remove() } })
        summary.done++
      } catch (e) {
        const err = e as Error & { permanent?: boolean }
        const retryAt = err.permanent ? null : nextAttemptAt(job.attempts + 1, now())
        if (retryAt) {
          await jobs.doc(job._id).update({ data: { status: 'pending', runAt: retryAt, lastError: err.message } })
          summary.retried++
        } else {
          await jobs.doc(job._id).update({ data: { status: 'failed', lastError: err.message, finishedAt: new Date() } })
          summary.failed++
        }
      }
    }
  }
}
