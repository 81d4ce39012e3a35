// Who may start a scheduler run. V1 environments fire the timer trigger; V2 environments have
// no timers, so an outside cron (CloudBase HTTP access, 云托管, any server) calls the function
// over HTTP with a shared secret from the function's environment. Pure: no I/O.
import { createHash, timingSafeEqual } from 'crypto'

/** The event CloudBase HTTP access (HTTP 访问服务) gives a function for an HTTP request. */
export interface HttpAccessEvent {
  httpMethod: string
  path?: string
  headers?: Record<string, string | undefined>
  body?: string
  isBase64Encoded?: boolean
}

export type SchedulerTrigger =
  | { kind: 'timer' }
  | { kind: 'http' }
  | { kind: 'refused'; http: boolean; status: 401 | 403 | 405; reason: string }

/** Shorter secrets are treated as unset: the HTTP path stays closed. */
export const MIN_SECRET_LENGTH = 16

export function isHttpAccessEvent(event: unknown): event is HttpAccessEvent {
  return !!event && typeof event === 'object' && typeof (event as HttpAccessEvent).httpMethod === 'string'
}

function bearer(headers: HttpAccessEvent['headers']): string | undefined {
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'authorization' && value) {
      const m = /^Bearer\s+(\S+)$/i.exec(value.trim())
      return m?.[1]
    }
  }
  return undefined
}

// Hash both sides so the comparison takes the same time whatever the lengths.
function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest()
  const b = createHash('sha256').update(expected).digest()
  return timingSafeEqual(a, b)
}

/** Decides how this invocation was started and whether it may run due jobs. */
export function classifySchedulerCall(event: unknown, source: string, secret: string | undefined): SchedulerTrigger {
  if (source.split(',')[0] === 'wx_trigger') return { kind: 'timer' }
  if (!isHttpAccessEvent(event)) return { kind: 'refused', http: false, status: 403, reason: 'scheduler only runs from its timer trigger or an authenticated HTTP call' }
  if (!secret || secret.length < MIN_SECRET_LENGTH) return { kind: 'refused', http: true, status: 403, reason: 'HTTP trigger is off: set SCHEDULER_HTTP_SECRET (16+ characters) in the function environment' }
  if (event.httpMethod.toUpperCase() !== 'POST') return { kind: 'refused', http: true, status: 405, reason: 'use POST' }
  const given = bearer(event.headers)
  if (!given || !sameSecret(given, secret)) return { kind: 'refused', http: true, status: 401, reason: 'missing or wrong bearer secret' }
  return { kind: 'http' }
}

/** The reply shape CloudBase HTTP access turns into an HTTP response. */
export function httpReply(statusCode: number, body: unknown) {
  return { statusCode, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body), isBase64Encoded: false }
}
