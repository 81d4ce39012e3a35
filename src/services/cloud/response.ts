// Turns whatever the function returned into typed data or a CloudError. Pure: unit-tested.
// The reply's data is typed by the shared zod contract (src/common/api.ts) but not
// re-validated here: the server validated it, and shipping every schema plus zod
// in the main package would cost ~70 KB of its 400 KB budget.
import type { ActionName, ActionResult } from '@/common/api'
import { ERROR_CODES, type ErrorCode } from '@/common/errors'
import type { Lang } from '@/common/lang'
import { CloudError } from './errors'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as string[]).includes(value)
}

export function readResponse<A extends ActionName>(_action: A, raw: unknown, lang: Lang): ActionResult<A> {
  if (!isRecord(raw) || typeof raw.ok !== 'boolean') throw CloudError.fromCode('INTERNAL', lang)
  if (raw.ok === true) {
    if (!('data' in raw)) throw CloudError.fromCode('INTERNAL', lang)
    return raw.data as ActionResult<A>
  }
  const error = raw.error
  // An error we cannot read is our bug, not the user's: report INTERNAL in their language.
  if (!isRecord(error) || !isErrorCode(error.code) || typeof error.message !== 'string') throw CloudError.fromCode('INTERNAL', lang)
  const fields = isRecord(error.fields) ? (error.fields as Record<string, string>) : undefined
  throw new CloudError(error.code, error.message, fields)
}
