// The unread badge on the 我的 tab. The server's unread count is the truth; we only mirror it.
// WeChat refuses tab bar calls while a non-tab page is shown, so the last count is re-applied
// whenever a tab page refreshes it (app show, 我的 and 亲子沟通 shown, after reading a notice).
import Taro from '@tarojs/taro'
import { tabIndex } from '@/navigation/routes'
import { callAction } from '@/services/cloud'
import { badgeText } from './badge-text'

export { badgeText } from './badge-text'

type Listener = (unread: number) => void
const listeners = new Set<Listener>()
let unread = 0
let inFlight: Promise<number | null> | null = null
let refreshedAt = 0
/** App show and the tab page's show come together: one request is enough. */
const DEDUPE_MS = 3000


function ignore(): void {}

function applyBadge(): void {
  const index = tabIndex('me')
  const text = badgeText(unread)
  if (text) {
    if (typeof Taro.setTabBarBadge === 'function') Promise.resolve(Taro.setTabBarBadge({ index, text })).catch(ignore)
  } else if (typeof Taro.removeTabBarBadge === 'function') {
    Promise.resolve(Taro.removeTabBarBadge({ index })).catch(ignore)
  }
}

/** Set the count we already know (e.g. from a list or markRead reply) without asking the server. */
export function setUnreadCount(count: number): void {
  unread = Math.max(0, count)
  applyBadge()
  listeners.forEach((listener) => listener(unread))
}

export function unreadCount(): number {
  return unread
}

/** Ask the server for the unread count; resolves null (badge unchanged) when it cannot. */
export function refreshInboxBadge(): Promise<number | null> {
  if (!inFlight && Date.now() - refreshedAt < DEDUPE_MS) {
    applyBadge() // a tab page may be showing now where the last attempt could not set it
    return Promise.resolve(unread)
  }
  if (!inFlight) {
    inFlight = callAction('notifications.list', { unreadOnly: true })
      .then((res) => {
        refreshedAt = Date.now()
        setUnreadCount(res.unread)
        return res.unread
      })
      // Not signed in yet (H5 dev), offline: keep what is shown; the next show tries again.
      .catch(() => null)
      .finally(() => {
        inFlight = null
      })
  }
  return inFlight
}

/**
 * Subscribes, and tells the listener the current count at once: a refresh may have landed
 * between the subscriber's first render and its subscription (the entry on 我的 then kept
 * showing 0 while the tab badge showed the count).
 */
export function onUnreadChange(listener: Listener): () => void {
  listeners.add(listener)
  listener(unread)
  return () => void listeners.delete(listener)
}
