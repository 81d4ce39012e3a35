// Runs due jobs from the `jobs` collection.
// - A job is claimed with a conditional update naming the state that was read,
//   so only one invocation wins it; the claim carries a lease (until the claiming
//   invocation is certainly dead) and a token, and only the token holder may
//   finish it, so a job taken over after an expired lease is never finished twice.
// - Handlers get a deadline; long work (fan-out) checkpoints and answers
//   `{ more: true }`, and the job is handed to the next run without counting a failure.
// - Failures retry with exponential backoff; permanent ones are recorded as failed.
// - The loop stops well before the function's timeout and leaves the rest.
import { randomBytes } from 'crypto'
import { db, _, rows, updatedCount } from '../core/cloud'
import { jobHandler, type JobContext } from './registry'
import { isClaimable, leaseUntil, nextAttemptAt, workBudgetMs, type JobRecord } from './policy'

const BATCH = 20

export interface RunSummary {
  ok: true
  done: number
  failed: number
  retried: number
  /** jobs that made progress and continue in the next run (fan-out) */
  continued: number
  leftForNextRun: boolean
}

export interface RunOptions {
  /** the function's time limit (context.time_limit_in_ms) */
  timeLimitMs: number
  /** override of how long to work (default: workBudgetMs(timeLimitMs)) */
  budgetMs?: number
  now?: () => Date
  /** only this job (an api handler running a job it just created) */
  onlyJobId?: string
}

const jobs = () => db.collection('jobs')

export async function runDueJobs(opts: RunOptions): Promise<RunSummary> {
  const started = Date.now()
  const now = opts.now ?? (() => new Date())
  const budgetMs = opts.budgetMs ?? workBudgetMs(opts.timeLimitMs)
  const deadline = started + budgetMs
  const lease = leaseUntil(started, opts.timeLimitMs)
  const summary: RunSummary = { ok: true, done: 0, failed: 0, retried: 0, continued: 0, leftForNextRun: false }
  const seen = new Set<string>()
  for (;;) {
    if (Date.now() >= deadline) {
      summary.leftForNextRun = true
      return summary
    }
    const t = now()
    const due = _.or([{ status: 'pending', runAt: _.lte(t) }, { status: 'running', leaseUntil: _.lte(t) }])
    const data = await rows<JobRecord>(
      (opts.onlyJobId ? jobs().where(_.and([{ _id: opts.onlyJobId }, due])) : jobs().where(due)).orderBy('runAt', 'asc').limit(BATCH).get()
    )
    // a job this run already handed on waits for the next run (others get their turn)
    const fresh = data.filter((j) => !seen.has(j._id) && isClaimable(j, t))
    if (!fresh.length) {
      summary.leftForNextRun = summary.continued > 0
      return summary
    }
    for (const job of fresh) {
      if (Date.now() >= deadline) {
        summary.leftForNextRun = true
        return summary
      }
      seen.add(job._id)
      const outcome = await runOne(job, { deadline, lease, now })
      if (outcome) summary[outcome]++
    }
  }
}

async function runOne(job: JobRecord, ctx: { deadline: number; lease: Date; now: () => Date }): Promise<keyof Omit<RunSummary, 'ok' | 'leftForNextRun'> | null> {
  const token = randomBytes(8).toString('hex')
  const claimed = await updatedCount(
    jobs()
      .where({ _id: job._id, status: job.status, attempts: job.attempts, leaseToken: job.leaseToken ?? null })
      .update({ data: { status: 'running', leaseUntil: ctx.lease, leaseToken: token, attempts: _.inc(1) } })
  )
  if (claimed !== 1) return null // another invocation took it
  const mine = jobs().where({ _id: job._id, leaseToken: token })
  const handler = jobHandler(job.kind)
  let payload = job.payload ?? {}
  const context: JobContext = {
    deadline: ctx.deadline,
    timeLeft: () => ctx.deadline - Date.now(),
    now: ctx.now,
    checkpoint: async (patch) => {
      payload = { ...payload, ...patch }
      const n = await updatedCount(mine.update({ data: { payload } }))
      if (n !== 1) throw Object.assign(new Error('lease lost'), { leaseLost: true })
    }
  }
  try {
    if (!handler) throw Object.assign(new Error(`no handler for job kind ${job.kind}`), { permanent: true })
    const result = await handler({ ...job, payload }, context)
    if (result && 'more' in result && result.more) {
      // progress made: continue in the next run, not counted as a failed attempt
      await mine.update({ data: { status: 'pending', runAt: ctx.now(), attempts: 0, leaseUntil: _.remove(), leaseToken: null } })
      return 'continued'
    }
    await mine.update({ data: { status: 'done', finishedAt: new Date(), leaseUntil: _.remove(), leaseToken: null } })
    return 'done'
  } catch (e) {
    const err = e as Error & { permanent?: boolean; leaseLost?: boolean }
    if (err.leaseLost) return null
    const retryAt = err.permanent ? null : nextAttemptAt(job.attempts + 1, ctx.now())
    if (retryAt) {
      await mine.update({ data: { status: 'pending', runAt: retryAt, lastError: err.message, leaseUntil: _.remove(), leaseToken: null } })
      return 'retried'
    }
    console.error('[scheduler] job failed for good', job.kind, job.key, err.message)
    await mine.update({ data: { status: 'failed', lastError: err.message, finishedAt: new Date(), leaseUntil: _.remove(), leaseToken: null } })
    return 'failed'
  }
}
