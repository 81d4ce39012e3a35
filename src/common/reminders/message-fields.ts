// WeChat subscribe-message fields: each template keyword has a type given by its
// key prefix (thing1, time2, phrase3 …) with hard limits; a value breaking them
// makes the whole send fail with 47003. Pure: values are cut and formatted here.
import { CHINA_UTC_OFFSET_MINUTES } from '../china-time'

export const FIELD_TYPES = ['thing', 'phrase', 'name', 'time', 'date', 'character_string', 'number'] as const
export type FieldType = (typeof FIELD_TYPES)[number]

/** thing1 → thing; character_string12 → character_string; anything else → null. */
export function fieldTypeOf(key: string): FieldType | null {
  const m = /^([a-z_]+?)(\d+)$/.exec(key)
  return m && (FIELD_TYPES as readonly string[]).includes(m[1]) ? (m[1] as FieldType) : null
}

export const THING_MAX = 20
export const PHRASE_MAX = 5
export const NAME_MAX_HAN = 10
export const NAME_MAX_LATIN = 20
export const CHARACTER_STRING_MAX = 32
export const NUMBER_MAX = 32

const HAN = /\p{Script=Han}/u
/** WeChat rejects empty keyword values. */
const PLACEHOLDER = '-'

/** Characters as the user sees them (an emoji is one), so cutting never splits a surrogate pair. */
const chars = (s: string): string[] => Array.from(s)

/** Cut to `max` characters; a cut text ends with '…' inside the limit. */
export function truncate(text: string, max: number): string {
  const cs = chars(text)
  if (cs.length <= max) return text
  return cs.slice(0, max - 1).join('') + '…'
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim()

/** China wall-clock parts of an instant (the functions run in UTC on SCF). */
function chinaParts(at: Date) {
  const d = new Date(at.getTime() + CHINA_UTC_OFFSET_MINUTES * 60_000)
  const pad = (n: number) => String(n).padStart(2, '0')
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), hh: pad(d.getUTCHours()), mm: pad(d.getUTCMinutes()) }
}

/** The `date` format WeChat accepts: 2026年7月1日 */
export function formatDate(at: Date): string {
  const p = chinaParts(at)
  return `${p.y}年${p.m}月${p.d}日`
}

/** The `time` format WeChat accepts: 2026年7月1日 15:01 */
export function formatTime(at: Date): string {
  const p = chinaParts(at)
  return `${p.y}年${p.m}月${p.d}日 ${p.hh}:${p.mm}`
}

function toDate(v: unknown): Date | null {
  if (v instanceof Date) return isNaN(v.getTime()) ? null : v
  if (typeof v === 'string' || typeof v === 'number') {
    const d = new Date(v)
    return isNaN(d.getTime()) ? null : d
  }
  return null
}

/** One keyword value, made valid for its type. */
export function formatField(type: FieldType, value: unknown): string {
  switch (type) {
    case 'time':
    case 'date': {
      const d = toDate(value)
      if (!d) return PLACEHOLDER
      return type === 'time' ? formatTime(d) : formatDate(d)
    }
    case 'thing':
      return truncate(oneLine(String(value ?? '')), THING_MAX) || PLACEHOLDER
    case 'phrase': {
      // only Chinese characters, at most 5, no ellipsis (it is not a Han character)
      const han = chars(String(value ?? '')).filter((c) => HAN.test(c))
      return han.slice(0, PHRASE_MAX).join('') || PLACEHOLDER
    }
    case 'name': {
      const s = oneLine(String(value ?? ''))
      const max = HAN.test(s) ? NAME_MAX_HAN : NAME_MAX_LATIN
      return chars(s).slice(0, max).join('') || PLACEHOLDER
    }
    case 'character_string':
      return String(value ?? '').replace(/[^\x21-\x7e]/g, '').slice(0, CHARACTER_STRING_MAX) || PLACEHOLDER
    case 'number': {
      const digits = String(value ?? '').replace(/[^0-9.]/g, '').slice(0, NUMBER_MAX)
      return digits || '0'
    }
  }
}

/** A template's keyword → which value of the message fills it. */
export type FieldMapping = Record<string, string>

/** Builds the `data` of subscribeMessage.send; throws on a keyword of unknown type (a registry bug). */
export function renderFields(mapping: FieldMapping, values: Record<string, unknown>): Record<string, { value: string }> {
  const data: Record<string, { value: string }> = {}
  for (const [key, from] of Object.entries(mapping)) {
    const type = fieldTypeOf(key)
    if (!type) throw new Error(`template keyword ${key} has no known type`)
    data[key] = { value: formatField(type, values[from]) }
  }
  return data
}
