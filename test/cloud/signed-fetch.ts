// Requests to a local cloud's CloudBase endpoint signed the way wx-server-sdk
// signs them (its own signer, @cloudbase/signature-nodejs), for tests that
// speak the wire format directly.
import { randomBytes } from 'crypto'
import { sign } from '@cloudbase/signature-nodejs'
import type { Credentials } from '../../localcloud/auth/tc3'

export interface SignOptions {
  credentials: Credentials
  /** seconds since the epoch the signature claims (default: now - 1, as the SDK does) */
  timestamp?: number
}

function signedHeaders(url: string, params: Record<string, unknown>, contentType: string, o: SignOptions): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': contentType, host: new URL(url).host, 'user-agent': 'tcb-node-sdk/3.17.2' }
  const { authorization, timestamp } = sign({
    secretId: o.credentials.secretId,
    secretKey: o.credentials.secretKey,
    method: 'post',
    url,
    params,
    headers,
    withSignedParams: true,
    timestamp: o.timestamp ?? Math.floor(Date.now() / 1000) - 1
  })
  // fetch sets Host itself (to the URL's, which is what was signed).
  const { host: _host, ...rest } = headers
  return { ...rest, authorization, 'x-timestamp': String(timestamp), 'x-signature-expires': '600' }
}

export function signedJson(url: string, params: Record<string, unknown>, o: SignOptions): RequestInit {
  return { method: 'POST', headers: signedHeaders(url, params, 'application/json', o), body: JSON.stringify(params) }
}

export function signedMultipart(url: string, fields: Record<string, string | Buffer>, o: SignOptions): RequestInit {
  const boundary = `----fb${randomBytes(8).toString('hex')}`
  const parts: Buffer[] = []
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`), Buffer.from(value), Buffer.from('\r\n'))
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`))
  return { method: 'POST', headers: signedHeaders(url, fields, `multipart/form-data; boundary=${boundary}`, o), body: Buffer.concat(parts) }
}
