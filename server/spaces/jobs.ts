// Scheduler job kinds of the spaces domain, registered with the scheduler's registry.
import { registerJobHandlers, registerRecurringJobs, type JobHandler } from '../scheduler/registry'
import { OFFER_EXPIRY_JOB } from './places'
import { expireOffer } from './registrations'
import { RETENTION_JOB, RETENTION_NOTICE_JOB, runRetention, runRetentionNotice } from './retention'
import { ensureSettleJob, runSettle, SETTLE_JOB } from './settle'

export const SPACES_JOB_HANDLERS: Record<string, JobHandler> = {
  /** An offered place not accepted by its deadline goes to the next family (no-op if accepted/declined meanwhile). */
  [OFFER_EXPIRY_JOB]: async (job) => {
    await expireOffer(String(job.payload?.registrationId ?? ''))
  },
  /** Season end + retention period: delete attendance, medical details and profiles with no later season. */
  [RETENTION_JOB]: (job, ctx) => runRetention(job, ctx),
  /** DELETION_NOTICE_DAYS before: guardians told which child profiles will be deleted, and when. */
  [RETENTION_NOTICE_JOB]: (job, ctx) => runRetentionNotice(job, ctx),
  /** Arrivals left half-made for over a minute: finished or withdrawn, the family told once. */
  [SETTLE_JOB]: runSettle
}

registerJobHandlers(SPACES_JOB_HANDLERS)
/** each timer run: a settle job only when something is stuck (two reads, no write otherwise) */
registerRecurringJobs('spaces', ensureSettleJob)
