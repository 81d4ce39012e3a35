// Human names of CloudBase regions, for the notice and the About page (the id itself when unknown).
import type { Lang } from '../lang'

const REGIONS: Record<string, Record<Lang, string>> = {
  'ap-shanghai': { 'zh-CN': '上海', en: 'Shanghai' },
  'ap-guangzhou': { 'zh-CN': '广州', en: 'Guangzhou' },
  'ap-beijing': { 'zh-CN': '北京', en: 'Beijing' },
  'ap-nanjing': { 'zh-CN': '南京', en: 'Nanjing' },
  'ap-chengdu': { 'zh-CN': '成都', en: 'Chengdu' }
}

/** What the app shows for a deployment value the operator has not configured. */
export const NOT_CONFIGURED: Record<Lang, string> = { 'zh-CN': '（运营方还没有填写）', en: '(not yet filled in by the operator)' }

export function regionName(lang: Lang, region: string | null): string {
  if (!region) return NOT_CONFIGURED[lang]
  return REGIONS[region]?.[lang] ?? region
}
