// Daily attendance, run by the staff assigned to a space. Check-out releases a
// child only to a listed pickup person who gives the right PIN; every refusal
// is written down and the answer tells staff what to do.
import { AppError, errorMessage } from '../../src/common/errors'
import { checkTexts, SCENE } from '../core/content-security'
import type { Lang } from '../../src/common/lang'
import { ageAt, chinaDate } from '../../src/common/spaces/dates'
import { MAX_PIN_ATTEMPTS_PER_DAY } from '../../src/common/spaces/policy'
import type { AttendanceRecord } from '../../src/common/spaces/schemas'
import type { Caller } from '../core/action'
import { updatedCount } from '../core/cloud'
import { _, byId, coll, rows } from './db'
import { audit } from './audit'
import { verifyPin } from './pin'
import type { AttendanceDoc, ChildRecord, RegistrationRecord, SpaceRecord } from './records'
import { attendanceView } from './views'

export const attendanceId = (spaceId: string, childId: string, date: string) => `${spaceId}:${childId}:${date}`

async function confirmedRegistration(spaceId: string, childId: string): Promise<RegistrationRecord | null> {
  const [reg] = await rows<RegistrationRecord>(coll.registrations().where({ spaceId, childId, status: 'confirmed' }).limit(1).get())
  return reg ?? null
}

export async function todayRoster(caller: Caller, space: SpaceRecord, now = new Date()) {
  const date = chinaDate(now)
  const regs = await rows<RegistrationRecord>(coll.registrations().where({ spaceId: space._id, status: 'confirmed' }).orderBy('seq', 'asc').limit(1000).get())
  const ids = regs.map((r) => r.childId)
  const [children, records] = await Promise.all([
    ids.length ? rows<ChildRecord>(coll.children().where({ _id: _.in(ids) }).limit(1000).get()) : Promise.resolve([]),
    rows<AttendanceDoc>(coll.attendance().where({ spaceId: space._id, date }).limit(1000).get())
  ])
  await audit({ actorOpenid: caller.openid, actorRole: 'staff', factoryId: space.factoryId, action: 'attendance.today', spaceId: space._id, childIds: ids })
  const childById = new Map(children.map((c) => [c._id, c]))
  const recordByChild = new Map(records.map((a) => [a.childId, a]))
  return {
    date,
    children: regs.flatMap((r) => {
      const c = childById.get(r.childId)
      if (!c) return []
      const a = recordByChild.get(c._id)
      return [
        {
          registrationId: r._id,
          childId: c._id,
          givenName: c.givenName,
          ageAtStart: ageAt(c.birthDate, space.startDate),
          allergies: c.allergies,
          medicalNotes: c.medicalNotes,
          emergencyContacts: c.emergencyContacts,
          pickupPeople: c.pickupPeople.map(({ id, name, relation }) => ({ id, name, relation })),
          attendance: a ? attendanceView(a) : null
        }
      ]
    })
  }
}

function requireSeasonDay(space: SpaceRecord, date: string): void {
  if (space.status === 'cancelled' || date < space.startDate || date > space.endDate) throw new AppError('OUTSIDE_SEASON')
}

export async function checkIn(caller: Caller, space: SpaceRecord, childId: string, now = new Date()): Promise<AttendanceRecord> {
  const date = chinaDate(now)
  requireSeasonDay(space, date)
  const reg = await confirmedRegistration(space._id, childId)
  if (!reg) throw new AppError('NOT_ENROLLED')
  const id = attendanceId(space._id, childId, date)
  const existing = await byId<AttendanceDoc>(coll.attendance(), id)
  if (existing) return attendanceView(existing) // a second tap (or a retry) changes nothing
  const doc: AttendanceDoc = {
    _id: id,
    spaceId: space._id,
    factoryId: space.factoryId,
    childId,
    registrationId: reg._id,
    date,
    state: 'checked_in',
    checkInAt: now,
    checkInBy: caller.openid,
    refusals: [],
    wrongPins: 0
  }
  try {
    await coll.attendance().add({ data: doc })
  } catch (e) {
    const raced = await byId<AttendanceDoc>(coll.attendance(), id)
    if (raced) return attendanceView(raced)
    throw e
  }
  return attendanceView(doc)
}

/** What a refused name that WeChat calls risky is recorded as. */
export const WITHHELD_NAME = '***'

/**
 * The name staff typed for someone not on the pickup list, as the refusal records it (the
 * guardian reads it). Unlike other texts this never blocks: the refusal is a safety record
 * written at the door and must be kept. Risky → recorded without the name; check failure →
 * recorded as typed (only the child's guardian reads it, and losing who came is worse).
 */
async function refusalName(openid: string, name: string): Promise<string> {
  try {
    await checkTexts(openid, [{ field: 'unlistedName', text: name, scene: SCENE.profile }])
    return name
  } catch (e) {
    return e instanceof AppError && e.code === 'CONTENT_RISKY' ? WITHHELD_NAME : name
  }
}

type CheckOutInput = { childId: string; pickupPersonId?: string; pin?: string; unlistedName?: string }
type Refusal = AttendanceDoc['refusals'][number]

