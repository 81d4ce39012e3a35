// The pure half of content security: what msgSecCheck's answers mean for one
// write, and the review mark a stored record carries. No I/O (unit-tested).
import { AppError } from '../../src/common/errors'

/** msgSecCheck scenes: 1 资料 (profile), 2 评论 (comment), 3 论坛 (forum post), 4 社交日志 (social log). */
export const SCENE = { profile: 1, comment: 2, forum: 3, social: 4 } as const
export type Scene = (typeof SCENE)[keyof typeof SCENE]

export type Suggest = 'pass' | 'review' | 'risky'

/** One text to check; `field` is the payload path reported back (e.g. 'name', 'pickupPeople.0.name'). */
export interface TextCheck {
  field: string
  text: string | undefined
  scene: Scene
}

/** WeChat's limit per check; longer texts are checked in pieces. */
export const MAX_CHECK_CHARS = 2500
/**
 * Our own limit per check. Well under the api function's timeout (10 s in config.json; the
 * platform default is 3 s, see README), so the user gets a typed, retryable answer
 * instead of a function timeout. Checks of one request run in parallel.
 */
export const CHECK_TIMEOUT_MS = 2500

/** errcode 87014 is version 1's "risky content"; treated as risky should it ever come back. */
const RISKY_ERRCODE = 87014

export type CheckOutcome = { suggest: Suggest } | { failed: string }

/** What one SDK answer (resolved value or thrown error) means. Pure. */
export function outcomeOf(reply: { resolved?: unknown; thrown?: unknown }): CheckOutcome {
  if (reply.thrown !== undefined) {
    const e = reply.thrown as { errCode?: number; errMsg?: string; message?: string }
    if (e?.errCode === RISKY_ERRCODE) return { suggest: 'risky' }
    return { failed: `errCode ${e?.errCode ?? '?'}: ${e?.errMsg ?? e?.message ?? String(e)}` }
  }
  const r = reply.resolved as { errCode?: number; result?: { suggest?: unknown } } | undefined
  const suggest = r?.result?.suggest
  if (suggest === 'pass' || suggest === 'review' || suggest === 'risky') return { suggest }
  return { failed: `unexpected reply: ${JSON.stringify(reply.resolved)?.slice(0, 200)}` }
}

export interface Verdict {
  /** fields whose text WeChat suggests a person should look at (stored, marked) */
  review: string[]
}

/** The decision for one write from the outcome of each field's checks. Pure. */
export function verdictOf(outcomes: { field: string; outcome: CheckOutcome }[]): Verdict {
  const risky = unique(outcomes.filter((o) => 'suggest' in o.outcome && o.outcome.suggest === 'risky').map((o) => o.field))
  if (risky.length) throw new AppError('CONTENT_RISKY', { fields: risky })
  const failed = outcomes.filter((o) => 'failed' in o.outcome)
  if (failed.length) {
    console.warn('[content-security] check failed:', failed.map((f) => `${f.field} ${(f.outcome as { failed: string }).failed}`).join('; '))
    throw new AppError('CONTENT_CHECK_UNAVAILABLE')
  }
  return { review: unique(outcomes.filter((o) => 'suggest' in o.outcome && o.outcome.suggest === 'review').map((o) => o.field)) }
}

/** Pieces of at most `max` UTF-16 units, never splitting a surrogate pair. Pure. */
export function pieces(text: string, max = MAX_CHECK_CHARS): string[] {
  const out: string[] = []
  let i = 0
  while (i < text.length) {
    let end = Math.min(i + max, text.length)
    const c = text.charCodeAt(end - 1)
    if (end < text.length && c >= 0xd800 && c <= 0xdbff) end--
    out.push(text.slice(i, end))
    i = end
  }
  return out
}

export function unique(xs: string[]): string[] {
  return [...new Set(xs)]
}

// ---- the mark a stored record carries ------------------------------------------------

/** Stored on a record with text WeChat suggested for review; absent when all its checked text passed. */
export interface ModerationMark {
  state: 'review'
  /** which of the record's fields were marked */
  fields: string[]
  at: Date
}

/**
 * The record's mark after a write that re-checked `checked` fields (pure): marks of fields
 * not written are kept, the written ones take the new verdict. null = no mark (remove it).
 */
export function nextMark(prev: ModerationMark | null | undefined, checked: string[], review: string[], now: Date): ModerationMark | null {
  const kept = (prev?.fields ?? []).filter((f) => !checked.some((c) => f === c || f.startsWith(`${c}.`)))
  const fields = unique([...kept, ...review])
  if (!fields.length) return null
  return { state: 'review', fields, at: review.length ? now : (prev?.at ?? now) }
}
