// The one adapter over wx-server-sdk: initialised once per instance (warm
// instances reuse it), env taken from the platform (DYNAMIC_CURRENT_ENV).
import cloud from 'wx-server-sdk'

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })

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
