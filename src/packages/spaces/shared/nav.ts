import Taro from '@tarojs/taro'
import { pageUrl } from '@/navigation/routes'

function query(params?: Record<string, string | undefined>): string {
  const parts = Object.entries(params ?? {})
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
  return parts.length ? `?${parts.join('&')}` : ''
}

export function go(path: string, params?: Record<string, string | undefined>): void {
  Promise.resolve(Taro.navigateTo({ url: pageUrl(path) + query(params) })).catch(() => undefined)
}

export function back(): void {
  Promise.resolve(Taro.navigateBack()).catch(() => undefined)
}

/** Router params arrive URL-encoded on some platforms (and always for a QR `scene`). */
export function param(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
