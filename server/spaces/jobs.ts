// Scheduler job kinds of the spaces domain (registered in server/scheduler/handlers.ts).
import type { JobRecord } from '../scheduler/policy'
import { OFFER_EXPIRY_JOB } from './places'
import { expireOffer } from './registrations'
import { RETENTION_JOB, runRetention } from './retention'

export const SPACES_JOB_HANDLERS: Record<string, (job: JobRecord) => Promise<void>> = {
  /** An offered place not accepted by its deadline goes to the next family (no-op if accepted/declined meanwhile). */
  [OFFER_EXPIRY_JOB]: async (job) => {
    await expireOffer(String(job.payload?.registrationId ?? ''))
  },
  /** Season end + retention period: delete attendance and medical details. */
  [RETENTION_JOB]: (job) => runRetention(job)
}
