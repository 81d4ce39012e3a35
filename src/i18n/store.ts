// The current UI language, shared by React (via useI18n) and plain modules (the cloud client).
import Taro from '@tarojs/taro'
import { DEFAULT_LANG, LANGS, type Lang } from '@/common/lang'

export const LANG_STORAGE_KEY = 'fb.lang'

type Listener = (lang: Lang) => void

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value)
}

function readStoredLang(): Lang {
  try {
    const stored: unknown = Taro.getStorageSync(LANG_STORAGE_KEY)
    return isLang(stored) ? stored : DEFAULT_LANG
  } catch {
    return DEFAULT_LANG
  }
}

let current: Lang | undefined
const listeners = new Set<Listener>()

export function getLang(): Lang {
  if (current === undefined) current = readStoredLang()
  return current
}

export function setLang(lang: Lang): void {
  if (lang === getLang()) return
  current = lang
  try {
    Taro.setStorageSync(LANG_STORAGE_KEY, lang)
  } catch {
    // Storage full or unavailable: the choice still applies for this session.
  }
  listeners.forEach((listener) => listener(lang))
}

export function subscribeLang(listener: Listener): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
