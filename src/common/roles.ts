// Roles, always held within one factory (the tenant). No zod here: the main
// package imports this at run time (schemas live in ./schemas/primitives.ts).
export const ROLES = ['worker', 'hr', 'staff'] as const
export type Role = (typeof ROLES)[number]

export interface FactoryRole {
  factoryId: string
  role: Role
}

export function hasRole(roles: readonly FactoryRole[], role: Role, factoryId?: string): boolean {
  return roles.some((r) => r.role === role && (factoryId === undefined || r.factoryId === factoryId))
}
