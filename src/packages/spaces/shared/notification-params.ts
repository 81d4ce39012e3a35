// The values a spaces notification's text is filled with (spaces.notification.<kind>), shared by
// the registrations inbox and the general inbox (reminders/shared/inbox-text.ts).
import type { Notification } from '@/common/spaces/schemas'
import { dateTime } from './format'

export function notificationParams(n: Notification): Record<string, string | number> {
  const p = n.params
  return {
    space: p.spaceName ?? '',
    name: p.childGivenName ?? '',
    until: p.offerExpiresAt ? dateTime(p.offerExpiresAt) : '',
    reason: p.reason ?? '',
    n: p.waitlistPosition ?? '?',
    date: p.deleteOn ?? '',
    reply: p.replyText ?? ''
  }
}
