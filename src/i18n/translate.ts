// Pure lookup + interpolation, no Taro: easy to unit test and to reuse for other dictionaries.
import type { Lang } from '@/common/lang'
import { en } from './en'
import { zhCN, type MessageKey, type Messages } from './zh-CN'

export type TranslateParams = Record<string, string | number>

export const dictionaries: Record<Lang, Messages> = { 'zh-CN': zhCN, en }

/** Replaces `{name}` placeholders; unknown placeholders are left visible so they get noticed. */
export function interpolate(template: string, params?: TranslateParams): string {
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole
  )
}

export function translate(lang: Lang, key: MessageKey, params?: TranslateParams): string {
  // Fall back to Chinese rather than showing a raw key to a user.
  const template = dictionaries[lang]?.[key] ?? zhCN[key] ?? key
  return interpolate(template, params)
}
