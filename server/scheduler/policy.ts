// Pure job policy: leases, retry with exponential backoff, then give up, and
// the time budget of one scheduler invocation.
export interface JobRecord {
  _id: string
  key: string
  kind: string
  status: 'pending' | 'running' | 'done' | 'failed'
  runAt: Date
  attempts: number
  leaseUntil?: Date
  /** random per claim: only the holder of the current lease may finish the job */
  leaseToken?: string
  payload?: Record<string, unknown>
}

export const MAX_ATTEMPTS = 5
const BASE_DELAY_MS = 30_000

/** When to try again after `attempts` failed tries, or null to give up. */
export function nextAttemptAt(attempts: number, now: Date): Date | null {
  if (attempts >= MAX_ATTEMPTS) return null
  return new Date(now.getTime() + BASE_DELAY_MS * 2 ** (attempts - 1))
}

/** Margin past the function's own timeout: by then the platform has killed the holder. */
export const LEASE_MARGIN_MS = 5_000

/**
 * A lease lasts until the claiming invocation is certainly dead: its start plus the
 * function's time limit (the platform kills it then) plus a margin. A crashed run's
 * jobs are therefore picked up by the first invocation after that, never earlier.
 */
export function leaseUntil(invocationStartedAt: number, timeLimitMs: number): Date {
  return new Date(invocationStartedAt + timeLimitMs + LEASE_MARGIN_MS)
}

/** Can an invocation at `now` claim this job? */
export function isClaimable(job: Pick<JobRecord, 'status' | 'runAt' | 'leaseUntil'>, now: Date): boolean {
  if (job.status === 'pending') return new Date(job.runAt).getTime() <= now.getTime()
  if (job.status === 'running') return !!job.leaseUntil && new Date(job.leaseUntil).getTime() <= now.getTime()
  return false
}

/**
 * How long one invocation works before it stops and leaves the rest: well before
 * the timeout (a quarter of it, and at least 10 s or half of a short limit, kept for
 * the last step in flight and the bookkeeping), and never less than one second.
 */
export function workBudgetMs(timeLimitMs: number): number {
  const reserve = Math.max(Math.min(10_000, timeLimitMs / 2), timeLimitMs / 4)
  return Math.max(1_000, Math.min(timeLimitMs - reserve, timeLimitMs * 0.75))
}
