// Erasing a child (guardian deletes the child, withdraws consent, or the retention period ran
// out): everything that names the child goes, not only the profile. Registrations end first
// (places go to the waitlist), then: their decisions on the spaces, attendance, registrations,
// the guardian's inbox lines about the child and their delivery records, scheduler jobs whose
// payload names the child or one of its registrations, the link from the guardian's planned
// calls, and the child's id in the audit log (each entry keeps how many children it covered, so
// the log still counts reads).
// Every step is idempotent: a crash half-way is finished by running it again.
import { db, _, byIds, rows } from '../core/cloud'
import { coll } from './db'
import type { ChildRecord } from './records'
import { endAllOfChild } from './registrations'

const PAGE = 500

/** Ids of documents matching `where`, all of them (pages of PAGE). */
async function idsOf(c: ReturnType<typeof db.collection>, where: Record<string, unknown>): Promise<string[]> {
  const ids: string[] = []
  for (;;) {
    const page = await rows<{ _id: string }>(c.where({ ...where, ...(ids.length ? { _id: _.gt(ids[ids.length - 1]) } : {}) }).orderBy('_id', 'asc').field({ _id: true }).limit(PAGE).get())
    ids.push(...page.map((d) => d._id))
    if (page.length < PAGE) return ids
  }
}

async function removeIds(c: ReturnType<typeof db.collection>, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 100) await c.where({ _id: _.in(ids.slice(i, i + 100)) }).remove()
}

/** The guardian's inbox lines about the child: its registrations' events, or its name. */
export async function inboxIdsAbout(child: Pick<ChildRecord, 'guardianOpenid' | 'givenName'>, registrationIds: string[]): Promise<string[]> {
  const byReg = registrationIds.length ? await idsOf(coll.notifications(), { openid: child.guardianOpenid, 'params.registrationId': _.in(registrationIds) }) : []
  const byName = await idsOf(coll.notifications(), { openid: child.guardianOpenid, 'params.childGivenName': child.givenName })
  return [...new Set([...byReg, ...byName])]
}

export interface Erased {
  /** active registrations that ended (places released) */
  ended: number
}

export async function eraseChild(child: ChildRecord, { endRegistrations = true } = {}): Promise<Erased> {
  const childId = child._id
  const ended = endRegistrations ? await endAllOfChild(childId) : 0
  // read after ending: ending may have written inbox lines and jobs of its own
  const registrationIds = await idsOf(coll.registrations(), { childId })

  // the arrival decisions of its registrations name the child (tickets.<id>.childId on the space)
  const spaceIds = new Set((await byIds<{ spaceId: string }>(coll.registrations(), registrationIds, { spaceId: true })).map((r) => r.spaceId))
  for (const spaceId of spaceIds) {
    await coll.spaces().where({ _id: spaceId }).update({ data: Object.fromEntries(registrationIds.map((id) => [`tickets.${id}`, _.remove()])) })
  }

  const inbox = await inboxIdsAbout(child, registrationIds)
  // delivery records point at the inbox lines (and their keys at the registrations)
  if (inbox.length) await removeIds(db.collection('deliveries'), await idsOf(db.collection('deliveries'), { notificationId: _.in(inbox) }))
  await removeIds(coll.notifications(), inbox)

  if (registrationIds.length) {
    const jobs = [
      ...(await idsOf(coll.jobs(), { 'payload.registrationId': _.in(registrationIds) })),
      ...(await idsOf(coll.jobs(), { 'payload.params.registrationId': _.in(registrationIds) }))
    ]
    await removeIds(coll.jobs(), [...new Set(jobs)])
  }
  await removeIds(coll.jobs(), await idsOf(coll.jobs(), { 'payload.childId': childId }))

  // the call stays (it is the worker's own plan); only its link to the child goes
  await db.collection('calls').where({ openid: child.guardianOpenid, childId }).update({ data: { childId: _.remove() } })

  // audit entries: the child's id out, the count of children covered kept
  for (;;) {
    const entries = await rows<{ _id: string; childIds: string[]; childCount?: number }>(coll.audit().where({ childIds: childId }).field({ childIds: true, childCount: true }).limit(PAGE).get())
    for (const e of entries) {
      await coll.audit().doc(e._id).update({ data: { childIds: e.childIds.filter((id) => id !== childId), childCount: e.childCount ?? e.childIds.length } })
    }
    if (entries.length < PAGE) break
  }

  await coll.attendance().where({ childId }).remove()
  await coll.registrations().where({ childId }).remove()
  await coll.children().doc(childId).remove()
  return { ended }
}
