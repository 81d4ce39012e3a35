// Who may talk to the local cloud. It listens on loopback, but any web page the
// developer opens can still send requests to loopback (a text/plain or
// multipart POST needs no CORS preflight) or reach it through DNS rebinding
// (an attacker's name resolving to 127.0.0.1). So every request must name the
// local cloud itself as Host, a browser's Origin must be the local cloud's own,
// and JSON endpoints take only a JSON content type (which forces a preflight
// that the local cloud never grants).
import type { IncomingMessage } from 'http'

export interface GuardOptions {
  port: number
  /** bound to a non-loopback address on purpose (--unsafe-expose): any Host name is accepted */
  exposed: boolean
}

export interface Refusal {
  status: number
  code: 'FORBIDDEN_HOST' | 'FORBIDDEN_ORIGIN' | 'UNSUPPORTED_MEDIA_TYPE'
  message: string
}

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]']

export function isLoopbackHost(host: string): boolean {
  return host === '127.0.0.1' || host === 'localhost' || host === '::1' || host === '[::1]'
}

/** The Host header values a loopback-bound local cloud answers to. */
export function allowedHosts(port: number): string[] {
  return LOOPBACK_NAMES.map((name) => `${name}:${port}`)
}

export function checkHostAndOrigin(req: IncomingMessage, opts: GuardOptions): Refusal | undefined {
  const host = (req.headers.host ?? '').toLowerCase()
  if (!opts.exposed && !allowedHosts(opts.port).includes(host)) {
    return { status: 403, code: 'FORBIDDEN_HOST', message: `Host "${host}" is not this local cloud (use http://127.0.0.1:${opts.port})` }
  }
  const origin = req.headers.origin
  // Browsers send Origin on every cross-origin request and on same-origin
  // POSTs; programs (the SDK, scripts) send none. "null" (sandboxed frames,
  // file:// pages) is never this local cloud.
  if (origin !== undefined && origin.toLowerCase() !== `http://${host}`) {
    return { status: 403, code: 'FORBIDDEN_ORIGIN', message: `requests from ${origin} are not accepted` }
  }
  return undefined
}

/** JSON endpoints refuse text/plain, forms and the like: only application/json (any charset). */
export function checkJsonContentType(req: IncomingMessage): Refusal | undefined {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase()
  if (type === 'application/json') return undefined
  return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'the body must be sent as Content-Type: application/json' }
}
