import { z } from 'zod'

export const ROLES = ['worker', 'hr', 'staff'] as const
export const RoleSchema = z.enum(ROLES)
export type Role = z.infer<typeof RoleSchema>

/** A role is always held within one factory (the tenant). */
export const FactoryRoleSchema = z.object({ factoryId: z.string().min(1), role: RoleSchema })
export type FactoryRole = z.infer<typeof FactoryRoleSchema>

export function hasRole(roles: readonly FactoryRole[], role: Role, factoryId?: string): boolean {
  return roles.some((r) => r.role === role && (factoryId === undefined || r.factoryId === factoryId))
}
