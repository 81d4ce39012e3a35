/**
 * Wire format of `cloud.openapi.*` calls made by wx-server-sdk 4.0.2
 * (via @cloudbase/node-sdk 3.17.2 `callCompatibleWxOpenApi`).
 *
 * Request: `POST <TCB URL>?env=..&seqId=..`, `multipart/form-data` (built by the
 * `form-data` package) with text fields `action=wx.openApi`, `apiName=<e.g.
 * subscribeMessage.send>`, `envName`, `wxCloudApiToken`, `tcb_sessionToken`,
 * `crossAuthorizationToken`, ... and one BINARY part `requestData`
 * (`Content-Type: application/octet-stream`, raw protobuf bytes, not base64):
 *
 *   message KeyValuePair { string key = 1; bytes value = 2; string contenttype = 3; string filename = 4; }
 *   message OpenApiData  { repeated KeyValuePair pairs = 1; }
 *   message CommApiData  { ApiType apiType = 1; OpenApiData openapiData = 2; InnerApiData innerData = 3;
 *                          SvrkitApiData svrkitData = 4; TokenApiData tokenData = 5; string appid = 6; }
 *   enum ApiType { OPEN_API = 0; INNER_API = 1; SVRKIT_API = 2; TOKEN_API = 3; }
 *
 * Each pair's `value` is the JSON (json-bigint) text of one top-level parameter;
 * keys were converted camelCase -> snake_case recursively by the SDK.
 *
 * Reply: HTTP 200 with any content-type other than exactly
 * `application/json; charset=utf-8` (use `application/octet-stream`); body is
 *
 *   message CommOpenApiResp { bytes respData = 1; string contentType = 2; int32 errorCode = 3;
 *                             uint32 httpCode = 4; repeated HttpHeader headers = 5; int32 svrkitErrorCode = 6; }
 *
 * SDK behaviour on the reply (wx-server-sdk callWXOpenAPI / callGeneralOpenAPI):
 *  - errorCode != 0 -> throws CloudSDKError{errCode: errorCode,
 *    errMsg: `system error: error code: ${errorCode}`} (platform-level error, e.g. no permission).
 *  - contentType matches /application\/json|text\/plain/ -> respData parsed as JSON;
 *    if `errcode` truthy -> throws CloudSDKError{errCode: errcode,
 *    errMsg: `openapi.<api>:fail <errmsg>`}; otherwise resolves with the rest of the
 *    object converted snake_case -> camelCase plus `{errCode: 0, errMsg: 'openapi.<api>:ok'}`.
 *  - other contentType -> resolves `{contentType, buffer: respData, errCode: 0, errMsg}`.
 *  - a body that is not protobuf but JSON `{code, message}` -> TCB error (errCode from
 *    TCB_ERR_CODE[code] or -501001).
 *
 * No dependencies: a minimal protobuf reader/writer is included.
 */

// ---------------------------------------------------------------------------
// Minimal protobuf primitives
// ---------------------------------------------------------------------------

class Reader {
  pos = 0
  constructor(readonly buf: Buffer) {}
  get done() {
    return this.pos >= this.buf.length
  }
  /** Read a varint: `num` is exact for values < 2^53, `lo` holds the low 32 bits. */
  varint64(): { num: number; lo: number } {
    let lo = 0
    let num = 0
    let mul = 1
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.buf.length) throw new Error('protobuf: truncated varint')
      const b = this.buf[this.pos++]
      if (i < 5) lo |= (b & 0x7f) << (7 * i)
      num += (b & 0x7f) * mul
      mul *= 128
      if (!(b & 0x80)) return { num, lo }
    }
    throw new Error('protobuf: varint too long')
  }
  /** Unsigned varint (tags, lengths, uint32). */
  varint(): number {
    return this.varint64().num
  }
  /** int32 (negative values arrive sign-extended to 64 bits). */
  int32(): number {
    return this.varint64().lo | 0
  }
  bytes(): Buffer {
    const len = this.varint()
    if (this.pos + len > this.buf.length) throw new Error('protobuf: truncated length-delimited field')
    const out = this.buf.subarray(this.pos, this.pos + len)
    this.pos += len
    return out
  }
  skip(wireType: number) {
    switch (wireType) {
      case 0:
        this.varint()
        return
      case 1:
        this.pos += 8
        break
      case 2:
        this.bytes()
        return
      case 5:
        this.pos += 4
        break
      default:
        throw new Error(`protobuf: unsupported wire type ${wireType}`)
    }
    if (this.pos > this.buf.length) throw new Error('protobuf: truncated fixed field')
  }
  /** Iterate fields: calls fn(fieldNo, wireType); fn must consume the value or return false to skip. */
  each(fn: (field: number, wireType: number) => boolean) {
    while (!this.done) {
      const tag = this.varint()
      const field = tag >>> 3
      const wireType = tag & 7
      if (field === 0) throw new Error('protobuf: invalid field number 0')
      if (!fn(field, wireType)) this.skip(wireType)
    }
  }
}

