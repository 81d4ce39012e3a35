// i18n entry: `t()` for plain modules, `useI18n()` for components, `I18nProvider` at the app root.
import { createContext, createElement, useContext, useEffect, useMemo, useState, type PropsWithChildren } from 'react'
import type { Lang } from '@/common/lang'
import { getLang, setLang, subscribeLang } from './store'
import { translate, type TranslateParams } from './translate'
import type { MessageKey } from './zh-CN'

export type { MessageKey, Messages } from './zh-CN'
export type { TranslateParams } from './translate'
export { getLang, setLang, subscribeLang } from './store'

/** Translates in the current language (for code outside React). */
export function t(key: MessageKey, params?: TranslateParams): string {
  return translate(getLang(), key, params)
}

export interface I18nValue {
  lang: Lang
  t: (key: MessageKey, params?: TranslateParams) => string
  setLang: (lang: Lang) => void
}

function useLangFromStore(): Lang {
  const [lang, setLocalLang] = useState<Lang>(getLang)
  useEffect(() => {
    // The language may have changed between the first render and this effect.
    setLocalLang(getLang())
    return subscribeLang(setLocalLang)
  }, [])
  return lang
}

function useI18nValue(): I18nValue {
  const lang = useLangFromStore()
  return useMemo(
    () => ({ lang, t: (key: MessageKey, params?: TranslateParams) => translate(lang, key, params), setLang }),
    [lang]
  )
}

const I18nContext = createContext<I18nValue | null>(null)

export function I18nProvider({ children }: PropsWithChildren): JSX.Element {
  return createElement(I18nContext.Provider, { value: useI18nValue() }, children)
}

/**
 * `{ lang, t, setLang }`. Uses the app-level provider when present; otherwise subscribes to the
 * store itself, so it also works where a page is rendered outside the provider.
 */
export function useI18n(): I18nValue {
  const fromContext = useContext(I18nContext)
  const own = useI18nValue()
  return fromContext ?? own
}
