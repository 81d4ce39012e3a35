// The api function's pipeline: validate → authorize → act, with every
// failure turned into a typed `{code, message}` in the caller's language.
import { actions, ApiRequestSchema, type ActionName, type ApiResponse } from '../../src/common/api'
import { AppError } from '../../src/common/errors'
import { DEFAULT_LANG, type Lang } from '../../src/common/lang'
import { isPublicAction } from '../../src/common/public-actions'
import { READS_OWN_USER, type HandlerMap } from './action'
import type { Invocation } from './cloud'
import { fail, ok } from './respond'
import { ensureUser } from '../me/users'

export function createRouter(handlers: HandlerMap) {
  /** `invocation`: the caller, read once at the top of main (see readInvocation). */
  return async function route(event: unknown, invocation: Invocation): Promise<ApiResponse> {
    const envelope = ApiRequestSchema.safeParse(event)
    let lang: Lang = envelope.success ? (envelope.data.lang ?? DEFAULT_LANG) : DEFAULT_LANG
    try {
      if (!envelope.success) throw new AppError('BAD_REQUEST', envelope.error)
      const { action, payload } = envelope.data
      if (!Object.prototype.hasOwnProperty.call(actions, action)) throw new AppError('UNKNOWN_ACTION')
      const name = action as ActionName
      const parsed = actions[name].payload.safeParse(payload ?? {})
      if (!parsed.success) throw new AppError('VALIDATION_FAILED', parsed.error)

      // Shared content: no identity needed, none read, no user record made (public-actions.ts).
      if (isPublicAction(name)) return ok(await (handlers[name] as (p: unknown) => Promise<unknown>)(parsed.data))
      const { openid } = invocation
      if (!openid) throw new AppError('UNAUTHENTICATED')
      const handler = handlers[name] as ((p: unknown, c: unknown) => Promise<unknown>) & { [READS_OWN_USER]?: true }
      // (its errors then speak the request's language, or the default)
      if (handler[READS_OWN_USER]) return ok(await handler(parsed.data, { openid }))
      const user = await ensureUser(openid, envelope.data.lang)
      if (!envelope.data.lang) lang = user.language
      return ok(await handler(parsed.data, { openid, user }))
    } catch (e) {
      return fail(e, lang)
    }
  }
}
