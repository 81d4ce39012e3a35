import { z } from 'zod'
import { LANGS } from '../lang'
import { ROLES } from '../roles'

export const LangSchema = z.enum(LANGS)
export const RoleSchema = z.enum(ROLES)
export const FactoryRoleSchema = z.object({ factoryId: z.string().min(1), role: RoleSchema })

/**
 * Present on a result whose user-written text WeChat's content check suggested a person should
 * review (`suggest: 'review'`): the text is published, and HR lists can show or filter on this.
 */
export const ModerationSchema = z.literal('review')

// ---- user-written text ----------------------------------------------------------
// Every free text a person types goes through one of these, so each action
// schema gets the same hygiene at the boundary: Unicode NFC (the same name
// typed on two phones compares equal), invisible format/control characters
// stripped (bidi overrides and isolates could make an HR list show text in a
// different order than it was written), line breaks only where the field is
// multi-line, and lone surrogates refused (they are not text: storage and
// WeChat's content check would mangle them, so the sender must fix the input).
// Regexes avoid lookbehind and \p{...}: this file is in the weapp bundle,
// which must parse on iOS JavaScriptCore older than 16.4.

/**
 * Invisible characters removed from every text: C0/C1 controls other than tab
 * and line breaks, bidi marks/embeddings/overrides/isolates (U+061C, U+200E/F,
 * U+202A-202E, U+2066-2069), zero-width space and BOM (U+200B, U+FEFF),
 * interlinear annotation and object replacement controls (U+FFF9-FFFB).
 * ZWJ/ZWNJ (U+200C/D) stay: emoji sequences and some scripts need them.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\uFFF9-\uFFFB]/g
/** Line breaks in any of their spellings (CRLF, CR, NEL, LS, PS). */
const LINE_BREAK_RE = /\r\n|[\r\u0085\u2028\u2029]/g

/** Index of the first unpaired UTF-16 surrogate, or -1. */
export function loneSurrogateAt(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++
        continue
      }
      return i
    }
    if (c >= 0xdc00 && c <= 0xdfff) return i
  }
  return -1
}

/**
 * The cleaned form of a typed text (pure; lone surrogates must be refused before).
 * Single-line: every line break or tab becomes one space. Multi-line: line breaks
 * become '\n', tabs a space, at most two blank lines in a row. Both are trimmed.
 */
export function cleanText(raw: string, multiline: boolean): string {
  let s = raw.normalize('NFC').replace(LINE_BREAK_RE, '\n').replace(INVISIBLE_RE, '').replace(/\t/g, ' ')
  s = multiline ? s.replace(/[ \u00A0\u3000]+\n/g, '\n').replace(/\n{4,}/g, '\n\n\n') : s.replace(/\n/g, ' ')
  return s.trim()
}

export const TEXT_LONE_SURROGATE = 'text has a broken character (lone surrogate)'

function textSchema(min: number, max: number, multiline: boolean) {
  return z
    .string()
    .transform((raw, ctx) => {
      if (loneSurrogateAt(raw) >= 0) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: TEXT_LONE_SURROGATE })
        return z.NEVER
      }
      return cleanText(raw, multiline)
    })
    .pipe(z.string().min(min).max(max))
}

/** One line of user-written text (names, titles, places), cleaned; length checked after cleaning. */
export function lineText(min: number, max: number) {
  return textSchema(min, max, false)
}

/** Multi-line user-written text (notice bodies, notes), cleaned; length checked after cleaning. */
export function multilineText(min: number, max: number) {
  return textSchema(min, max, true)
}
