// weapp: synthesized speech through WeChat's 同声传译 plugin (WechatSI). The plugin is declared
// only when the build says so (TARO_APP_WECHATSI=1, in the learning subpackage); without it
// `requirePlugin` throws and this source simply has nothing to offer.
import type { Lang } from '@/common/lang'
import type { Source } from './narrator'
import { audioPlayback } from './playback'

interface WechatSI {
  textToSpeech(o: { lang: string; tts: boolean; content: string; success: (res: { retcode?: number; filename?: string }) => void; fail: (e: unknown) => void }): void
}

declare const requirePlugin: ((name: string) => unknown) | undefined

/** The plugin's reference name in app.json (config: learning subpackage `plugins`). */
export const WECHATSI = 'WechatSI'
// The plugin refuses long texts; a card is a few sentences, far below this.
const MAX_CHARS = 300

function plugin(): WechatSI | null {
  try {
    const p = typeof requirePlugin === 'function' ? (requirePlugin(WECHATSI) as WechatSI | undefined) : undefined
    return p && typeof p.textToSpeech === 'function' ? p : null
  } catch {
    return null // not declared in this build, or not added in the admin console
  }
}

const pluginLang = (lang: Lang) => (lang === 'zh-CN' ? 'zh_CN' : 'en_US')

function synthesize(p: WechatSI, text: string, lang: Lang): Promise<string | null> {
  return new Promise((resolve) => {
    try {
      p.textToSpeech({
        lang: pluginLang(lang),
        tts: true,
        content: text.slice(0, MAX_CHARS),
        success: (res) => resolve(res && (res.retcode === undefined || res.retcode === 0) && res.filename ? res.filename : null),
        fail: () => resolve(null)
      })
    } catch {
      resolve(null)
    }
  })
}

export const speechSource: Source = {
  kind: 'speech',
  async open(item, rate, events) {
    const p = plugin()
    if (!p) return null
    const url = await synthesize(p, item.text, item.lang)
    return url ? audioPlayback(url, rate, events) : null
  }
}
