// Decoding of the EJSON strings the CloudBase SDK sends, including its own
// encodings that differ from plain MongoDB (server dates, `each` without `$`).
import { EJSON, BSONRegExp, ObjectId } from 'bson'

export type Doc = Record<string, unknown>

/** Parse an EJSON string from the wire into plain JS values (numbers, Dates, RegExps). */
export function parseWire(text: string | undefined, now: Date = new Date()): any {
  if (text === undefined || text === '') return undefined
  const value = EJSON.parse(text, { relaxed: true })
  return normalize(value, now)
}

function normalize(value: unknown, now: Date): any {
  if (value === null || typeof value !== 'object') return value
  if (value instanceof Date) return value
  if (value instanceof BSONRegExp) return new RegExp(value.pattern, value.options.replace(/[^gimsuy]/g, ''))
  if (value instanceof ObjectId) return value.toHexString()
  if (value instanceof RegExp) return value
  if (Array.isArray(value)) return value.map((v) => normalize(v, now))
  const obj = value as Record<string, unknown>
  const serverDate = obj.$tcb_server_date as { offset?: number } | undefined
  if (serverDate && Object.keys(obj).length === 1) {
    return new Date(now.getTime() + Number(serverDate.offset ?? 0))
  }
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(obj)) out[k] = normalize(v, now)
  return out
}

/** Encode a stored document for a `list` reply, as the real service does. */
export function toWire(doc: Doc): string {
  return EJSON.stringify(doc, { relaxed: false })
}

/** Canonical storage form (round-trips Dates and RegExps). */
export function serialize(doc: Doc): string {
  return EJSON.stringify(doc, { relaxed: false })
}

export function deserialize(text: string): Doc {
  return normalize(EJSON.parse(text, { relaxed: true }), new Date()) as Doc
}

/**
 * The SDK's update encoding differs from MongoDB in a few operators:
 * `_.addToSet({each})` arrives as `{each: [...]}`; everything else is standard.
 */
export function normalizeUpdate(update: Doc): Doc {
  const out: Doc = {}
  for (const [op, fields] of Object.entries(update)) {
    if (op === '$addToSet' && fields && typeof fields === 'object') {
      const fixed: Doc = {}
      for (const [path, v] of Object.entries(fields as Doc)) {
        const isEach = v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v as Doc).length === 1 && 'each' in (v as Doc)
        fixed[path] = isEach ? { $each: (v as Doc).each } : v
      }
      out[op] = fixed
    } else {
      out[op] = fields
    }
  }
  return out
}

export function isOperatorUpdate(update: Doc): boolean {
  const keys = Object.keys(update)
  return keys.length > 0 && keys.every((k) => k.startsWith('$'))
}
