// Keeps WeChat's own UI (navigation bar, tab bar) in the user's language.
// app.config.ts holds the Chinese texts; English is applied at runtime.
import Taro from '@tarojs/taro'
import type { Lang } from '@/common/lang'
import { translate } from '@/i18n/translate'
import type { MessageKey } from '@/i18n'
import { TAB_PAGES } from './routes'

function ignore(): void {}

export function applyNavigationTitle(lang: Lang, titleKey: MessageKey): void {
  if (typeof Taro.setNavigationBarTitle !== 'function') return
  Promise.resolve(Taro.setNavigationBarTitle({ title: translate(lang, titleKey) })).catch(ignore)
}

// The tab bar starts in Chinese (from app.config), so only call the API when that changes.
let tabBarLang: Lang = 'zh-CN'

/** Call from a tab page only: setTabBarItem fails when no tab bar is shown. */
export function applyTabBarTexts(lang: Lang): void {
  if (lang === tabBarLang || typeof Taro.setTabBarItem !== 'function') return
  tabBarLang = lang
  TAB_PAGES.forEach((tab, index) => {
    Promise.resolve(Taro.setTabBarItem({ index, text: translate(lang, tab.textKey) })).catch(() => {
      tabBarLang = 'zh-CN' // unknown state: retry on the next show
    })
  })
}
