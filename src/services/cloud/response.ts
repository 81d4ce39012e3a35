// Turns whatever the function returned into typed data or a CloudError. Pure: unit-tested.
import { ApiErrorSchema, actions, type ActionName, type ActionResult } from '@/common/api'
import type { Lang } from '@/common/lang'
import { CloudError } from './errors'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

export function readResponse<A extends ActionName>(action: A, raw: unknown, lang: Lang): ActionResult<A> {
  if (!isRecord(raw) || typeof raw.ok !== 'boolean') {
    throw CloudError.fromCode('INTERNAL', lang)
  }
  if (raw.ok === false) {
    const error = ApiErrorSchema.safeParse(raw.error)
    if (!error.success) throw CloudError.fromCode('INTERNAL', lang)
    throw new CloudError(error.data.code, error.data.message, error.data.fields)
  }
  // A reply that does not match the contract is our bug, not the user's: report INTERNAL.
  const data = actions[action].result.safeParse(raw.data)
  if (!data.success) throw CloudError.fromCode('INTERNAL', lang)
  return data.data as ActionResult<A>
}