/** protobufjs-compatible varint: 64-bit value as low/high 32-bit halves. */
function writeVarint64(out: number[], lo: number, hi: number) {
  lo >>>= 0
  hi >>>= 0
  while (hi) {
    out.push((lo & 127) | 128)
    lo = ((lo >>> 7) | (hi << 25)) >>> 0
    hi >>>= 7
  }
  while (lo > 127) {
    out.push((lo & 127) | 128)
    lo >>>= 7
  }
  out.push(lo)
}

/** Varint of a 32-bit integer; negatives are sign-extended to 64 bits (10 bytes), as protobufjs does. */
function writeVarint(out: number[], value: number) {
  const v = Math.trunc(value)
  writeVarint64(out, v >>> 0, v < 0 ? 0xffffffff : 0)
}

class Writer {
  private chunks: Buffer[] = []
  private tag(field: number, wireType: number) {
    const b: number[] = []
    writeVarint(b, (field << 3) | wireType)
    this.chunks.push(Buffer.from(b))
  }
  /** int32/uint32 (negative int32 is sign-extended to 10 bytes, as protobufjs does). */
  int(field: number, value: number) {
    this.tag(field, 0)
    const b: number[] = []
    writeVarint(b, value)
    this.chunks.push(Buffer.from(b))
    return this
  }
  bytes(field: number, value: Buffer | Uint8Array | string) {
    const buf = typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value)
    this.tag(field, 2)
    const b: number[] = []
    writeVarint(b, buf.length)
    this.chunks.push(Buffer.from(b), buf)
    return this
  }
  finish(): Buffer {
    return Buffer.concat(this.chunks)
  }
}

// ---------------------------------------------------------------------------
// CommApiData (request)
// ---------------------------------------------------------------------------

export const ApiType = { OPEN_API: 0, INNER_API: 1, SVRKIT_API: 2, TOKEN_API: 3 } as const

export interface KeyValuePair {
  key: string
  value: Buffer
  contenttype?: string
  filename?: string
}

export interface CommApiData {
  apiType: number
  pairs: KeyValuePair[]
  appid?: string
  /** Raw sub-messages other than openapiData (svrkit/inner/token calls), undecoded. */
  other: Record<number, Buffer>
}

/** Decode the raw protobuf `CommApiData` message. */
export function decodeCommApiData(buf: Buffer): CommApiData {
  const msg: CommApiData = { apiType: 0, pairs: [], other: {} }
  const r = new Reader(buf)
  r.each((field, wt) => {
    if (field === 1 && wt === 0) {
      msg.apiType = r.int32()
      return true
    }
    if (field === 2 && wt === 2) {
      const od = new Reader(r.bytes())
      od.each((f2, wt2) => {
        if (f2 === 1 && wt2 === 2) {
          msg.pairs.push(readPair(od.bytes()))
          return true
        }
        return false
      })
      return true
    }
    if (field === 6 && wt === 2) {
      msg.appid = r.bytes().toString('utf8')
      return true
    }
    if (wt === 2) {
      msg.other[field] = Buffer.from(r.bytes())
      return true
    }
    return false
  })
  return msg
}

function readPair(buf: Buffer): KeyValuePair {
  const kv: KeyValuePair = { key: '', value: Buffer.alloc(0) }
  const r = new Reader(buf)
  r.each((field, wt) => {
    if (wt !== 2) return false
    const b = r.bytes()
    if (field === 1) kv.key = b.toString('utf8')
    else if (field === 2) kv.value = Buffer.from(b)
    else if (field === 3) kv.contenttype = b.toString('utf8')
    else if (field === 4) kv.filename = b.toString('utf8')
    return true
  })
  return kv
}

