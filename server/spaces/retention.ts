// Retention: after a season ends plus its retention period, the season's attendance and the
// medical details of its children are deleted, and so is the whole profile of each child with no
// registration in a season whose own retention has not run out (erase.ts: everything that names
// the child). The guardian is told DELETION_NOTICE_DAYS before (inbox always, WeChat where a
// credit exists): the notice job runs that many days before the due date, and a profile is never
// deleted sooner than that many days after its guardian was told (a season older than this code,
// or a scheduler that was down, gets its notice late and the profiles wait). The notice and About
// texts say exactly this. Run by the scheduler; every step is safe to run twice.
import { addDays, chinaDate, chinaDayStart } from '../../src/common/spaces/dates'
import { DELETION_NOTICE_DAYS } from '../../src/common/spaces/policy'
import { idFor } from '../core/ids'
import { deliver } from '../reminders/push'
import { languageOf } from '../me/users'
import type { JobContext } from '../scheduler/registry'
import type { JobRecord } from '../scheduler/policy'
import { _, byId, coll, enqueueJob, rows } from './db'
import { eraseChild } from './erase'
import type { ChildRecord, RegistrationRecord, SpaceRecord } from './records'

export const RETENTION_JOB = 'spaces.retention'
export const RETENTION_NOTICE_JOB = 'spaces.retentionNotice'

export { configuredRetentionDays } from './retention-days'

const DAY_MS = 86_400_000

/** The first instant the season's data may be purged: the day after endDate + retentionDays (China time). */
export function purgeDueAt(space: Pick<SpaceRecord, 'endDate' | 'retentionDays'>): Date {
  return chinaDayStart(addDays(space.endDate, space.retentionDays + 1))
}

/** When guardians are told that profiles will be deleted. Pure. */
export function retentionNoticeAt(due: Date): Date {
  return new Date(due.getTime() - DELETION_NOTICE_DAYS * DAY_MS)
}

/** Profiles go at the due date, but never sooner than DELETION_NOTICE_DAYS after the notice. Pure. */
export function profileDeletionAt(due: Date, noticeSentAt: Date): Date {
  return new Date(Math.max(due.getTime(), noticeSentAt.getTime() + DELETION_NOTICE_DAYS * DAY_MS))
}

/** What the space record keeps about the notice of one due date. */
interface NoticeMark {
  due: number
  sentAt: Date
}

/** One job per (space, due date) for each step: editing the end date adds jobs for the new date; the old ones find nothing due. */
export async function scheduleRetention(space: Pick<SpaceRecord, '_id' | 'endDate' | 'retentionDays'>, now = new Date()): Promise<void> {
  const due = purgeDueAt(space)
  await enqueueJob(`${RETENTION_NOTICE_JOB}:${space._id}:${due.getTime()}`, RETENTION_NOTICE_JOB, new Date(Math.max(now.getTime(), retentionNoticeAt(due).getTime())), {
    spaceId: space._id,
    due: due.getTime()
  })
  await enqueueJob(`${RETENTION_JOB}:${space._id}:${due.getTime()}`, RETENTION_JOB, due, { spaceId: space._id })
}

type SpaceRow = SpaceRecord & { retentionNotice?: NoticeMark }

async function loadSpaceRow(spaceId: string): Promise<SpaceRow | undefined> {
  return (await rows<SpaceRow>(coll.spaces().where({ _id: spaceId }).field({ tickets: false }).limit(1).get()))[0]
}

/**
 * Children of the season whose profile goes at `due`: those with no registration in another season
 * whose purge is due later (a later season keeps the child, and its own retention decides).
 */
