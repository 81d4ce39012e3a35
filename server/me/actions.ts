// me.get / me.update: the caller's own profile. Any signed-in user may call them.
import type { Handler } from '../core/action'
import { factoriesByIds } from './factories'
import { toProfile } from './profile'
import { updateUser } from './users'

export const meGet: Handler<'me.get'> = async (_payload, caller) => {
  return toProfile(caller.user, await factoriesByIds(caller.user.roles.map((r) => r.factoryId)))
}

export const meUpdate: Handler<'me.update'> = async (payload, caller) => {
  const user = await updateUser(caller.user, payload)
  return toProfile(user, await factoriesByIds(user.roles.map((r) => r.factoryId)))
}