/** Encode a `CommApiData` (OPEN_API) the way wx-server-sdk does; handy for tests and replays. */
export function encodeCommApiData(data: Record<string, unknown>, appid?: string): Buffer {
  const od = new Writer()
  for (const key of Object.keys(data)) {
    const json = JSON.stringify(data[key])
    if (json === undefined) continue
    od.bytes(1, new Writer().bytes(1, key).bytes(2, json).finish())
  }
  const w = new Writer().int(1, ApiType.OPEN_API).bytes(2, od.finish())
  if (appid) w.bytes(6, appid)
  return w.finish()
}

export interface DecodedOpenApiRequest {
  apiName?: string
  appid?: string
  apiType: number
  /** Parameters as sent (snake_case keys), JSON-parsed. */
  data: Record<string, unknown>
}

/** Non-JSON pair (e.g. a file/media upload), kept as raw bytes. */
export interface OpenApiFileParam {
  contentType?: string
  filename?: string
  buffer: Buffer
}

/**
 * Decode the `requestData` field of a `wx.openApi` call.
 * A string is taken as base64 (as stored in fixtures); on the wire it is a binary part.
 * `apiName` is not inside the protobuf (it is a separate form field): pass it to have it echoed.
 */
export function decodeOpenApiRequest(requestData: Buffer | Uint8Array | string, apiName?: string): DecodedOpenApiRequest {
  const buf = typeof requestData === 'string' ? Buffer.from(requestData, 'base64') : Buffer.from(requestData)
  const msg = decodeCommApiData(buf)
  const data: Record<string, unknown> = {}
  for (const p of msg.pairs) {
    if (p.contenttype || p.filename) {
      data[p.key] = { contentType: p.contenttype, filename: p.filename, buffer: p.value } as OpenApiFileParam
      continue
    }
    const text = p.value.toString('utf8')
    try {
      data[p.key] = JSON.parse(text)
    } catch {
      data[p.key] = text
    }
  }
  const out: DecodedOpenApiRequest = { apiType: msg.apiType, data }
  if (apiName !== undefined) out.apiName = apiName
  if (msg.appid) out.appid = msg.appid
  return out
}

/**
 * Decode a whole `wx.openApi` multipart form (output of `parseMultipart`).
 * Returns the text fields too (envName, wxCloudApiToken, ...).
 */
export function decodeOpenApiForm(fields: Record<string, Buffer>): DecodedOpenApiRequest & {
  action?: string
  fields: Record<string, string>
} {
  const text: Record<string, string> = {}
  for (const [k, v] of Object.entries(fields)) if (k !== 'requestData') text[k] = v.toString('utf8')
  const req = decodeOpenApiRequest(fields.requestData ?? Buffer.alloc(0), text.apiName)
  return { ...req, action: text.action, fields: text }
}

// ---------------------------------------------------------------------------
// CommOpenApiResp (reply)
// ---------------------------------------------------------------------------

export interface CommOpenApiResp {
  respData?: Buffer | string
  contentType?: string
  errorCode?: number
  httpCode?: number
}

/** Content-Type for the HTTP reply. Must NOT be exactly `application/json; charset=utf-8`. */
export const OPENAPI_HTTP_CONTENT_TYPE = 'application/octet-stream'

/** Encode a raw `CommOpenApiResp`. Zero/empty fields are omitted (proto3 style). */
export function encodeCommOpenApiResp(resp: CommOpenApiResp): Buffer {
  const w = new Writer()
  if (resp.respData !== undefined) w.bytes(1, resp.respData)
  if (resp.contentType) w.bytes(2, resp.contentType)
  if (resp.errorCode) w.int(3, resp.errorCode)
  if (resp.httpCode) w.int(4, resp.httpCode)
  return w.finish()
}

/** Decode a `CommOpenApiResp` (for tests / debugging). */
export function decodeCommOpenApiResp(buf: Buffer): Required<Pick<CommOpenApiResp, 'contentType' | 'errorCode'>> & {
  respData: Buffer
  httpCode: number
} {
  const out = { respData: Buffer.alloc(0), contentType: '', errorCode: 0, httpCode: 0 }
  const r = new Reader(buf)
  r.each((field, wt) => {
    if (field === 1 && wt === 2) out.respData = Buffer.from(r.bytes())
    else if (field === 2 && wt === 2) out.contentType = r.bytes().toString('utf8')
    else if (field === 3 && wt === 0) out.errorCode = r.int32()
    else if (field === 4 && wt === 0) out.httpCode = r.varint64().lo >>> 0
    else return false
    return true
  })
  return out
}

