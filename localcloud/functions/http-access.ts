// CloudBase HTTP access (HTTP 访问服务): an HTTP request to /__http/<function> becomes an
// invocation whose event describes the request, and the function's
// {statusCode, headers, body} reply becomes the HTTP response. This is how an outside cron
// drives the scheduler where functions have no timer triggers (V2).
import type { IncomingHttpHeaders, ServerResponse } from 'http'

export interface HttpAccessRequest {
  method: string
  path: string
  headers: Record<string, string>
  query: Record<string, string>
  body: string
}

export function httpAccessEvent(req: HttpAccessRequest) {
  return {
    httpMethod: req.method,
    path: req.path,
    headers: req.headers,
    queryStringParameters: req.query,
    body: req.body,
    isBase64Encoded: false
  }
}

export function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v
  return out
}

interface HttpReply {
  statusCode?: number
  headers?: Record<string, string>
  body?: unknown
}

/** A reply with a statusCode is an HTTP response; anything else is sent as JSON. */
export function sendHttpAccessReply(res: ServerResponse, result: unknown): void {
  const reply = result as HttpReply | null
  if (reply && typeof reply === 'object' && typeof reply.statusCode === 'number') {
    const body = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? '')
    res.writeHead(reply.statusCode, { 'content-type': 'application/json; charset=utf-8', ...(reply.headers ?? {}), 'content-length': Buffer.byteLength(body) })
    res.end(body)
    return
  }
  const text = JSON.stringify(result ?? null)
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) })
  res.end(text)
}
