// In-app notifications (the inbox). The reminders feature adds WeChat messages later.
import type { Notification } from '../../src/common/spaces/schemas'
import { coll } from './db'

export type NotificationKind = Notification['kind']
export type NotificationParams = Notification['params']

/**
 * Best effort: the registration's status is the source of truth the app shows;
 * a lost inbox line must not undo a place that was already given.
 */
export async function notify(openid: string, kind: NotificationKind, params: NotificationParams): Promise<void> {
  try {
    await coll.notifications().add({ data: { openid, kind, params, createdAt: new Date(), readAt: null } })
  } catch (e) {
    console.error('[spaces] notification not stored', kind, e)
  }
}
