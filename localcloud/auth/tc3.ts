// CloudBase request signatures (TC3-HMAC-SHA256, as @cloudbase/signature-nodejs
// makes them for wx-server-sdk): the local cloud issues a random key pair at
// start and refuses /admin requests not signed with it, so a web page or
// another local program cannot read or write the database blindly.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'crypto'

export interface Credentials {
  secretId: string
  secretKey: string
}

/** The SDK signs with `X-Signature-Expires: 600`; a little slack for clock steps. */
export const SIGNATURE_MAX_AGE_S = 600
const CLOCK_SKEW_S = 60

export function issueCredentials(): Credentials {
  return { secretId: `AKIDlocal${randomBytes(12).toString('hex')}`, secretKey: randomBytes(24).toString('base64url') }
}

/** Body fields as the signer saw them: JSON params, or multipart fields as raw bytes. */
export type SignedBody = { kind: 'json'; params: Record<string, unknown> } | { kind: 'multipart'; fields: Record<string, Buffer> }

export interface SignedRequest {
  method: string
  /** path and query, as in IncomingMessage.url */
  url: string
  headers: Record<string, string | string[] | undefined>
  body: SignedBody
}

export type Verdict = { ok: true } | { ok: false; reason: string }

const AUTH_PATTERN =
  /^TC3-HMAC-SHA256 Credential=([^/\s,]+)\/(\d{4}-\d{2}-\d{2})\/tcb\/tc3_request,(?: SignedParams=([^,]*),)? SignedHeaders=([^,\s]+), Signature=([0-9a-f]{64})$/

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex')
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest()

/** encodeURIComponent plus the characters the signer also escapes (its camSafeUrlEncode). */
function camSafe(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/** The signer's view of the body: lower-cased keys → the bytes it hashed (empty values are not signed). */
function signedFields(body: SignedBody): Map<string, string | Buffer> {
  const out = new Map<string, string | Buffer>()
  if (body.kind === 'json') {
    for (const [k, v] of Object.entries(body.params)) {
      if (v === undefined) continue
      const text = (typeof v === 'string' ? v : JSON.stringify(v)).trim()
      out.set(camSafe(k.toLowerCase().trim()), text)
    }
  } else {
    for (const [k, v] of Object.entries(body.fields)) out.set(camSafe(k.toLowerCase().trim()), v)
  }
  for (const [k, v] of out) if (v.length === 0) out.delete(k)
  return out
}

function headerValue(headers: SignedRequest['headers'], name: string): string | undefined {
  const v = headers[name]
  return Array.isArray(v) ? v.join(',') : v
}

/**
 * Checks the Authorization header against the issued key: same secret id, fresh
 * timestamp, Host and Content-Type signed, every non-empty body field signed,
 * and the HMAC over method, path, query, headers and fields.
 */
export function verifyTc3(req: SignedRequest, creds: Credentials, nowMs = Date.now()): Verdict {
  const auth = headerValue(req.headers, 'authorization')
  if (!auth) return { ok: false, reason: 'missing Authorization (TC3-HMAC-SHA256) header' }
  const m = AUTH_PATTERN.exec(auth)
  if (!m) return { ok: false, reason: 'malformed Authorization header' }
  const [, secretId, date, signedParamsText, signedHeadersText, signature] = m
  if (!sameText(secretId, creds.secretId)) return { ok: false, reason: 'unknown secret id' }

  const timestamp = Number(headerValue(req.headers, 'x-timestamp'))
  if (!Number.isInteger(timestamp)) return { ok: false, reason: 'missing X-Timestamp header' }
  const age = nowMs / 1000 - timestamp
  if (age > SIGNATURE_MAX_AGE_S + CLOCK_SKEW_S || age < -CLOCK_SKEW_S) return { ok: false, reason: 'signature expired or from the future' }
  if (new Date(timestamp * 1000).toISOString().slice(0, 10) !== date) return { ok: false, reason: 'credential date does not match X-Timestamp' }

  const signedHeaders = signedHeadersText.split(';')
  if (!signedHeaders.includes('host') || !signedHeaders.includes('content-type')) return { ok: false, reason: 'Host and Content-Type must be signed' }
  const canonicalHeaders = signedHeaders
    .map((name) => {
      const raw = headerValue(req.headers, name) ?? ''
      // The signer keeps Content-Type as is (multipart without its boundary) and lower-cases the rest.
      const value = name === 'content-type' ? (raw.startsWith('multipart/form-data') ? 'multipart/form-data' : raw) : raw.trim().toLowerCase()
      return `${name}:${value}\n`
    })
    .join('')

  const fields = signedFields(req.body)
  const signedParams = signedParamsText ? signedParamsText.split(';').filter(Boolean) : []
  if (signedParams.length !== fields.size || !signedParams.every((k) => fields.has(k))) {
    return { ok: false, reason: 'every body field must be signed' }
  }
  const payloadHash = createHash('sha256')
  for (const key of signedParams) {
    payloadHash.update(`&${key}=`)
    payloadHash.update(fields.get(key)!)
    payloadHash.update('\r\n')
  }
  const hashedPayload = payloadHash.digest('hex')

  const [pathname, ...rest] = req.url.split('?')
  const query = rest.join('?')
  const host = headerValue(req.headers, 'host') ?? ''
  const kDate = hmac(`TC3${creds.secretKey}`, date)
  const kSigning = hmac(hmac(kDate, 'tcb'), 'tc3_request')
  // The SDK signs the method as it wrote it ('post'); accept either case.
  for (const method of new Set([req.method.toLowerCase(), req.method.toUpperCase()])) {
    const canonicalRequest = `${method}\n//${host}${pathname}\n${query}\n${canonicalHeaders}\n${signedHeaders.join(';')}\n${hashedPayload}`
    const stringToSign = `TC3-HMAC-SHA256\n${timestamp}\n${date}/tcb/tc3_request\n${sha256(canonicalRequest)}`
    if (sameText(createHmac('sha256', kSigning).update(stringToSign).digest('hex'), signature)) return { ok: true }
  }
  return { ok: false, reason: 'signature does not match' }
}
