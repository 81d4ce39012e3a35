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

/** `{fields: ['name', ...]}` details (e.g. CONTENT_RISKY): each named field gets the error's message. */
function namedFields(details: unknown, message: string): Record<string, string> | undefined {
  const names = (details as { fields?: unknown } | undefined)?.fields
  if (!Array.isArray(names) || !names.length) return undefined
  return Object.fromEntries(names.map((f) => [String(f), message]))
}

export function ok<T>(data: T): ApiResponse<T> {
  return { ok: true, data }
}

/** Turns any thrown value into the typed error reply, in the caller's language. */
export function fail(e: unknown, lang: Lang): ApiResponse<never> {
  if (e instanceof AppError) {
    const fields = e.details instanceof ZodError ? zodFields(e.details) : namedFields(e.details, errorMessage(e.code, lang))
    return { ok: false, error: { code: e.code, message: errorMessage(e.code, lang), ...(fields ? { fields } : {}) } }
  }
  console.error('[api] unexpected error', e)
  return { ok: false, error: { code: 'INTERNAL', message: errorMessage('INTERNAL', lang) } }
}
