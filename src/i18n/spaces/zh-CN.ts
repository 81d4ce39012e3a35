// spaces: Simplified Chinese messages (merged into src/i18n/zh-CN.ts). Keys start with 'spaces.'.
// Only what the main package needs (tab page, page titles). The screens' messages and the
// children's-privacy notice live in the spaces subpackage (src/packages/spaces/shared/i18n) to keep
// the main package within its size budget.
export const spacesZhCN = {
  'spaces.title.join': '加入工厂',
  'spaces.title.consent': '儿童信息保护说明',
  'spaces.title.contactMessages': '员工留言',
  'spaces.title.children': '孩子信息',
  'spaces.title.childEdit': '填写孩子信息',
  'spaces.title.childSummary': '孩子信息汇总',
  'spaces.title.list': '报名托管',
  'spaces.title.registrations': '我的报名',
  'spaces.title.notifications': '消息',
  'spaces.title.hr.seasons': '托管班管理',
  'spaces.title.hr.seasonEdit': '托管班设置',
  'spaces.title.hr.registrations': '报名名单',
  'spaces.title.hr.roster': '花名册',
  'spaces.title.hr.staffRoles': '员工身份',
  'spaces.title.hr.today': '今日名单',
  'spaces.title.hr.attendance': '每天签到记录',
  'spaces.title.childAttendance': '签到和接送记录',

  'spaces.error.unknown': '出了点问题，请稍后再试。',

  'spaces.home.noFactory': '您还没有加入工厂',
  'spaces.home.noFactoryBody': '请输入工厂给的邀请码，或扫工厂的二维码。',
  'spaces.home.join': '输入邀请码加入工厂',
  'spaces.home.joinAnother': '用邀请码加入其他工厂',
  'spaces.home.list': '报名托管',
  'spaces.home.listBody': '看看有哪些托管班，给孩子报名。',
  'spaces.home.registrations': '我的报名',
  'spaces.home.registrationsBody': '报名结果、排队和取消。',
  'spaces.home.children': '孩子信息',
  'spaces.home.childrenBody': '添加、修改、导出或删除孩子的信息。',
  'spaces.home.notifications': '消息',
  'spaces.home.notificationsBody': '名额和报名的通知。',
  'spaces.home.seasons': '托管班管理',
  'spaces.home.seasonsBody': '新建托管班，开始或结束报名，看名单。',
  'spaces.home.roles': '员工身份',
  'spaces.home.rolesBody': '设置谁是托管老师、谁是人事。',
  'spaces.home.contact': '员工留言',
  'spaces.home.contactBody': '看员工通过“联系我们”发来的问题和投诉，并回复。',
  'spaces.home.today': '今日名单',
  'spaces.home.todayBody': '孩子签到和接走。'
} as const
