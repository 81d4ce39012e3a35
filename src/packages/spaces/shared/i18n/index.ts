// `t()` for the spaces and hr subpackage screens: their own dictionaries first, then the app's
// (common.*, role.*, spaces.title.* …).
import type { MessageKey, TranslateParams } from '@/i18n'
import { screenDictionary } from '@/i18n/screen-dictionary'
import { spacesScreensEn } from './en'
import { spacesScreensZhCN } from './zh-CN'

export type ScreenKey = keyof typeof spacesScreensZhCN
/** Any message a spaces screen may show. */
export type Key = ScreenKey | MessageKey
export type T = (key: Key, params?: TranslateParams) => string

export const { translate: translateScreen, useScreenT: useT } = screenDictionary<ScreenKey>(spacesScreensZhCN, spacesScreensEn)
