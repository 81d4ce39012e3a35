// Pure job policy: retry with exponential backoff, then give up.
export interface JobRecord {
  _id: string
  key: string
  kind: string
  status: 'pending' | 'running' | 'done' | 'failed'
  runAt: Date
  attempts: number
  leaseUntil?: Date
  payload?: Record<string, unknown>
}

export const MAX_ATTEMPTS = 5
const BASE_DELAY_MS = 30_000

/** When to try again after `attempts` failed tries, or null to give up. */
export function nextAttemptAt(attempts: number, now: Date): Date | null {
  if (attempts >= MAX_ATTEMPTS) return null
  return new Date(now.getTime() + BASE_DELAY_MS * 2 ** (attempts - 1))
}
