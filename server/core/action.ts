// How an action is declared: its schema comes from src/common/api.ts; the
// handler receives a validated payload and an authorized caller.
import type { z } from 'zod'
import { actions, type ActionName, type ActionResult } from '../../src/common/api'
import type { Lang } from '../../src/common/lang'
import type { FactoryRole } from '../../src/common/roles'
import type { ModerationMark } from './content-security'

export interface UserRecord {
  _id: string
  displayName: string
  language: Lang
  roles: FactoryRole[]
  /** set while the display name is marked for review by the content check */
  moderation?: ModerationMark | null
  /** programs the user is an officer of (set by the operator command; the programs collection is the authority) */
  programIds?: string[]
  createdAt: Date
  updatedAt: Date
}

export interface Caller {
  openid: string
  /** the caller's user record; created on first contact by `ensureUser` */
  user: UserRecord
}

/**
 * Marks a handler that reads the caller's user record itself, inside its own first database
 * request (on a hot path under rush, every round trip counts): the router then skips its
 * ensureUser read and the handler gets the openid only. Such an action must not be a first
 * contact (nothing creates the user record for it) and must check the identity itself.
 */
export const READS_OWN_USER = Symbol('readsOwnUser')
export function readsOwnUser<P, R>(handler: (payload: P, caller: Pick<Caller, 'openid'>) => Promise<R>) {
  return Object.assign(handler, { [READS_OWN_USER]: true as const })
}

export type Handler<A extends ActionName> = (
  payload: z.infer<(typeof actions)[A]['payload']>,
  caller: Caller
) => Promise<ActionResult<A>>

export type HandlerMap = { [A in ActionName]: Handler<A> }

/** The handlers of one domain's action map (e.g. `HandlersOf<typeof learningActions>`). */
export type HandlersOf<M> = { [A in keyof M & ActionName]: Handler<A> }
