// `t()` for learning screen parts with their own dictionary first, then the app's (learning.*,
// common.* in src/i18n/learning and the core dictionaries).
import type { MessageKey } from '@/i18n'
import { screenDictionary } from '@/i18n/screen-dictionary'
import { learningScreensEn } from './en'
import { learningScreensZhCN } from './zh-CN'

export type ScreenKey = keyof typeof learningScreensZhCN
/** Any message these screen parts may show. */
export type Key = ScreenKey | MessageKey

export const { useScreenT: useLT } = screenDictionary<ScreenKey>(learningScreensZhCN, learningScreensEn)
