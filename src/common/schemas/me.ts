import { z } from 'zod'
import { LangSchema, lineText, RoleSchema } from './primitives'

export const LocalizedTextSchema = z.object({ 'zh-CN': z.string(), en: z.string() })

export const MembershipSchema = z.object({
  factoryId: z.string(),
  factoryName: LocalizedTextSchema,
  roles: z.array(RoleSchema)
})

export const ProfileSchema = z.object({
  openid: z.string(),
  displayName: z.string(),
  language: LangSchema,
  memberships: z.array(MembershipSchema),
  createdAt: z.string(),
  /** ids of the programs the user is an officer of (opens the program dashboard) */
  programs: z.array(z.string()).optional()
})
export type Profile = z.infer<typeof ProfileSchema>

export const MeGetPayloadSchema = z.object({}).strict()

export const MeUpdatePayloadSchema = z
  .object({
    language: LangSchema.optional(),
    displayName: lineText(1, 20).optional()
  })
  .strict()
  .refine((p) => p.language !== undefined || p.displayName !== undefined, { message: 'nothing to update' })
export type MeUpdatePayload = z.infer<typeof MeUpdatePayloadSchema>
