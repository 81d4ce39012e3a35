// The inbox count on 我的 must match the tab badge even when the server's answer
// arrives before the entry has subscribed (it used to stay at 0).
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: { setTabBarBadge: jest.fn(() => Promise.resolve()), removeTabBarBadge: jest.fn(() => Promise.resolve()) }
}))
jest.mock('@/services/cloud', () => ({ callAction: jest.fn(() => Promise.resolve({ items: [], unread: 1 })) }))

import Taro from '@tarojs/taro'
import { onUnreadChange, refreshInboxBadge } from '@/services/inbox/badge'

test('a subscriber that arrives after the refresh still learns the unread count', async () => {
  await refreshInboxBadge()
  expect(Taro.setTabBarBadge).toHaveBeenCalledWith(expect.objectContaining({ text: '1' }))
  const seen: number[] = []
  const stop = onUnreadChange((n) => seen.push(n))
  expect(seen).toEqual([1])
  stop()
})