export async function checkOut(caller: Caller, space: SpaceRecord, input: CheckOutInput, lang: Lang, now = new Date()) {
  const date = chinaDate(now)
  const id = attendanceId(space._id, input.childId, date)
  const record = await byId<AttendanceDoc>(coll.attendance(), id)
  if (!record) throw new AppError('NOT_CHECKED_IN')
  if (record.state === 'checked_out') throw new AppError('INVALID_STATE')
  const child = await byId<ChildRecord>(coll.children(), input.childId)
  if (!child) throw new AppError('NOT_ENROLLED')
  await audit({ actorOpenid: caller.openid, actorRole: 'staff', factoryId: space.factoryId, action: 'attendance.checkOut', spaceId: space._id, childIds: [child._id] })

  const person = input.pickupPersonId ? child.pickupPeople.find((p) => p.id === input.pickupPersonId) : undefined
  const refuse = async (reason: Refusal['reason'], code: 'PIN_MISMATCH' | 'PICKUP_NOT_AUTHORIZED' | 'PIN_LOCKED') => {
    const refusal: Refusal = {
      at: now,
      byOpenid: caller.openid,
      pickupPersonId: person?.id ?? null,
      personName: person?.name ?? (input.unlistedName ? await refusalName(caller.openid, input.unlistedName) : ''),
      reason
    }
    await coll.attendance().doc(id).update({ data: { refusals: _.push([refusal]) } })
    const fresh = (await byId<AttendanceDoc>(coll.attendance(), id))!
    // Locked (by this attempt or others in flight) is one answer, whatever was tried.
    const locked = reason === 'too_many_attempts' || (reason === 'pin_mismatch' && fresh.wrongPins >= MAX_PIN_ATTEMPTS_PER_DAY)
    const answer = locked ? ('PIN_LOCKED' as const) : code
    return {
      outcome: 'refused' as const,
      code: answer,
      message: errorMessage(answer, lang),
      attemptsLeft: Math.max(0, MAX_PIN_ATTEMPTS_PER_DAY - fresh.wrongPins),
      guardianContacts: child.emergencyContacts,
      record: attendanceView(fresh)
    }
  }

  if (record.wrongPins >= MAX_PIN_ATTEMPTS_PER_DAY) return refuse('too_many_attempts', 'PIN_LOCKED')
  if (!person) return refuse('not_authorized', 'PICKUP_NOT_AUTHORIZED')
  // Take one of the day's attempts BEFORE comparing, in one conditional update: however many
  // attempts race, at most MAX_PIN_ATTEMPTS_PER_DAY PINs are ever compared for this child today.
  const reserved = await updatedCount(
    coll
      .attendance()
      .where({ _id: id, state: 'checked_in', wrongPins: _.lt(MAX_PIN_ATTEMPTS_PER_DAY) })
      .update({ data: { wrongPins: _.inc(1) } })
  )
  if (reserved !== 1) {
    const current = await byId<AttendanceDoc>(coll.attendance(), id)
    if (current?.state === 'checked_out') throw new AppError('INVALID_STATE') // picked up meanwhile
    return refuse('too_many_attempts', 'PIN_LOCKED')
  }
  // A wrong PIN keeps the attempt it took (it was a wrong PIN); a right one gives it back.
  if (!(await verifyPin(input.pin ?? '', person.pinHash))) return refuse('pin_mismatch', 'PIN_MISMATCH')

  const n = await updatedCount(
    coll
      .attendance()
      .where({ _id: id, state: 'checked_in' })
      .update({
        data: {
          state: 'checked_out',
          checkOutAt: now,
          checkOutBy: caller.openid,
          pickedUpBy: { pickupPersonId: person.id, name: person.name, relation: person.relation },
          wrongPins: _.inc(-1)
        }
      })
  )
  if (n !== 1) throw new AppError('INVALID_STATE') // checked out meanwhile
  return { outcome: 'released' as const, record: attendanceView((await byId<AttendanceDoc>(coll.attendance(), id))!) }
}

/**
 * Whether `date` is a day on which a confirmed child without a record counts as absent: a day of
 * the season (not cancelled) that is not in the future. Pure.
 */
export function absencesCountOn(space: Pick<SpaceRecord, 'status' | 'startDate' | 'endDate'>, date: string, today: string): boolean {
  return space.status !== 'cancelled' && date >= space.startDate && date <= space.endDate && date <= today
}

/** Was the registration made on or before `date`? (Records without a creation time count as made.) */
function registeredBy(reg: RegistrationRecord, date: string): boolean {
  const at = reg.createdAt ? new Date(reg.createdAt) : null
  return !at || Number.isNaN(at.getTime()) || chinaDate(at) <= date
}

export async function dayRecords(caller: Caller, space: SpaceRecord, date: string, now = new Date()) {
  const records = await rows<AttendanceDoc>(coll.attendance().where({ spaceId: space._id, date }).limit(1000).get())
  const presentIds = new Set(records.map((r) => r.childId))
  // Expected but not recorded: confirmed now, and already registered on that day (a child who
  // registered later was not expected yet).
  const regs = absencesCountOn(space, date, chinaDate(now))
    ? await rows<RegistrationRecord>(coll.registrations().where({ spaceId: space._id, status: 'confirmed' }).orderBy('seq', 'asc').limit(1000).get())
    : []
  const absentIds = [...new Set(regs.filter((r) => !presentIds.has(r.childId) && registeredBy(r, date)).map((r) => r.childId))]
  const ids = [...presentIds, ...absentIds]
  const children = ids.length ? await rows<ChildRecord>(coll.children().where({ _id: _.in(ids) }).field({ givenName: true }).limit(1000).get()) : []
  const names = new Map(children.map((c) => [c._id, c.givenName]))
  const role = space.staffOpenids.includes(caller.openid) ? 'staff' : 'hr'
  // One entry for every child whose name this answer shows, present or absent.
  await audit({ actorOpenid: caller.openid, actorRole: role, factoryId: space.factoryId, action: 'attendance.day', spaceId: space._id, childIds: ids })
  return {
    date,
    records: records.map((r) => ({ ...attendanceView(r), childGivenName: names.get(r.childId) ?? '' })),
    absent: absentIds.flatMap((childId) => (names.has(childId) ? [{ childId, givenName: names.get(childId)! }] : []))
  }
}