async function childrenLeaving(spaceId: string, due: Date): Promise<string[]> {
  const regs = await rows<RegistrationRecord>(coll.registrations().where({ spaceId }).field({ childId: true }).limit(1000).get())
  const leaving: string[] = []
  for (const childId of [...new Set(regs.map((r) => r.childId))]) {
    const others = await rows<RegistrationRecord>(coll.registrations().where({ childId, spaceId: _.neq(spaceId) }).field({ spaceId: true }).limit(100).get())
    const otherSpaces = others.length
      ? await rows<SpaceRecord>(coll.spaces().where({ _id: _.in(others.map((o) => o.spaceId)) }).field({ endDate: true, retentionDays: true }).limit(100).get())
      : []
    if (!otherSpaces.some((s) => purgeDueAt(s).getTime() > due.getTime())) leaving.push(childId)
  }
  return leaving
}

/** Tells each guardian (once per child and due date) when the child's profile will be deleted. */
async function tellGuardians(space: SpaceRow, due: Date, now: Date): Promise<void> {
  const deleteOn = chinaDate(profileDeletionAt(due, now))
  for (const childId of await childrenLeaving(space._id, due)) {
    const child = await byId<ChildRecord>(coll.children(), childId)
    if (!child) continue
    const lang = await languageOf(child.guardianOpenid)
    await deliver(`child-deleting:${space._id}:${childId}:${due.getTime()}`, {
      kind: 'registration_status',
      openid: child.guardianOpenid,
      inbox: { kind: 'child_data_deleting', params: { spaceId: space._id, spaceName: space.name, childGivenName: child.givenName, deleteOn } },
      // status is a `phrase` (Chinese only, ≤ 5); the hint a `thing` (≤ 20 characters)
      values: { spaceName: space.name, status: '将删除', hint: lang === 'en' ? `Details deleted ${deleteOn}` : `${deleteOn}删除孩子信息`, updatedAt: now }
    })
  }
}

/** The notice step: tells the guardians and records when, so profiles wait at least DELETION_NOTICE_DAYS. */
async function noticeOnce(space: SpaceRow, due: Date, now: Date): Promise<NoticeMark> {
  if (space.retentionNotice && space.retentionNotice.due === due.getTime()) return space.retentionNotice
  await tellGuardians(space, due, now)
  const mark = { due: due.getTime(), sentAt: now }
  await coll.spaces().doc(space._id).update({ data: { retentionNotice: mark } })
  return mark
}

export async function runRetentionNotice(job: JobRecord, ctx?: Pick<JobContext, 'now'>): Promise<void> {
  const now = ctx?.now() ?? new Date()
  const space = await loadSpaceRow(String(job.payload?.spaceId ?? ''))
  // deleted, or the end date moved (the job of the new date tells them)
  if (!space || purgeDueAt(space).getTime() !== Number(job.payload?.due)) return
  await noticeOnce(space, purgeDueAt(space), now)
}

export async function runRetention(job: JobRecord, ctx?: Pick<JobContext, 'now'>): Promise<void> {
  const now = ctx?.now() ?? new Date()
  const spaceId = String(job.payload?.spaceId ?? '')
  const space = await loadSpaceRow(spaceId)
  if (!space) return
  const due = purgeDueAt(space)
  if (now < due) return // its end date moved later (a later job exists)

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

  // Whole profiles: only once the guardians have had DELETION_NOTICE_DAYS of warning.
  const notice = await noticeOnce(space, due, now)
  const deleteAt = profileDeletionAt(due, new Date(notice.sentAt))
  if (now < deleteAt) {
    await enqueueJob(`${RETENTION_JOB}:${spaceId}:${due.getTime()}:profiles`, RETENTION_JOB, deleteAt, { spaceId })
    return
  }
  for (const childId of await childrenLeaving(spaceId, due)) {
    const child = await byId<ChildRecord>(coll.children(), childId)
    if (!child) continue
    // the season is long over: nothing to release, so registrations are not "ended" (no offers go out)
    await eraseChild(child, { endRegistrations: false })
    try {
      await coll.notifications().add({
        data: { _id: idFor(`child-deleted:${spaceId}:${childId}`, 'n'), openid: child.guardianOpenid, kind: 'child_data_deleted', params: { spaceId, spaceName: space.name }, createdAt: now, readAt: null }
      })
    } catch {
      /* a rerun: already told */
    }
  }
}
