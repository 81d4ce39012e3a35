// How a notice's audience and state read for HR.
import type { Notice } from '@/common/reminders/schemas'
import { dateTime } from '../../spaces/shared/format'
import type { Key, T } from './i18n'

export function audienceText(t: T, notice: Pick<Notice, 'audience' | 'spaceName'>): string {
  const a = notice.audience
  if (a.type === 'factory_workers') return t('reminders.hr.audienceOf.all')
  const statuses = a.statuses.map((s) => t(`reminders.hr.status.${s}` as Key)).join(t('common.listSeparator'))
  return t('reminders.hr.audienceOf.space', { space: notice.spaceName ?? '', statuses })
}

export function noticeStateText(t: T, notice: Pick<Notice, 'status' | 'sendAt'>): string {
  if (notice.status === 'scheduled') return t('reminders.hr.state.scheduled', { when: dateTime(notice.sendAt) })
  return t(`reminders.hr.state.${notice.status}` as Key)
}
