// The one adapter over wx-server-sdk: initialised once per instance (warm
// instances reuse it), env taken from the platform (DYNAMIC_CURRENT_ENV).
import cloud from 'wx-server-sdk'

// DYNAMIC_CURRENT_ENV is a symbol the SDK resolves to the calling env; its typing says string.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })

export const db = cloud.database()
export const _ = db.command

/** Identity comes only from the platform, never from the request payload. */
export function callerOpenid(): string | undefined {
  const { OPENID } = cloud.getWXContext()
  // getWXContext turns an all-digit value into a number ("007" → 7, long ones lose digits).
  // WeChat openids never are all digits, so such an identity is no identity (not someone else's).
  return typeof OPENID === 'string' && OPENID ? OPENID : undefined
}

export function callerSource(): string {
  return String(cloud.getWXContext().SOURCE ?? '')
}

export { cloud }

// The SDK's typings mix callback and promise styles (results typed `| void`);
// these narrow what the promise form actually resolves to.
export async function rows<T>(request: Promise<unknown> | unknown): Promise<T[]> {
  return ((await request) as { data: T[] }).data
}

export async function updatedCount(request: Promise<unknown> | unknown): Promise<number> {
  return ((await request) as { stats: { updated: number } }).stats.updated
}

export type Collection = ReturnType<typeof db.collection>

export async function countOf(request: Promise<unknown> | unknown): Promise<number> {
  return ((await request) as { total: number }).total
}

/** One document by id, or null (`doc(id).get()` throws when it is missing). */
export async function byId<T>(c: Collection, id: string): Promise<T | null> {
  const data = await rows<T>(c.where({ _id: id }).limit(1).get())
  return data[0] ?? null
}

/** A unique index (or the _id) refused an insert: someone already did it. */
export function isDuplicateKeyError(e: unknown): boolean {
  const err = e as { errMsg?: string; message?: string } | undefined
  return /duplicate|E11000|exist/i.test(String(err?.errMsg ?? err?.message ?? e))
}

/** Inserts; false when a unique index refused it (the caller re-reads to see who won). */
export async function addUnlessDuplicate(c: Collection, doc: Record<string, unknown>): Promise<boolean> {
  try {
    await c.add({ data: doc })
    return true
  } catch (e) {
    if (isDuplicateKeyError(e)) return false
    throw e
  }
}
