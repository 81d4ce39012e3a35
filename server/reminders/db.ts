// Database helpers of the reminders domain (over server/core/cloud.ts).
import { createHash } from 'crypto'
import { db, _, rows, updatedCount } from '../core/cloud'

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

export const isDuplicate = (e: unknown): boolean =>
  /duplicate|E11000|exist/i.test(String((e as { errMsg?: string; message?: string })?.errMsg ?? (e as Error)?.message ?? e))

/** Inserts; false when a unique index (or the _id) refused it: someone already did it. */
export async function addUnlessDuplicate(c: ReturnType<typeof db.collection>, doc: Record<string, unknown>): Promise<boolean> {
  try {
    await c.add({ data: doc })
    return true
  } catch (e) {
    if (isDuplicate(e)) return false
    throw e
  }
}

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

export async function countOf(request: Promise<unknown> | unknown): Promise<number> {
  return ((await request) as { total: number }).total
}

export async function byId<T>(c: ReturnType<typeof db.collection>, id: string): Promise<T | null> {
  const data = await rows<T>(c.where({ _id: id }).limit(1).get())
  return data[0] ?? null
}

/** Short deterministic ids (≤ 64 chars, the contract's IdSchema) from a long natural key. */
export function idFor(key: string, prefix = 'r'): string {
  return prefix + createHash('sha256').update(key).digest('base64url').slice(0, 30)
}

/** Enqueues a scheduler job once (unique key); a second enqueue of the same key does nothing. Returns the job id. */
export async function enqueueJob(key: string, kind: string, runAt: Date, payload: Record<string, unknown>): Promise<string> {
  const _id = idFor(key, 'j')
  await addUnlessDuplicate(coll.jobs(), { _id, key, kind, status: 'pending', runAt, attempts: 0, payload, createdAt: new Date() })
  return _id
}

/** The cloud environment the function runs in (picks the template registry entry). */
export function currentEnvId(): string | undefined {
  return process.env.TCB_ENV || process.env.SCF_NAMESPACE || undefined
}

export const iso = (d: Date | string | null | undefined): string | null => (d ? new Date(d).toISOString() : null)

export { db, _, rows, updatedCount }
