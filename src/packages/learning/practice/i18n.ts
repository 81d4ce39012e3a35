// The practice screens' own dictionary, then the app's (practice.card.*, practice.answer.* live
// there: the Learn tab uses them too).
import { screenDictionary } from '@/i18n/screen-dictionary'
import { practiceScreensEn } from './en'
import { practiceScreensZhCN } from './zh-CN'

export type PracticeKey = keyof typeof practiceScreensZhCN
export const { useScreenT: usePT } = screenDictionary<PracticeKey>(practiceScreensZhCN, practiceScreensEn)
