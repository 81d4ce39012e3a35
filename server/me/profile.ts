// Pure: a user record plus factory names → the profile the app shows.
import type { Profile } from '../../src/common/schemas/me'
import type { Role } from '../../src/common/roles'
import type { UserRecord } from '../core/action'
import type { FactoryRecord } from './factories'

export function toProfile(user: UserRecord, factories: Map<string, FactoryRecord>): Profile {
  const byFactory = new Map<string, Role[]>()
  for (const { factoryId, role } of user.roles) byFactory.set(factoryId, [...(byFactory.get(factoryId) ?? []), role])
  return {
    openid: user._id,
    displayName: user.displayName,
    language: user.language,
    memberships: [...byFactory].map(([factoryId, roles]) => ({
      factoryId,
      factoryName: factories.get(factoryId)?.name ?? { 'zh-CN': factoryId, en: factoryId },
      roles
    })),
    createdAt: new Date(user.createdAt).toISOString(),
    ...(user.programIds?.length ? { programs: user.programIds } : {})
  }
}