/**
 * Encode a WeChat open-API JSON reply (`{errcode, errmsg, ...}`) as the reply body.
 * errcode 0 -> the SDK resolves `{...rest (camelCased), errCode: 0, errMsg: 'openapi.<api>:ok'}`;
 * errcode != 0 (e.g. 43101) -> the SDK throws errCode 43101, errMsg 'openapi.<api>:fail <errmsg>'.
 * Use `options.errorCode` for a platform-level failure instead (e.g. -604101, no permission):
 * the SDK then throws errCode = errorCode regardless of respData.
 */
export function encodeOpenApiResponse(
  resp: { errcode: number; errmsg: string; [k: string]: unknown },
  options: { errorCode?: number; contentType?: string } = {}
): Buffer {
  return encodeCommOpenApiResp({
    respData: Buffer.from(JSON.stringify(resp), 'utf8'),
    contentType: options.contentType ?? 'application/json; charset=utf-8',
    errorCode: options.errorCode
  })
}

/** Platform-level error reply (CommOpenApiResp.errorCode only), e.g. -604101 missing openapi permission. */
export function encodeOpenApiSystemError(errorCode: number): Buffer {
  return encodeCommOpenApiResp({ errorCode })
}

// ---------------------------------------------------------------------------
// Case helpers (same rules as wx-server-sdk utils.convertCase)
// ---------------------------------------------------------------------------

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  Object.prototype.toString.call(v) === '[object Object]'

function convertKeys(input: unknown, conv: (s: string) => string): unknown {
  if (Array.isArray(input)) return input.map(v => convertKeys(v, conv))
  if (isPlainObject(input)) {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(input)) out[conv(k)] = convertKeys(v, conv)
    return out
  }
  return input
}

export const snakeToCamel = (s: string) => s.replace(/_[a-z]/g, m => m[1].toUpperCase())
export const camelToSnake = (s: string) => s.replace(/[A-Z]/g, (m, i: number) => `${i ? '_' : ''}${m.toLowerCase()}`)

/** Recursively convert object keys snake_case -> camelCase (`template_id` -> `templateId`). */
export function toCamel<T = unknown>(input: unknown): T {
  return convertKeys(input, snakeToCamel) as T
}

/** Recursively convert object keys camelCase -> snake_case, as the SDK does before sending. */
export function toSnake<T = unknown>(input: unknown): T {
  return convertKeys(input, camelToSnake) as T
}

// ---------------------------------------------------------------------------
// multipart/form-data
// ---------------------------------------------------------------------------

/**
 * Minimal multipart/form-data parser (whole body in memory; fine for SDK requests).
 * Returns each part's raw bytes by field name (last one wins for duplicate names).
 */
export function parseMultipart(body: Buffer, contentType: string): Record<string, Buffer> {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType || '')
  if (!/^\s*multipart\/form-data/i.test(contentType || '') || !m) {
    throw new Error(`parseMultipart: not a multipart/form-data content-type: ${contentType}`)
  }
  const boundary = (m[1] ?? m[2]).trim()
  const delim = Buffer.from(`--${boundary}`)
  const out: Record<string, Buffer> = {}
  let pos = body.indexOf(delim)
  if (pos < 0) throw new Error('parseMultipart: boundary not found in body')
  for (;;) {
    pos += delim.length
    // Closing delimiter `--boundary--`
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) break
    // Skip CRLF after the delimiter line.
    if (body[pos] === 0x0d && body[pos + 1] === 0x0a) pos += 2
    const headerEnd = body.indexOf('\r\n\r\n', pos)
    if (headerEnd < 0) throw new Error('parseMultipart: malformed part headers')
    const headers = body.subarray(pos, headerEnd).toString('utf8')
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delim]), headerEnd + 4)
    if (next < 0) throw new Error('parseMultipart: unterminated part')
    const content = body.subarray(headerEnd + 4, next)
    const name = /content-disposition:[^\r\n]*\bname="([^"]*)"/i.exec(headers)?.[1]
    if (name !== undefined) out[name] = Buffer.from(content)
    pos = next + 2
  }
  return out
}
