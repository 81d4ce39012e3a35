// `t()` for the reminders screens (and the HR notice screens in the hr subpackage): their own
// dictionary first, then the app's (common.*, reminders.title.* …). Same language state as the app.
import { useMemo } from 'react'
import type { Lang } from '@/common/lang'
import { useI18n, type MessageKey, type TranslateParams } from '@/i18n'
import { interpolate } from '@/i18n/translate'
import { remindersScreensEn } from './en'
import { remindersScreensZhCN } from './zh-CN'

export type ScreenKey = keyof typeof remindersScreensZhCN
/** Any message a reminders screen may show. */
export type Key = ScreenKey | MessageKey
export type T = (key: Key, params?: TranslateParams) => string

const DICTS: Record<Lang, Record<ScreenKey, string>> = { 'zh-CN': remindersScreensZhCN, en: remindersScreensEn }

function isScreenKey(key: string): key is ScreenKey {
  return Object.prototype.hasOwnProperty.call(remindersScreensZhCN, key)
}

export function useRT(): { lang: Lang; t: T } {
  const { lang, t: appT } = useI18n()
  return useMemo(
    () => ({
      lang,
      t: (key: Key, params?: TranslateParams) =>
        isScreenKey(key) ? interpolate(DICTS[lang]?.[key] ?? remindersScreensZhCN[key], params) : appT(key, params)
    }),
    [lang, appT]
  )
}
