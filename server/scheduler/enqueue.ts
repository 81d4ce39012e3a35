// How features hand work to the scheduler.
import { addUnlessDuplicate, db } from '../core/cloud'
import { idFor } from '../core/ids'

/** Enqueues a job once: a second enqueue of the same key does nothing (unique key and id). Returns the job id. */
export async function enqueueJob(key: string, kind: string, runAt: Date, payload: Record<string, unknown>): Promise<string> {
  const _id = idFor(key, 'j')
  await addUnlessDuplicate(db.collection('jobs'), { _id, key, kind, status: 'pending', runAt, attempts: 0, payload, createdAt: new Date() })
  return _id
}
