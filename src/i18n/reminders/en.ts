// reminders: English messages (merged into src/i18n/en.ts); exactly the keys of zh-CN.ts.
import type { remindersZhCN } from './zh-CN'

export const remindersEn: Record<keyof typeof remindersZhCN, string> = {
  'reminders.title.calls': 'Call plans',
  'reminders.title.callEdit': 'Plan a call',
  'reminders.title.callFeedback': 'How was the call?',
  'reminders.title.callHistory': 'Past calls',
  'reminders.title.inbox': 'Messages',
  'reminders.title.notice': 'Notice',
  'reminders.title.hr.notices': 'Send notices',
  'reminders.title.hr.noticeCompose': 'Write a notice',
  'reminders.title.hr.noticeReport': 'Who has read it',

  'reminders.entry.calls': 'Calls with your child',
  'reminders.entry.plan': 'Plan a call',
  'reminders.entry.none': 'No call planned yet. Pick a time and we will remind you.',
  'reminders.entry.nextWith': 'Next call: {when}, with {name}',
  'reminders.entry.more': '{n} more planned',
  'reminders.entry.ask': 'How did your last call go? Tap to tell us',
  'reminders.entry.all': 'All calls',

  'reminders.inbox.entry': 'Messages',
  'reminders.inbox.entryUnread': '{n} new',
  'reminders.inbox.entryNone': 'No new messages',
  'reminders.home.notices': 'Send notices',
  'reminders.home.noticesBody': 'Send notices to workers and families and see who has read them.'
}
