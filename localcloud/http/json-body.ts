// Reads a JSON request body for the H5 gateway and developer endpoints and
// says precisely what is wrong with a bad one, before anything runs.
import type { IncomingMessage } from 'http'
import { BodyTooLargeError, readBody } from './body'

/** Deeper than any real request; a 5,000-deep payload would blow the stack of recursive code downstream. */
export const MAX_JSON_DEPTH = 64

export type JsonBody = { ok: true; value: unknown } | { ok: false; problem: 'TOO_LARGE' | 'NOT_JSON' | 'TOO_DEEP' }

/** Bracket depth of JSON text, counted without recursion (strings skipped). */
export function jsonDepth(text: string): number {
  let depth = 0
  let max = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i++ // backslash: skip the escaped character
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x7b || c === 0x5b) max = Math.max(max, ++depth)
    else if (c === 0x7d || c === 0x5d) depth--
  }
  return max
}

export async function readJsonBody(req: IncomingMessage): Promise<JsonBody> {
  let text: string
  try {
    text = (await readBody(req)).toString('utf8')
  } catch (e) {
    if (e instanceof BodyTooLargeError) return { ok: false, problem: 'TOO_LARGE' }
    throw e
  }
  if (text.trim() === '') return { ok: true, value: undefined }
  if (jsonDepth(text) > MAX_JSON_DEPTH) return { ok: false, problem: 'TOO_DEEP' }
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false, problem: 'NOT_JSON' }
  }
}
