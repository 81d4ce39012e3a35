// `t()` for the insights screens: their own dictionary first, then the app's.
import type { MessageKey } from '@/i18n'
import { screenDictionary } from '@/i18n/screen-dictionary'
import { insightsScreensEn } from './en'
import { insightsScreensZhCN } from './zh-CN'

export type ScreenKey = keyof typeof insightsScreensZhCN
export type Key = ScreenKey | MessageKey

export const { useScreenT: useInsightsT } = screenDictionary<ScreenKey>(insightsScreensZhCN, insightsScreensEn)
