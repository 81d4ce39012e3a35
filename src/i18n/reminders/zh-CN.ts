// reminders: Simplified Chinese messages (merged into src/i18n/zh-CN.ts). Keys start with 'reminders.'.
// Only what the main package needs (page titles, the Connect and 我的 entries). The screens'
// messages live in the reminders subpackage (src/packages/reminders/shared/i18n).
export const remindersZhCN = {
  'reminders.title.calls': '通话计划',
  'reminders.title.callEdit': '安排通话',
  'reminders.title.callFeedback': '通话怎么样',
  'reminders.title.callHistory': '以前的通话',
  'reminders.title.inbox': '消息',
  'reminders.title.notice': '通知',
  'reminders.title.hr.notices': '发通知',
  'reminders.title.hr.noticeCompose': '写通知',
  'reminders.title.hr.noticeReport': '通知已读情况',

  'reminders.entry.calls': '和孩子通话',
  'reminders.entry.plan': '安排一次通话',
  'reminders.entry.none': '还没有安排通话。定好时间，我们到时提醒您。',
  'reminders.entry.nextWith': '下次通话：{when}，和{name}',
  'reminders.entry.more': '还有 {n} 次',
  'reminders.entry.ask': '刚才的通话怎么样？点这里告诉我们',
  'reminders.entry.all': '全部通话',

  'reminders.inbox.entry': '消息',
  'reminders.inbox.entryUnread': '{n} 条新消息',
  'reminders.inbox.entryNone': '没有新消息',
  'reminders.home.notices': '发通知',
  'reminders.home.noticesBody': '给员工和家庭发通知，看谁已经读了。'
} as const
