/**
 * CloudBase / SCF timer-trigger cron expressions.
 *
 * Seven space-separated fields: `sec min hour day month week year`, evaluated in
 * China time (UTC+8) whatever the machine's timezone. When both `day` and `week`
 * are restricted (neither `*` nor `?`), a date matches if EITHER matches.
 *
 * Supported per field: `*`, `?` (= `*`), numbers, ranges `a-b`, lists `a,b,c`,
 * steps `*` + `/n`, `a-b/n`, `a/n`; month names JAN-DEC and weekday names
 * SUN-SAT (case-insensitive); week 0-7 with 0 and 7 = Sunday; year 1970-2099.
 *
 * Pure functions, no dependencies.
 */

/** UTC+8, fixed (China has no DST). */
export const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000

const FIELD_NAMES = ['second', 'minute', 'hour', 'day', 'month', 'week', 'year'] as const
type FieldName = (typeof FIELD_NAMES)[number]

interface FieldDef {
  name: FieldName
  min: number
  max: number
  names?: Record<string, number>
}

const MONTH_NAMES: Record<string, number> = {
  JAN: 1, FEB: 2, MAR: 3, APR: 4, MAY: 5, JUN: 6, JUL: 7, AUG: 8, SEP: 9, OCT: 10, NOV: 11, DEC: 12
}
const WEEK_NAMES: Record<string, number> = { SUN: 0, MON: 1, TUE: 2, WED: 3, THU: 4, FRI: 5, SAT: 6 }

export const YEAR_MIN = 1970
export const YEAR_MAX = 2099

const FIELDS: FieldDef[] = [
  { name: 'second', min: 0, max: 59 },
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTH_NAMES },
  // 7 is accepted as Sunday and folded onto 0 after parsing.
  { name: 'week', min: 0, max: 7, names: WEEK_NAMES },
  { name: 'year', min: YEAR_MIN, max: YEAR_MAX }
]

export interface CronSpec {
  /** The expression as given (trimmed). */
  source: string
  /** Sorted allowed values of each field (week uses 0-6, 0 = Sunday). */
  second: number[]
  minute: number[]
  hour: number[]
  day: number[]
  month: number[]
  week: number[]
  year: number[]
  /** Field was neither `*` nor `?` (drives day/week OR semantics). */
  dayRestricted: boolean
  weekRestricted: boolean
}

class CronFieldError extends Error {}

function fail(field: FieldDef, msg: string): never {
  throw new CronFieldError(`field "${field.name}": ${msg}`)
}

function parseValue(raw: string, field: FieldDef): number {
  const s = raw.trim().toUpperCase()
  if (/^\d+$/.test(s)) {
    const n = Number(s)
    if (n < field.min || n > field.max) {
      fail(field, `value ${n} out of range ${field.min}-${field.max}`)
    }
    return n
  }
  if (field.names && Object.prototype.hasOwnProperty.call(field.names, s)) return field.names[s]
  return fail(field, `invalid value "${raw}"`)
}

function parseField(text: string, field: FieldDef): { values: number[]; restricted: boolean } {
  if (text === '*' || text === '?') {
    return { values: range(field.min, field.name === 'week' ? 6 : field.max, 1), restricted: false }
  }
  const out = new Set<number>()
  for (const part of text.split(',')) {
    if (part === '') fail(field, `empty list item in "${text}"`)
    const [base, stepText, ...extra] = part.split('/')
    if (extra.length) fail(field, `invalid step in "${part}"`)
    let step = 1
    if (stepText !== undefined) {
      if (!/^\d+$/.test(stepText) || Number(stepText) < 1) fail(field, `invalid step "${stepText}" in "${part}"`)
      step = Number(stepText)
    }
    let lo: number
    let hi: number
    if (base === '*' || base === '?') {
      lo = field.min
      hi = field.max
    } else if (base.includes('-')) {
      const bounds = base.split('-')
      if (bounds.length !== 2 || !bounds[0] || !bounds[1]) fail(field, `invalid range "${base}"`)
      lo = parseValue(bounds[0], field)
      hi = parseValue(bounds[1], field)
      if (lo > hi) fail(field, `range "${base}" is reversed (${lo} > ${hi})`)
    } else {
      lo = parseValue(base, field)
      // `a/n` means a, a+n, ... up to the field maximum; a bare `a` is just a.
      hi = stepText !== undefined ? field.max : lo
    }
    for (const v of range(lo, hi, step)) out.add(v)
  }
  let values = [...out]
  if (field.name === 'week') {
    // 7 is Sunday too: fold it onto 0 (e.g. `*/7` = 0,7 = Sunday only).
    values = [...new Set(values.map(v => (v === 7 ? 0 : v)))]
  }
  values.sort((a, b) => a - b)
  return { values, restricted: true }
}

function range(lo: number, hi: number, step: number): number[] {
  const r: number[] = []
  for (let v = lo; v <= hi; v += step) r.push(v)
  return r
}

/**
 * Parse a 7-field CloudBase cron expression.
 * @throws Error naming the offending field for invalid input.
 */
