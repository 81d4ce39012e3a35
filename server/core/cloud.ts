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
  return OPENID ? String(OPENID) : undefined
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
