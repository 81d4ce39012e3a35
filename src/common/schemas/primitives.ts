import { z } from 'zod'
import { LANGS } from '../lang'
import { ROLES } from '../roles'

export const LangSchema = z.enum(LANGS)
export const RoleSchema = z.enum(ROLES)
export const FactoryRoleSchema = z.object({ factoryId: z.string().min(1), role: RoleSchema })
