// The season form's values (as typed) and their checks in plain words; the cross-field rules are
// the contract's own (spaceFieldProblems), so the form and the server agree.
import { DateStringSchema, spaceFieldProblems, type Space, type SpaceFields } from '@/common/spaces/schemas'
import type { Key } from '../../../spaces/shared/i18n'
import type { Problems } from '../../../spaces/shared/form'

export interface SeasonDraft {
  name: string
  location: string
  startDate: string
  endDate: string
  hoursStart: string
  hoursEnd: string
  capacity: string
  minAge: string
  maxAge: string
  registrationOpens: string
  registrationCloses: string
  requiresApproval: boolean
  notesForParents: string
}
export type SeasonField = keyof SeasonDraft

export function newSeason(): SeasonDraft {
  return {
    name: '', location: '', startDate: '', endDate: '', hoursStart: '08:00', hoursEnd: '17:30', capacity: '', minAge: '', maxAge: '',
    registrationOpens: '', registrationCloses: '', requiresApproval: false, notesForParents: ''
  }
}

export function seasonOf(s: Space): SeasonDraft {
  return {
    name: s.name, location: s.location, startDate: s.startDate, endDate: s.endDate, hoursStart: s.dailyHours.start, hoursEnd: s.dailyHours.end,
    capacity: String(s.capacity), minAge: String(s.minAge), maxAge: String(s.maxAge), registrationOpens: s.registrationOpens,
    registrationCloses: s.registrationCloses, requiresApproval: s.requiresApproval, notesForParents: s.notesForParents
  }
}

function whole(value: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(value.trim())) return null
  const n = Number(value.trim())
  return n >= min && n <= max ? n : null
}

export function fieldsOf(d: SeasonDraft): SpaceFields {
  return {
    name: d.name.trim(),
    location: d.location.trim(),
    startDate: d.startDate,
    endDate: d.endDate,
    dailyHours: { start: d.hoursStart, end: d.hoursEnd },
    capacity: Number(d.capacity.trim()),
    minAge: Number(d.minAge.trim()),
    maxAge: Number(d.maxAge.trim()),
    registrationOpens: d.registrationOpens,
    registrationCloses: d.registrationCloses,
    requiresApproval: d.requiresApproval,
    notesForParents: d.notesForParents.trim()
  }
}

const CROSS: Record<string, { field: SeasonField; key: Key }> = {
  'endDate before startDate': { field: 'endDate', key: 'spaces.hr.err.endBeforeStart' },
  'maxAge below minAge': { field: 'maxAge', key: 'spaces.hr.err.maxBelowMin' },
  'end before start': { field: 'hoursEnd', key: 'spaces.hr.err.hoursOrder' },
  'window closes before it opens': { field: 'registrationCloses', key: 'spaces.hr.err.windowOrder' },
  'window closes after the season ends': { field: 'registrationCloses', key: 'spaces.hr.err.windowAfterEnd' }
}

export function checkSeason(d: SeasonDraft): Problems<SeasonField> {
  const out: Problems<SeasonField> = {}
  if (!d.name.trim()) out.name = 'spaces.hr.err.name'
  if (!d.location.trim()) out.location = 'spaces.hr.err.location'
  for (const f of ['startDate', 'endDate', 'registrationOpens', 'registrationCloses'] as const) {
    if (!d[f]) out[f] = 'spaces.form.err.pickDate'
    else if (!DateStringSchema.safeParse(d[f]).success) out[f] = 'spaces.form.err.pickDate'
  }
  if (!d.hoursStart) out.hoursStart = 'spaces.form.err.pickTime'
  if (!d.hoursEnd) out.hoursEnd = 'spaces.form.err.pickTime'
  if (whole(d.capacity, 1, 200) === null) out.capacity = d.capacity.trim() ? 'spaces.hr.err.capacity' : 'spaces.hr.err.capacityMissing'
  if (whole(d.minAge, 0, 17) === null) out.minAge = d.minAge.trim() ? 'spaces.hr.err.age' : 'spaces.hr.err.ageMissing'
  if (whole(d.maxAge, 0, 17) === null) out.maxAge = d.maxAge.trim() ? 'spaces.hr.err.age' : 'spaces.hr.err.ageMissing'
  if (d.notesForParents.trim().length > 500) out.notesForParents = { key: 'spaces.child.err.tooLong', params: { max: 500 } }
  if (Object.keys(out).length === 0) {
    for (const p of spaceFieldProblems(fieldsOf(d))) {
      const mapped = CROSS[p.message]
      if (mapped && !out[mapped.field]) out[mapped.field] = mapped.key
    }
  }
  return out
}
