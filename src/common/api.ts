// The single source of truth for the `api` cloud function's contract:
// every action's payload and result schema. The functions validate with these,
// and the app's typed client derives its types from them.
import { z } from 'zod'
import { LangSchema } from './schemas/primitives'
import { MeGetPayloadSchema, MeUpdatePayloadSchema, ProfileSchema } from './schemas/me'
import { ERROR_CODES, type ErrorCode } from './errors'
import { learningActions } from './learning/actions'
import { spacesActions } from './spaces/actions'
import { remindersActions } from './reminders/actions'
import { insightsActions } from './insights/actions'
import { privacyActions } from './privacy/actions'
import { exportActions } from './exports/actions'
import { practiceActions } from './practice/actions'
import { schedulerActions } from './scheduler/actions'

export { API_FUNCTION } from './function-names'

export const meActions = {
  'me.get': { payload: MeGetPayloadSchema, result: ProfileSchema },
  'me.update': { payload: MeUpdatePayloadSchema, result: ProfileSchema }
} as const

/** Every action of the `api` function, by domain. */
export const actions = { ...meActions, ...learningActions, ...spacesActions, ...remindersActions, ...insightsActions, ...privacyActions, ...exportActions, ...schedulerActions, ...practiceActions } as const

export type ActionName = keyof typeof actions
export type ActionPayload<A extends ActionName> = z.input<(typeof actions)[A]['payload']>
export type ActionResult<A extends ActionName> = z.infer<(typeof actions)[A]['result']>

export const ACTION_NAMES = Object.keys(actions) as ActionName[]

/** What the client sends as `data` to the `api` function. */
export const ApiRequestSchema = z.object({
  action: z.string().min(1).max(64),
  payload: z.unknown().optional(),
  lang: LangSchema.optional()
})
export type ApiRequest = z.infer<typeof ApiRequestSchema>

export const ApiErrorSchema = z.object({
  code: z.enum(ERROR_CODES as [ErrorCode, ...ErrorCode[]]),
  message: z.string(),
  fields: z.record(z.string(), z.string()).optional()
})
export type ApiError = z.infer<typeof ApiErrorSchema>

export type ApiResponse<T = unknown> = { ok: true; data: T } | { ok: false; error: ApiError }
