// `t()` for the spaces and hr subpackage screens: their own dictionaries first, then the app's
// (common.*, role.*, spaces.title.* …). Same language state as the rest of the app (useI18n).
import { useMemo } from 'react'
import type { Lang } from '@/common/lang'
import { useI18n, type MessageKey, type TranslateParams } from '@/i18n'
import { interpolate } from '@/i18n/translate'
import { spacesScreensEn } from './en'
import { spacesScreensZhCN } from './zh-CN'

export type ScreenKey = keyof typeof spacesScreensZhCN
/** Any message a spaces screen may show. */
export type Key = ScreenKey | MessageKey
export type T = (key: Key, params?: TranslateParams) => string

const DICTS: Record<Lang, Record<ScreenKey, string>> = { 'zh-CN': spacesScreensZhCN, en: spacesScreensEn }

function isScreenKey(key: string): key is ScreenKey {
  return Object.prototype.hasOwnProperty.call(spacesScreensZhCN, key)
}

export function translateScreen(lang: Lang, appT: (key: MessageKey, params?: TranslateParams) => string, key: Key, params?: TranslateParams): string {
  if (isScreenKey(key)) return interpolate(DICTS[lang]?.[key] ?? spacesScreensZhCN[key], params)
  return appT(key, params)
}

export function useT(): { lang: Lang; t: T } {
  const { lang, t: appT } = useI18n()
  return useMemo(() => ({ lang, t: (key: Key, params?: TranslateParams) => translateScreen(lang, appT, key, params) }), [lang, appT])
}
