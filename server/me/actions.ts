// me.get / me.update: the caller's own profile. Any signed-in user may call them.
import type { Handler } from '../core/action'
import { factoriesByIds } from './factories'
import { toProfile } from './profile'
import { updateUser } from './users'
import { checkTexts, nextMark, SCENE, type ModerationMark } from '../core/content-security'

export const meGet: Handler<'me.get'> = async (_payload, caller) => {
  return toProfile(caller.user, await factoriesByIds(caller.user.roles.map((r) => r.factoryId)))
}

export const meUpdate: Handler<'me.update'> = async (payload, caller) => {
  // HR and staff see display names (members, registrations, notices): checked as profile text
  let mark: ModerationMark | null | undefined
  if (payload.displayName !== undefined && payload.displayName !== caller.user.displayName) {
    const { review } = await checkTexts(caller.openid, [{ field: 'displayName', text: payload.displayName, scene: SCENE.profile }])
    mark = nextMark(caller.user.moderation, ['displayName'], review, new Date())
  }
  const user = await updateUser(caller.user, payload, mark)
  return toProfile(user, await factoriesByIds(user.roles.map((r) => r.factoryId)))
}
