// The child form's values and their checks, in plain words, before anything is sent.
// Rules mirror the contract (src/common/spaces/schemas.ts) so the server rarely has to refuse.
import dayjs from 'dayjs'
import { DateStringSchema, PhoneSchema, PinSchema, RELATIONS, type Child, type ChildFields } from '@/common/spaces/schemas'
import type { Problems } from '../../shared/form'

export type Relation = (typeof RELATIONS)[number]
export interface PersonDraft {
  /** set for a pickup person who already exists (their PIN is kept unless a new one is typed) */
  id?: string
  name: string
  relation: string
  phone: string
  pin: string
}
export interface ChildDraft {
  givenName: string
  birthDate: string
  relation: Relation | ''
  allergies: string
  medicalNotes: string
  contacts: PersonDraft[]
  pickups: PersonDraft[]
}

export const MAX_PICKUPS = 5
const emptyPerson = (): PersonDraft => ({ name: '', relation: '', phone: '', pin: '' })

export function newDraft(): ChildDraft {
  return { givenName: '', birthDate: '', relation: '', allergies: '', medicalNotes: '', contacts: [emptyPerson(), emptyPerson()], pickups: [emptyPerson()] }
}
export { emptyPerson }

export function draftOf(child: Child): ChildDraft {
  const contacts = child.emergencyContacts.map((c) => ({ ...c, pin: '' }))
  while (contacts.length < 2) contacts.push(emptyPerson())
  return {
    givenName: child.givenName,
    birthDate: child.birthDate,
    relation: child.relation,
    allergies: child.allergies ?? '',
    medicalNotes: child.medicalNotes ?? '',
    contacts,
    pickups: child.pickupPeople.map((p) => ({ id: p.id, name: p.name, relation: p.relation, phone: p.phone, pin: '' }))
  }
}

/** Field paths: 'givenName', 'contacts.0.phone', 'pickups.1.pin', … */
export type ChildField = string

function checkPerson(p: PersonDraft, prefix: string, out: Problems<ChildField>, needPin: boolean | null): void {
  if (!p.name.trim()) out[`${prefix}.name`] = 'spaces.child.err.personName'
  else if (p.name.trim().length > 20) out[`${prefix}.name`] = 'spaces.child.err.tooLong20'
  if (!p.relation.trim()) out[`${prefix}.relation`] = 'spaces.child.err.personRelation'
  else if (p.relation.trim().length > 20) out[`${prefix}.relation`] = 'spaces.child.err.tooLong20'
  if (!p.phone.trim()) out[`${prefix}.phone`] = 'spaces.child.err.phoneMissing'
  else if (!PhoneSchema.safeParse(p.phone).success) out[`${prefix}.phone`] = 'spaces.child.err.phoneBad'
  if (needPin === null) return
  if (!p.pin && needPin) out[`${prefix}.pin`] = 'spaces.child.err.pinMissing'
  else if (p.pin && !PinSchema.safeParse(p.pin).success) out[`${prefix}.pin`] = 'spaces.child.err.pinBad'
}

export function checkChild(d: ChildDraft, today = dayjs()): Problems<ChildField> {
  const out: Problems<ChildField> = {}
  if (!d.givenName.trim()) out.givenName = 'spaces.child.err.givenName'
  else if (d.givenName.trim().length > 20) out.givenName = 'spaces.child.err.tooLong20'
  if (!d.birthDate) out.birthDate = 'spaces.child.err.birthDate'
  else if (!DateStringSchema.safeParse(d.birthDate).success || dayjs(d.birthDate).isAfter(today, 'day')) out.birthDate = 'spaces.child.err.birthDateBad'
  else if (today.diff(dayjs(d.birthDate), 'year') >= 18) out.birthDate = 'spaces.child.err.birthDateAdult'
  if (!d.relation) out.relation = 'spaces.child.err.relation'
  if (d.allergies.trim().length > 200) out.allergies = { key: 'spaces.child.err.tooLong', params: { max: 200 } }
  if (d.medicalNotes.trim().length > 500) out.medicalNotes = { key: 'spaces.child.err.tooLong', params: { max: 500 } }
  d.contacts.forEach((c, i) => checkPerson(c, `contacts.${i}`, out, null))
  // A person who already exists keeps their PIN when the field is left empty.
  d.pickups.forEach((p, i) => checkPerson(p, `pickups.${i}`, out, !p.id))
  if (d.pickups.length === 0) out.pickups = 'spaces.child.err.pickupNone'
  return out
}

/** The payload fields (only call after checkChild found nothing). */
export function fieldsOf(d: ChildDraft): ChildFields {
  return {
    givenName: d.givenName.trim(),
    birthDate: d.birthDate,
    relation: d.relation as Relation,
    allergies: d.allergies.trim(),
    medicalNotes: d.medicalNotes.trim(),
    emergencyContacts: d.contacts.map((c) => ({ name: c.name.trim(), relation: c.relation.trim(), phone: c.phone.trim() })),
    pickupPeople: d.pickups.map((p) => ({
      ...(p.id ? { id: p.id } : {}),
      name: p.name.trim(),
      relation: p.relation.trim(),
      phone: p.phone.trim(),
      ...(p.pin ? { pin: p.pin } : {})
    }))
  }
}