export function parseCron(expr: string): CronSpec {
  if (typeof expr !== 'string') throw new Error('Invalid cron expression: expected a string')
  const source = expr.trim()
  const parts = source.split(/\s+/).filter(Boolean)
  if (parts.length !== 7) {
    throw new Error(
      `Invalid cron expression "${expr}": expected 7 fields (second minute hour day month week year), got ${parts.length}`
    )
  }
  const parsed: Record<string, { values: number[]; restricted: boolean }> = {}
  FIELDS.forEach((field, i) => {
    try {
      parsed[field.name] = parseField(parts[i], field)
    } catch (e) {
      if (e instanceof CronFieldError) {
        throw new Error(`Invalid cron expression "${expr}": ${e.message} (field ${i + 1} of 7)`)
      }
      throw e
    }
  })
  return {
    source,
    second: parsed.second.values,
    minute: parsed.minute.values,
    hour: parsed.hour.values,
    day: parsed.day.values,
    month: parsed.month.values,
    week: parsed.week.values,
    year: parsed.year.values,
    dayRestricted: parsed.day.restricted,
    weekRestricted: parsed.week.restricted
  }
}

/** Days in a month (1-12) of a given year, Gregorian. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function dayMatches(spec: CronSpec, year: number, month: number, day: number): boolean {
  const dom = spec.day.includes(day)
  const dow = spec.week.includes(new Date(Date.UTC(year, month - 1, day)).getUTCDay())
  if (spec.dayRestricted && spec.weekRestricted) return dom || dow
  if (spec.dayRestricted) return dom
  if (spec.weekRestricted) return dow
  return true
}

/** First value in sorted `list` that is >= v, or undefined. */
function firstAtLeast(list: number[], v: number): number | undefined {
  for (const x of list) if (x >= v) return x
  return undefined
}

/** Does `at` (truncated to the whole second) match the spec in China time? */
export function isDue(spec: CronSpec, at: Date): boolean {
  const w = new Date(Math.floor(at.getTime() / 1000) * 1000 + CHINA_OFFSET_MS)
  const year = w.getUTCFullYear()
  const month = w.getUTCMonth() + 1
  const day = w.getUTCDate()
  return (
    spec.year.includes(year) &&
    spec.month.includes(month) &&
    dayMatches(spec, year, month, day) &&
    spec.hour.includes(w.getUTCHours()) &&
    spec.minute.includes(w.getUTCMinutes()) &&
    spec.second.includes(w.getUTCSeconds())
  )
}

export interface NextFireOptions {
  /** Give up after examining this many allowed calendar years (default 8, enough for Feb 29). */
  maxYears?: number
}

/**
 * The first whole second strictly after `after` that matches `spec` (China time),
 * or null if there is none within the search horizon / the year range.
 * Skips by field (year, month, day, hour, minute, second), never second by second.
 */
export function nextFireTime(spec: CronSpec, after: Date, options: NextFireOptions = {}): Date | null {
  const maxYears = options.maxYears ?? 8
  const startMs = Math.floor(after.getTime() / 1000) * 1000 + 1000
  if (!Number.isFinite(startMs)) return null
  const w = new Date(startMs + CHINA_OFFSET_MS)
  let year = w.getUTCFullYear()
  let month = w.getUTCMonth() + 1
  let day = w.getUTCDate()
  let hour = w.getUTCHours()
  let minute = w.getUTCMinutes()
  let second = w.getUTCSeconds()

  let yearsExamined = 0
  let lastYear = NaN
  const startOfYear = (y: number) => {
    year = y
    month = 1
    day = 1
    hour = minute = second = 0
  }
  const nextDay = () => {
    hour = minute = second = 0
    day++
    if (day > daysInMonth(year, month)) {
      day = 1
      month++
      if (month > 12) startOfYear(year + 1)
    }
  }

  // Bounded: each pass either returns or advances at least one field; days per year <= 366.
  for (let guard = 0; guard < 100000; guard++) {
    // Year
    if (!spec.year.includes(year)) {
      const y = firstAtLeast(spec.year, year)
      if (y === undefined) return null
      startOfYear(y)
    }
    if (year !== lastYear) {
      lastYear = year
      if (++yearsExamined > maxYears) return null
    }
    // Month
    if (!spec.month.includes(month)) {
      const m = firstAtLeast(spec.month, month)
      if (m === undefined) {
        startOfYear(year + 1)
        continue
      }
      month = m
      day = 1
      hour = minute = second = 0
    }
    // Day (day-of-month / day-of-week)
    if (!dayMatches(spec, year, month, day)) {
      nextDay()
      continue
    }
    // Hour
    if (!spec.hour.includes(hour)) {
      const h = firstAtLeast(spec.hour, hour)
      if (h === undefined) {
        nextDay()
        continue
      }
      hour = h
      minute = second = 0
    }
    // Minute
    if (!spec.minute.includes(minute)) {
      const m = firstAtLeast(spec.minute, minute)
      if (m === undefined) {
        advanceHour()
        continue
      }
      minute = m
      second = 0
    }
    // Second
    if (!spec.second.includes(second)) {
      const s = firstAtLeast(spec.second, second)
      if (s === undefined) {
        advanceMinute()
        continue
      }
      second = s
    }
    return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - CHINA_OFFSET_MS)
  }
  return null

  function advanceHour() {
    minute = second = 0
    hour++
    if (hour > 23) nextDay()
  }
  function advanceMinute() {
    second = 0
    minute++
    if (minute > 59) advanceHour()
  }
}

/** Convenience: parse and compute the next fire time in one call. */
export function nextFireTimeOf(expr: string, after: Date): Date | null {
  return nextFireTime(parseCron(expr), after)
}
