// One line of text for each inbox item kind: reminders kinds from our dictionary, the spaces
// domain's kinds (registrations, offers) from theirs.
import type { Notification } from '@/common/spaces/schemas'
import type { Key as SpacesKey, T as SpacesT } from '../../spaces/shared/i18n'
import { notificationParams } from '../../spaces/shared/notification-params'
import type { T } from './i18n'
import { sayInstant } from './format'

export function inboxText(n: Notification, t: T, spacesT: SpacesT): string {
  const p = n.params
  switch (n.kind) {
    case 'notice':
      return p.title ?? t('reminders.inbox.notice')
    case 'call_reminder': {
      const when = p.callAt ? sayInstant(t, p.callAt) : ''
      return p.withWhom ? t('reminders.inbox.callReminderWith', { name: p.withWhom, when }) : t('reminders.inbox.callReminder', { when })
    }
    case 'lesson_nudge':
      return t('reminders.inbox.lessonNudge')
    case 'practice_reminder':
      return t('reminders.inbox.practiceReminder')
    default:
      return spacesT(`spaces.notification.${n.kind}` as SpacesKey, notificationParams(n))
  }
}
