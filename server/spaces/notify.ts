// In-app notifications (the inbox). Events that matter to the family (status
// changes, offers) also go to WeChat where credit exists: the reminders domain
// writes their inbox line and queues the push (server/reminders/space-events.ts).
import type { Notification } from '../../src/common/spaces/schemas'
import { announceSpaceEvent, isPushedSpaceEvent } from '../reminders/space-events'
import { coll } from './db'

export type NotificationKind = Notification['kind']
export type NotificationParams = Notification['params']

/**
 * Best effort: the registration's status is the source of truth the app shows;
 * a lost inbox line must not undo a place that was already given.
 */
export async function notify(openid: string, kind: NotificationKind, params: NotificationParams): Promise<void> {
  try {
    if (isPushedSpaceEvent(kind)) return await announceSpaceEvent(openid, kind, params)
    await coll.notifications().add({ data: { openid, kind, params, createdAt: new Date(), readAt: null } })
  } catch (e) {
    console.error('[spaces] notification not stored', kind, e)
  }
}
