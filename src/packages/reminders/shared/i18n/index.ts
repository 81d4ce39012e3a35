// `t()` for the reminders screens (and the HR notice screens in the hr subpackage): their own
// dictionary first, then the app's (common.*, reminders.title.* …).
import type { MessageKey, TranslateParams } from '@/i18n'
import { screenDictionary } from '@/i18n/screen-dictionary'
import { remindersScreensEn } from './en'
import { remindersScreensZhCN } from './zh-CN'

export type ScreenKey = keyof typeof remindersScreensZhCN
/** Any message a reminders screen may show. */
export type Key = ScreenKey | MessageKey
export type T = (key: Key, params?: TranslateParams) => string

export const { useScreenT: useRT } = screenDictionary<ScreenKey>(remindersScreensZhCN, remindersScreensEn)
