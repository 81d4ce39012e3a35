// 我的 → 消息: the way into the inbox, with the unread count. Refreshes the tab badge each time
// 我的 is shown (e.g. back from reading a notice), since the badge can only be set on a tab page.
import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { useI18n } from '@/i18n'
import { pageUrl, remindersPage } from '@/navigation/routes'
import { badgeText, onUnreadChange, refreshInboxBadge, unreadCount } from '@/services/inbox/badge'
import './index.scss'

export default function InboxEntry(): JSX.Element {
  const { t } = useI18n()
  const [unread, setUnread] = useState(unreadCount)
  useEffect(() => onUnreadChange(setUnread), [])
  useDidShow(() => void refreshInboxBadge())

  const count = badgeText(unread)
  return (
    <Button
      className={`inbox-entry${count ? ' inbox-entry--unread' : ''}`}
      onClick={() => Promise.resolve(Taro.navigateTo({ url: pageUrl(remindersPage('inbox')) })).catch(() => undefined)}
    >
      <View className='inbox-entry__text'>
        <Text className='inbox-entry__title'>✉️ {t('reminders.inbox.entry')}</Text>
        <Text className='inbox-entry__status'>{count ? t('reminders.inbox.entryUnread', { n: count }) : t('reminders.inbox.entryNone')}</Text>
      </View>
      {count && <Text className='inbox-entry__count'>{count}</Text>}
    </Button>
  )
}
