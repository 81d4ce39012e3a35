import { ZodError } from 'zod'
import { AppError, errorMessage } from '../../src/common/errors'
import type { ApiResponse } from '../../src/common/api'
import type { Lang } from '../../src/common/lang'

/** Field-level problems, so a form can point at what to fix. */
function zodFields(e: ZodError): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const issue of e.issues) fields[issue.path.join('.') || '_'] = issue.message
  return fields
}

export function ok<T>(data: T): ApiResponse<T> {
  return { ok: true, data }
}

/** Turns any thrown value into the typed error reply, in the caller's language. */
export function fail(e: unknown, lang: Lang): ApiResponse<never> {
  if (e instanceof AppError) {
    const fields = e.details instanceof ZodError ? zodFields(e.details) : undefined
    return { ok: false, error: { code: e.code, message: errorMessage(e.code, lang), ...(fields ? { fields } : {}) } }
  }
  console.error('[api] unexpected error', e)
  return { ok: false, error: { code: 'INTERNAL', message: errorMessage('INTERNAL', lang) } }
}
