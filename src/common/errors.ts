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
  INTERNAL: { 'zh-CN': '系统开小差了，请稍后再试。', en: 'Something went wrong on our side. Please try again later.' }
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
