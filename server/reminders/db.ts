// Database helpers of the reminders domain (over server/core/cloud.ts).
import { db, _, rows, updatedCount, byId, addUnlessDuplicate, countOf, isDuplicateKeyError } from '../core/cloud'
import { idFor } from '../core/ids'
import { enqueueJob } from '../scheduler/enqueue'

export const coll = {
  credits: () => db.collection('subscribe_credits'),
  prefs: () => db.collection('subscribe_prefs'),
  reports: () => db.collection('subscribe_reports'),
  calls: () => db.collection('calls'),
  notices: () => db.collection('notices'),
  deliveries: () => db.collection('deliveries'),
  notifications: () => db.collection('notifications'),
  jobs: () => db.collection('jobs'),
  users: () => db.collection('users'),
  spaces: () => db.collection('spaces'),
  registrations: () => db.collection('registrations'),
  children: () => db.collection('children'),
  factories: () => db.collection('factories'),
  learningProgress: () => db.collection('learning_progress')
}

export const isDuplicate = isDuplicateKeyError

/**
 * Inserts many documents in one request; when one of them already exists (a
 * rerun after a crash, or a race) falls back to one insert each, skipping those.
 */
export async function addAllUnlessDuplicate(c: ReturnType<typeof db.collection>, docs: Record<string, unknown>[]): Promise<void> {
  if (!docs.length) return
  try {
    await c.add({ data: docs })
  } catch (e) {
    if (!isDuplicate(e)) throw e
    for (const d of docs) await addUnlessDuplicate(c, d)
  }
}

/** The cloud environment the function runs in (picks the template registry entry). */
export function currentEnvId(): string | undefined {
  return process.env.TCB_ENV || process.env.SCF_NAMESPACE || undefined
}

export const iso = (d: Date | string | null | undefined): string | null => (d ? new Date(d).toISOString() : null)

export { db, _, rows, updatedCount, byId, addUnlessDuplicate, countOf, idFor, enqueueJob }
