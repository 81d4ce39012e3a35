// One catalog of error codes shared by the cloud functions and the app.
// The server answers `{ code, message }` with the message in the caller's language.
import type { Lang } from './lang'

export const ERROR_MESSAGES = {
  BAD_REQUEST: { 'zh-CN': '请求格式不正确，请更新小程序后重试。', en: 'The request was malformed. Please update the app and try again.' },
  UNKNOWN_ACTION: { 'zh-CN': '不支持的操作。', en: 'This action is not supported.' },
  VALIDATION_FAILED: { 'zh-CN': '填写的内容有误，请检查后再提交。', en: 'Some of the information is not valid. Please check and try again.' },
  UNAUTHENTICATED: { 'zh-CN': '无法确认您的身份，请重新打开小程序。', en: 'We could not confirm who you are. Please reopen the app.' },
  FORBIDDEN: { 'zh-CN': '您没有权限进行此操作。', en: 'You do not have permission to do this.' },
  NOT_FOUND: { 'zh-CN': '找不到相关内容。', en: 'We could not find what you asked for.' },
  CONFLICT: { 'zh-CN': '内容已被他人修改，请刷新后重试。', en: 'Someone else changed this. Please refresh and try again.' },
  NETWORK: { 'zh-CN': '网络不太好，请稍后再试。', en: 'The network is weak. Please try again in a moment.' },
  INTERNAL: { 'zh-CN': '系统开小差了，请稍后再试。', en: 'Something went wrong on our side. Please try again later.' },
  PAYLOAD_TOO_LARGE: { 'zh-CN': '提交的内容太大了，请减少内容后重试。', en: 'What you sent is too large. Please send less and try again.' },
  // content security (security.msgSecCheck) on text other people will see
  CONTENT_RISKY: { 'zh-CN': '内容包含不适合发布的信息，请修改后再提交。', en: 'This text contains something that cannot be published. Please change it and try again.' },
  CONTENT_CHECK_UNAVAILABLE: { 'zh-CN': '暂时无法检查文字内容，这次没有保存。请稍后再试一次。', en: 'We could not check the text just now, so nothing was saved. Please try again in a moment.' },
  // spaces (factories, children, registration, attendance)
  INVITE_CODE_INVALID: { 'zh-CN': '邀请码不对。请核对工厂给的邀请码，或重新扫工厂的二维码。', en: 'This invite code is not right. Check the code from your factory, or scan the factory QR code again.' },
  INVITE_TOO_MANY_ATTEMPTS: { 'zh-CN': '邀请码输错次数太多了，请一小时后再试。', en: 'Too many wrong invite codes. Please try again in an hour.' },
  OWN_CHILD_DECISION: { 'zh-CN': '不能审批自己孩子的报名，请另一位人事处理。', en: "You cannot decide on your own child's registration. Please ask another HR officer." },
  LAST_HR: { 'zh-CN': '工厂至少要有一位人事。请先让另一位同事成为人事。', en: 'A factory needs at least one HR officer. Make someone else HR first.' },
  NOT_STAFF: { 'zh-CN': '此人还不是本厂的托管老师。请先在成员里给他托管老师的身份。', en: 'This person is not space staff of the factory yet. Give them the staff role first.' },
  CONSENT_REQUIRED: { 'zh-CN': '请先阅读并同意《儿童个人信息保护说明》，再填写孩子的信息。', en: "Please read and agree to the children's privacy notice before entering your child's details." },
  CONSENT_OUTDATED: { 'zh-CN': '《儿童个人信息保护说明》已更新，请重新阅读后同意。', en: "The children's privacy notice has changed. Please read it again and agree." },
  NOT_ELIGIBLE_AGE: { 'zh-CN': '孩子的年龄不符合这期托管的要求（按开班当天计算）。', en: "Your child's age does not fit this space (age on the first day)." },
  REGISTRATION_NOT_OPEN: { 'zh-CN': '报名还没开始，请到报名开始日期再来。', en: 'Registration has not started yet. Please come back when it opens.' },
  REGISTRATION_CLOSED: { 'zh-CN': '报名已经结束了。', en: 'Registration is closed.' },
  ALREADY_REGISTERED: { 'zh-CN': '这个孩子已经报过名了，请在“我的报名”里查看。', en: 'This child is already registered. See "My registrations".' },
  DATES_OVERLAP: { 'zh-CN': '孩子已报名了同一时间的另一期托管。', en: 'Your child is already registered for another space at the same time.' },
  OFFER_EXPIRED: { 'zh-CN': '保留名额的时间已过，名额已让给下一位。', en: 'The time to accept this place has passed; it went to the next family.' },
  INVALID_STATE: { 'zh-CN': '现在不能进行这个操作，请刷新后查看最新状态。', en: 'This cannot be done right now. Please refresh to see the latest status.' },
  CAPACITY_TOO_LOW: { 'zh-CN': '名额不能少于已报名的人数。', en: 'Capacity cannot be lower than the places already taken.' },
  NOT_ENROLLED: { 'zh-CN': '这个孩子没有这期托管的确认名额。', en: 'This child does not have a confirmed place in this space.' },
  OUTSIDE_SEASON: { 'zh-CN': '今天不在这期托管的日期内。', en: 'Today is not one of the days of this space.' },
  NOT_CHECKED_IN: { 'zh-CN': '孩子今天还没签到，不能签退。', en: 'The child has not been checked in today, so cannot be checked out.' },
  PIN_MISMATCH: { 'zh-CN': '接送码不对。不要把孩子交给此人！请打电话给家长核实。', en: 'Wrong pickup PIN. Do NOT hand over the child! Call the parent to check.' },
  PICKUP_NOT_AUTHORIZED: { 'zh-CN': '此人不在授权接送名单上。不要把孩子交给此人！请打电话给家长核实。', en: 'This person is not on the pickup list. Do NOT hand over the child! Call the parent to check.' },
  PIN_LOCKED: { 'zh-CN': '接送码今天错太多次，已锁定。不要交出孩子！请打电话给家长，并告诉负责人。', en: 'Too many wrong PINs today; pickup is locked. Do NOT hand over the child! Call the parent and tell the person in charge.' },
  CONTACT_RATE_LIMITED: { 'zh-CN': '今天已经发了好几条留言了，请明天再发，或等我们回复。', en: 'You have sent several messages today. Please wait for our answer or write again tomorrow.' },
  CONTACT_ALREADY_ANSWERED: { 'zh-CN': '这条留言已经回复过了。', en: 'This message has already been answered.' },
  // learning
  LEARNING_ANSWERS_INCOMPLETE: { 'zh-CN': '答案不完整，请把每道题都答完再提交。', en: 'Some answers are missing. Please answer every question, then submit.' },
  LEARNING_SURVEY_TOO_EARLY: { 'zh-CN': '学完全部课程后，才能做课后小问卷。', en: 'The after-course questions open when you have finished every session.' },
  LEARNING_SURVEY_INVALID: { 'zh-CN': '问卷的回答有误，请重新打开问卷再填一次。', en: 'Some survey answers are not valid. Please open the survey again and answer once more.' },
  // the weekly practice
  PRACTICE_DAY_OUT_OF_RANGE: { 'zh-CN': '请选今天或以后6天中的一天。', en: 'Please pick today or one of the next 6 days.' },
  PRACTICE_NOT_FOUND: { 'zh-CN': '找不到这个小练习，请回到“学习”页面再看看。', en: 'We could not find this practice. Please go back to the Learn tab.' },
  // reminders (subscribe messages, call planner, notices)
  SUBSCRIBE_UNKNOWN_TEMPLATE: { 'zh-CN': '消息提醒设置已更新，请重新打开小程序再试。', en: 'The message settings have changed. Please reopen the app and try again.' },
  CALL_IN_PAST: { 'zh-CN': '这个时间已经过去了，请选一个以后的时间。', en: 'This time has already passed. Please pick a later time.' },
  CALL_NOT_EDITABLE: { 'zh-CN': '这次通话已经过去或已取消，不能再改。', en: 'This call is over or cancelled and cannot be changed.' },
  FEEDBACK_TOO_EARLY: { 'zh-CN': '通话时间还没到，打完电话再来说说吧。', en: 'The call has not happened yet. Tell us how it went after the call.' },
  NOTICE_SEND_AT_INVALID: { 'zh-CN': '发送时间要在现在之后、30天以内。', en: 'The send time must be later than now and within 30 days.' },
  NOTICE_NO_RECIPIENTS: { 'zh-CN': '没有人会收到这条通知，请换一个发送对象。', en: 'Nobody would receive this notice. Please choose other recipients.' },
  NOTICE_NOT_SENT: { 'zh-CN': '通知还在发送中或还没发送，请稍后再试。', en: 'The notice has not been sent yet or is still sending. Please try again later.' },
  NOTICE_ALREADY_SENT: { 'zh-CN': '通知已经开始发送，不能取消了。', en: 'The notice is already being sent and cannot be cancelled.' },
  // insights (program impact dashboards)
  INSIGHTS_PROGRAM_REQUIRED: { 'zh-CN': '您负责多个项目，请先选择要查看的项目。', en: 'You work on more than one program. Please choose the program to view.' },
  NOTICE_REMIND_TOO_SOON: { 'zh-CN': '刚刚提醒过，请过一小时再提醒。', en: 'A reminder was just sent. Please wait an hour before reminding again.' }
} as const satisfies Record<string, Record<Lang, string>>

export type ErrorCode = keyof typeof ERROR_MESSAGES

export const ERROR_CODES = Object.keys(ERROR_MESSAGES) as ErrorCode[]

export function errorMessage(code: ErrorCode, lang: Lang): string {
  return ERROR_MESSAGES[code][lang]
}

/** Thrown by handlers and by the client; carries a code from the catalog. */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly details?: unknown
  constructor(code: ErrorCode, details?: unknown, message?: string) {
    super(message ?? code)
    this.name = 'AppError'
    this.code = code
    this.details = details
  }
}
