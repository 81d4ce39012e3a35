// The guardian's export of one child (PIPL Art. 45): everything held about the child — profile,
// registrations, attendance, linked calls, inbox lines about the child, the consent it is held
// under, and the audit of who at the factory read it (role and display name).
import type { ActionResult } from '../../src/common/api'
import type { Notification, Registration } from '../../src/common/spaces/schemas'
import type { Caller } from '../core/action'
import { db, _, rows } from '../core/cloud'
import { loadConsent } from './consent'
import { coll } from './db'
import { inboxIdsAbout } from './erase'
import { childSummary } from './export'
import type { AttendanceDoc, ChildRecord } from './records'
import { attendanceView, childView } from './views'

const iso = (d: Date | string) => new Date(d).toISOString()

export async function exportChild(caller: Caller, record: ChildRecord, regs: Registration[]): Promise<ActionResult<'children.export'>> {
  const childId = record._id
  const child = childView(record)
  const regIds = (await rows<{ _id: string }>(coll.registrations().where({ childId }).field({ _id: true }).limit(1000).get())).map((r) => r._id)
  const [attendance, log, calls, inboxIds, consent] = await Promise.all([
    rows<AttendanceDoc>(coll.attendance().where({ childId }).orderBy('date', 'desc').limit(1000).get()),
    rows<{ at: Date; actorRole: string; actorOpenid: string; action: string }>(coll.audit().where({ childIds: childId }).orderBy('at', 'desc').limit(100).get()),
    rows<{ _id: string; withWhom: string; date: string; time: string; status: string }>(
      db.collection('calls').where({ openid: caller.openid, childId }).orderBy('at', 'desc').limit(200).get()
    ),
    inboxIdsAbout(record, regIds),
    loadConsent(caller.openid)
  ])
  const inboxDocs = inboxIds.length
    ? await rows<{ _id: string; kind: Notification['kind']; params: Notification['params']; createdAt: Date; readAt: Date | null }>(
        coll.notifications().where({ _id: _.in(inboxIds.slice(0, 200)) }).orderBy('createdAt', 'desc').limit(200).get()
      )
    : []
  const actors = [...new Set(log.map((e) => e.actorOpenid))]
  const people = actors.length ? await rows<{ _id: string; displayName?: string }>(coll.users().where({ _id: _.in(actors) }).field({ displayName: true }).limit(100).get()) : []
  const nameOf = new Map(people.map((p) => [p._id, p.displayName ?? '']))

  const records = attendance.map(attendanceView)
  const accessLog = log.map((e) => ({ at: iso(e.at), actorRole: e.actorRole, actorName: nameOf.get(e.actorOpenid) ?? '', action: e.action }))
  const callViews = calls.map((c) => ({ id: c._id, withWhom: c.withWhom, date: c.date, time: c.time, status: c.status }))
  const inbox: Notification[] = inboxDocs.map((n) => ({ id: n._id, kind: n.kind, params: n.params, createdAt: iso(n.createdAt), readAt: n.readAt ? iso(n.readAt) : null }))
  const given = consent && consent.status === 'given' ? { policyVersion: consent.policyVersion, consentAt: iso(consent.consentAt) } : null
  return {
    summary: childSummary(caller.user.language, child, regs, records, { calls: callViews, inbox, consent: given, accessLog }),
    child,
    registrations: regs,
    attendance: records,
    accessLog,
    calls: callViews,
    inbox,
    consent: given
  }
}
