// Follow the user's WeChat font size (我-设置-通用-字体大小): workers often set it large.
import Taro from '@tarojs/taro'

/** WeChat's standard font size; `fontSizeSetting` is reported in px. */
const STANDARD_FONT_PX = 16
const MIN_SCALE = 0.9
const MAX_SCALE = 2

export interface FontInfo {
  fontSizeScaleFactor?: number
  fontSizeSetting?: number
}

/** Pure: derives a clamped scale from whatever the platform reported. */
export function fontScaleFrom(info: FontInfo | null | undefined): number {
  let scale = 1
  if (info && typeof info.fontSizeScaleFactor === 'number' && info.fontSizeScaleFactor > 0) {
    scale = info.fontSizeScaleFactor
  } else if (info && typeof info.fontSizeSetting === 'number' && info.fontSizeSetting > 0) {
    scale = info.fontSizeSetting / STANDARD_FONT_PX
  }
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, Math.round(scale * 100) / 100))
}

function readFontInfo(): FontInfo | null {
  try {
    const getAppBaseInfo = (Taro as unknown as { getAppBaseInfo?: () => FontInfo }).getAppBaseInfo
    if (typeof getAppBaseInfo === 'function') {
      const info = getAppBaseInfo()
      if (info && (info.fontSizeScaleFactor || info.fontSizeSetting)) return info
    }
  } catch {
    // Older base libraries: fall through to getSystemInfoSync.
  }
  try {
    return Taro.getSystemInfoSync() as FontInfo
  } catch {
    return null
  }
}

let cached: number | undefined

/** The scale for this session (the setting cannot change while the mini program runs). */
export function getFontScale(): number {
  if (cached === undefined) cached = fontScaleFrom(readFontInfo())
  return cached
}
