// A subpackage's own dictionary (its screens' text stays out of the main package),
// looked up first, falling back to the app's dictionaries. Same language state as the app.
import { useMemo } from 'react'
import type { Lang } from '@/common/lang'
import { useI18n, type MessageKey, type TranslateParams } from '@/i18n'
import { interpolate } from '@/i18n/translate'

type AppT = (key: MessageKey, params?: TranslateParams) => string

export function screenDictionary<K extends string>(zhCN: Record<K, string>, en: Record<K, string>) {
  type Key = K | MessageKey
  const dicts: Record<Lang, Record<K, string>> = { 'zh-CN': zhCN, en }
  const isScreenKey = (key: string): key is K => Object.prototype.hasOwnProperty.call(zhCN, key)

  function translate(lang: Lang, appT: AppT, key: Key, params?: TranslateParams): string {
    if (isScreenKey(key)) return interpolate(dicts[lang]?.[key] ?? zhCN[key], params)
    return appT(key as MessageKey, params)
  }

  function useScreenT(): { lang: Lang; t: (key: Key, params?: TranslateParams) => string } {
    const { lang, t: appT } = useI18n()
    return useMemo(() => ({ lang, t: (key: Key, params?: TranslateParams) => translate(lang, appT, key, params) }), [lang, appT])
  }

  return { translate, useScreenT }
}
