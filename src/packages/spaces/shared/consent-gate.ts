// PIPL: no child data may be entered before the guardian's separate consent. Screens that show or
// take child data call this first; without current consent the guardian is sent to the notice.
import Taro from '@tarojs/taro'
import { pageUrl, spacesPage } from '@/navigation/routes'
import { callAction } from '@/services/cloud'

/** true when consent to the current notice exists; otherwise replaces this screen by the notice. */
export async function ensureConsent(next: string): Promise<boolean> {
  const state = await callAction('consent.get', {})
  if (state.upToDate) return true
  const url = `${pageUrl(spacesPage('consent'))}?next=${encodeURIComponent(next)}`
  await Promise.resolve(Taro.redirectTo({ url })).catch(() => undefined)
  return false
}
