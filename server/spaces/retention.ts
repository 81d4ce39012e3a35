// Retention: after a season ends plus its retention period, attendance of the
// season and the medical details of its children are deleted (the privacy
// notice tells guardians so). Run by the scheduler; safe to run twice.
import { addDays, chinaDayStart } from '../../src/common/spaces/dates'
import type { JobRecord } from '../scheduler/policy'
import { _, coll, enqueueJob, rows } from './db'
import type { RegistrationRecord, SpaceRecord } from './records'

export const RETENTION_JOB = 'spaces.retention'

export { configuredRetentionDays } from './retention-days'

/** The first instant the season's data may be purged: the day after endDate + retentionDays (China time). */
export function purgeDueAt(space: Pick<SpaceRecord, 'endDate' | 'retentionDays'>): Date {
  return chinaDayStart(addDays(space.endDate, space.retentionDays + 1))
}

/** One job per (space, due date): editing the end date adds a job for the new date; the old one finds nothing due. */
export async function scheduleRetention(space: Pick<SpaceRecord, '_id' | 'endDate' | 'retentionDays'>): Promise<void> {
  const due = purgeDueAt(space)
  await enqueueJob(`${RETENTION_JOB}:${space._id}:${due.getTime()}`, RETENTION_JOB, due, { spaceId: space._id })
}

export async function runRetention(job: JobRecord, now = new Date()): Promise<void> {
  const spaceId = String(job.payload?.spaceId ?? '')
  const [space] = await rows<SpaceRecord>(coll.spaces().where({ _id: spaceId }).field({ tickets: false }).limit(1).get())
  if (!space || now < purgeDueAt(space)) return // deleted, or its end date moved later (a later job exists)

  await coll.attendance().where({ spaceId }).remove()

  // Medical details go unless the child is also in a season whose retention has not passed yet.
  const regs = await rows<RegistrationRecord>(coll.registrations().where({ spaceId }).field({ childId: true }).limit(1000).get())
  const childIds = [...new Set(regs.map((r) => r.childId))]
  for (const childId of childIds) {
    const others = await rows<RegistrationRecord>(
      coll.registrations().where({ childId, spaceId: _.neq(spaceId) }).field({ spaceId: true }).limit(100).get()
    )
    const otherSpaces = others.length
      ? await rows<SpaceRecord>(
          coll.spaces().where({ _id: _.in(others.map((o) => o.spaceId)) }).field({ endDate: true, retentionDays: true, status: true }).limit(100).get()
        )
      : []
    if (otherSpaces.some((s) => now < purgeDueAt(s))) continue
    // conditional: a second run (or an already purged child) changes nothing
    await coll
      .children()
      .where(_.and([{ _id: childId }, _.or([{ allergies: _.neq(null) }, { medicalNotes: _.neq(null) }])]))
      .update({ data: { allergies: null, medicalNotes: null, updatedAt: now } })
  }
  if (!space.purgedAt) await coll.spaces().doc(spaceId).update({ data: { purgedAt: now } })
}
