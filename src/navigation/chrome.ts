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
let appliedLang: Lang = 'zh-CN'
let pendingLang: Lang | null = null
const ANSWER_WAIT_MS = 1500
const MAX_ATTEMPTS = 10

/** Call from a tab page: setTabBarItem fails when no tab bar is shown. */
export function applyTabBarTexts(lang: Lang, attempt = 1): void {
  if (typeof Taro.setTabBarItem !== 'function') return
  if (pendingLang === lang || (pendingLang === null && lang === appliedLang)) return
  pendingLang = lang
  const calls = TAB_PAGES.map((tab, index) => Promise.resolve(Taro.setTabBarItem({ index, text: translate(lang, tab.textKey) })))
  // H5 answers only once its tab bar is mounted: a call made earlier is never answered,
  // so silence counts as failure and the texts are applied again shortly.
  const answered = Promise.all(calls).then(
    () => true,
    () => false
  )
  const silence = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ANSWER_WAIT_MS))
  void Promise.race([answered, silence]).then((ok) => {
    if (pendingLang !== lang) return // a newer language took over
    pendingLang = null
    if (ok) appliedLang = lang
    else if (attempt < MAX_ATTEMPTS) setTimeout(() => applyTabBarTexts(lang, attempt + 1), 300)
  })
}
