// Small database helpers of the spaces domain (over server/core/cloud.ts).
import { db, _, rows } from '../core/cloud'

export const coll = {
  spaces: () => db.collection('spaces'),
  consents: () => db.collection('child_consents'),
  children: () => db.collection('children'),
  registrations: () => db.collection('registrations'),
  attendance: () => db.collection('attendance'),
  notifications: () => db.collection('notifications'),
  audit: () => db.collection('audit_log'),
  jobs: () => db.collection('jobs'),
  users: () => db.collection('users'),
  factories: () => db.collection('factories')
}

export async function byId<T>(c: ReturnType<typeof db.collection>, id: string): Promise<T | null> {
  const data = await rows<T>(c.where({ _id: id }).limit(1).get())
  return data[0] ?? null
}

/** Inserts; returns false when a unique index refused it (the caller re-reads to see who won). */
export async function addUnlessDuplicate(c: ReturnType<typeof db.collection>, doc: Record<string, unknown>): Promise<boolean> {
  try {
    await c.add({ data: doc })
    return true
  } catch (e) {
    if (/duplicate|E11000|exist/i.test(String((e as { errMsg?: string; message?: string }).errMsg ?? (e as Error).message))) return false
    throw e
  }
}

export async function countOf(request: Promise<unknown> | unknown): Promise<number> {
  return ((await request) as { total: number }).total
}

/** Enqueues a scheduler job once (unique key); a second enqueue of the same key does nothing. */
export async function enqueueJob(key: string, kind: string, runAt: Date, payload: Record<string, unknown>): Promise<void> {
  await addUnlessDuplicate(coll.jobs(), { key, kind, status: 'pending', runAt, attempts: 0, payload, createdAt: new Date() })
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export { db, _, rows }
