// Child profiles, owned by the guardian who entered them. Stored only under a
// current consent; PINs only as salted hashes.
import { randomBytes } from 'crypto'
import { AppError } from '../../src/common/errors'
import type { ChildFields } from '../../src/common/spaces/schemas'
import type { AgeBand } from '../../src/common/learning/content'
import { ageBandsOf } from '../../src/common/learning/tips'
import { ageAt } from '../../src/common/spaces/dates'
import type { Caller } from '../core/action'
import { checkTexts, nextMark, SCENE, type TextCheck } from '../core/content-security'
import { coll, rows } from './db'
import { requireConsent } from './consent'
import { hashPin } from './pin'
import type { ChildRecord, PickupPersonRecord } from './records'
import { eraseChild } from './erase'

const newPersonId = () => randomBytes(6).toString('hex')

/** Pickup people as sent → as stored: new PINs hashed, unchanged ones keep their hash. */
async function pickupRecords(input: ChildFields['pickupPeople'], previous: PickupPersonRecord[]): Promise<PickupPersonRecord[]> {
  const byId = new Map(previous.map((p) => [p.id, p]))
  return Promise.all(
    input.map(async (p) => {
      const old = p.id ? byId.get(p.id) : undefined
      if (p.id && !old) throw new AppError('NOT_FOUND', undefined, `pickup person ${p.id}`)
      const pinHash = p.pin ? await hashPin(p.pin) : old?.pinHash
      if (!pinHash) throw new AppError('VALIDATION_FAILED')
      return { id: old?.id ?? newPersonId(), name: p.name, relation: p.relation, phone: p.phone, pinHash }
    })
  )
}

export async function listChildren(openid: string): Promise<ChildRecord[]> {
  return rows<ChildRecord>(coll.children().where({ guardianOpenid: openid }).orderBy('createdAt', 'asc').limit(50).get())
}

/** The age bands of a guardian's own children on `today` (for age-fitted tips: only birth dates are read). */
export async function childAgeBands(openid: string, today: string): Promise<AgeBand[]> {
  const found = await rows<{ birthDate: string }>(coll.children().where({ guardianOpenid: openid }).field({ birthDate: true }).limit(50).get())
  return ageBandsOf(found.map((c) => ageAt(c.birthDate, today)))
}

/**
 * The names HR and staff read (registrations, roster, the pickup check at the door): checked as
 * profile text. Allergies and medical notes are not sent to the content check: they are
 * children's health data, read only by the space's staff and HR under audit, and their
 * collection notice does not name WeChat's moderation service as a recipient; a false
 * positive there would also keep safety information from staff.
 */
function childTexts(f: ChildFields): TextCheck[] {
  const t = (field: string, text: string): TextCheck => ({ field, text, scene: SCENE.profile })
  return [
    t('givenName', f.givenName),
    ...f.emergencyContacts.flatMap((c, i) => [t(`emergencyContacts.${i}.name`, c.name), t(`emergencyContacts.${i}.relation`, c.relation)]),
    ...f.pickupPeople.flatMap((p, i) => [t(`pickupPeople.${i}.name`, p.name), t(`pickupPeople.${i}.relation`, p.relation)])
  ]
}

/** Texts of the record as stored, so an edit re-checks only what changed. */
function storedTexts(c: ChildRecord): Set<string> {
  return new Set([c.givenName, ...c.emergencyContacts.flatMap((e) => [e.name, e.relation]), ...c.pickupPeople.flatMap((p) => [p.name, p.relation])])
}

/** The stored form of what the guardian typed (PINs hashed, earlier hashes kept when unchanged). */
async function storedFields(fields: ChildFields, previousPickup: PickupPersonRecord[]) {
  return {
    givenName: fields.givenName,
    birthDate: fields.birthDate,
    relation: fields.relation,
    allergies: fields.allergies,
    medicalNotes: fields.medicalNotes,
    emergencyContacts: fields.emergencyContacts,
    pickupPeople: await pickupRecords(fields.pickupPeople, previousPickup)
  }
}

export async function createChild(caller: Caller, { requestId, ...fields }: ChildFields & { requestId?: string }): Promise<ChildRecord> {
  await requireConsent(caller.openid)
  const requestKey = requestId ? `${caller.openid}:${requestId}` : undefined
  const findTwin = async () =>
    requestKey ? (await rows<ChildRecord>(coll.children().where({ requestKey }).limit(1).get()))[0] : undefined
  const twin = await findTwin()
  if (twin) return twin
  const { review } = await checkTexts(caller.openid, childTexts(fields))
  const now = new Date()
  const mark = nextMark(null, [], review, now)
  const doc: Omit<ChildRecord, '_id'> = {
    guardianOpenid: caller.openid,
    ...(await storedFields(fields, [])),
    ...(mark ? { moderation: mark } : {}),
    ...(requestKey ? { requestKey } : {}),
    createdAt: now,
    updatedAt: now
  }
  try {
    const { _id } = (await coll.children().add({ data: doc })) as { _id: string }
    return { ...doc, _id: String(_id) }
  } catch (e) {
    const raced = await findTwin()
    if (raced) return raced
    throw e
  }
}

export async function updateChild(caller: Caller, child: ChildRecord, fields: ChildFields): Promise<ChildRecord> {
  await requireConsent(caller.openid)
  const before = storedTexts(child)
  const changed = childTexts(fields).filter((t) => !before.has(t.text!))
  const { review } = await checkTexts(caller.openid, changed)
  const now = new Date()
  const mark = nextMark(child.moderation, changed.map((t) => t.field), review, now)
  const data = { ...(await storedFields(fields, child.pickupPeople)), moderation: mark, updatedAt: now }
  // set the arrays whole (update would merge objects inside them)
  const { _id, ...rest } = { ...child, ...data }
  await coll.children().doc(child._id).set({ data: rest })
  return { ...child, ...data }
}

/**
 * Deletes a child and everything that names it (erase.ts): active registrations end (places go
 * to the waitlist); attendance, registrations, inbox lines, job payloads, call links and the
 * child's id in the audit log go too. Returns how many registrations ended.
 */
export async function deleteChild(child: ChildRecord): Promise<number> {
  return (await eraseChild(child)).ended
}
