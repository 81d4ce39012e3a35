// The scheduler's registry of job kinds: a leaf module (it imports only the job
// policy's types), so domains register their handlers here and the scheduler
// looks them up, without the scheduler importing the domains (which import the
// scheduler's types and enqueue: the cycle this breaks). A function's entry point
// imports the domain job modules it runs (server/functions/scheduler.ts).
import type { JobRecord } from './policy'

export interface JobContext {
  /** epoch ms: stop starting new work at this point and answer `{ more: true }` */
  deadline: number
  timeLeft: () => number
  now: () => Date
  /** saves progress (merged into the job's payload); throws when the lease was lost */
  checkpoint: (patch: Record<string, unknown>) => Promise<void>
}

export type JobHandler = (job: JobRecord, ctx: JobContext) => Promise<void | { more: boolean }>

/** Called at the start of each timer run: enqueues the jobs a domain makes for itself (idempotent). */
export type RecurringJobs = (now: Date) => Promise<void>

const handlers = new Map<string, JobHandler>()
const recurring = new Map<string, RecurringJobs>()

/** A domain's job kinds. A kind has one handler: registering it twice with another is a bug. */
export function registerJobHandlers(kinds: Record<string, JobHandler>): void {
  for (const [kind, handler] of Object.entries(kinds)) {
    const known = handlers.get(kind)
    if (known && known !== handler) throw new Error(`job kind ${kind} is registered twice`)
    handlers.set(kind, handler)
  }
}

export function jobHandler(kind: string): JobHandler | undefined {
  return handlers.get(kind)
}

export function registeredKinds(): string[] {
  return [...handlers.keys()].sort()
}

/** A domain's recurring jobs, under a name (re-registering the name replaces it). */
export function registerRecurringJobs(name: string, ensure: RecurringJobs): void {
  recurring.set(name, ensure)
}

/** Each domain's recurring jobs; one failing does not keep the others (or the run) from going. */
export async function ensureRecurringJobs(now: Date): Promise<void> {
  for (const [name, ensure] of recurring) {
    try {
      await ensure(now)
    } catch (e) {
      console.error(`[scheduler] recurring jobs of ${name} not enqueued`, e)
    }
  }
}
