// Who a notice reaches, page by page in a stable order (by document id) so a
// fan-out can stop anywhere and continue from a cursor in the next run.
import type { NoticeAudience } from '../../src/common/reminders/schemas'
import { _, coll, rows } from './db'

export interface RecipientPage {
  openids: string[]
  /** where the next page starts, or null when this was the last page */
  next: string | null
}

function workersWhere(factoryId: string) {
  return { roles: _.elemMatch({ factoryId, role: 'worker' }) }
}

function familiesWhere(audience: Extract<NoticeAudience, { type: 'space_families' }>) {
  return { spaceId: audience.spaceId, status: _.in(audience.statuses) }
}

export async function recipientPage(factoryId: string, audience: NoticeAudience, cursor: string | null, limit: number): Promise<RecipientPage> {
  const after = cursor ? { _id: _.gt(cursor) } : {}
  if (audience.type === 'factory_workers') {
    const data = await rows<{ _id: string }>(
      coll.users().where({ ...workersWhere(factoryId), ...after }).orderBy('_id', 'asc').field({ _id: true }).limit(limit).get()
    )
    return { openids: data.map((u) => u._id), next: data.length === limit ? data[data.length - 1]._id : null }
  }
  const data = await rows<{ _id: string; guardianOpenid: string }>(
    coll.registrations().where({ ...familiesWhere(audience), ...after }).orderBy('_id', 'asc').field({ _id: true, guardianOpenid: true }).limit(limit).get()
  )
  // a family with two children in the space appears twice: delivery keys make the second a no-op
  return { openids: [...new Set(data.map((r) => r.guardianOpenid))], next: data.length === limit ? data[data.length - 1]._id : null }
}

/** Distinct recipients now (what the HR sees before sending). */
export async function countRecipients(factoryId: string, audience: NoticeAudience): Promise<number> {
  if (audience.type === 'factory_workers') {
    return ((await coll.users().where(workersWhere(factoryId)).count()) as unknown as { total: number }).total
  }
  const seen = new Set<string>()
  let cursor: string | null = null
  do {
    const page: RecipientPage = await recipientPage(factoryId, audience, cursor, 1000)
    page.openids.forEach((o) => seen.add(o))
    cursor = page.next
  } while (cursor)
  return seen.size
}
