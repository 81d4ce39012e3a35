// In-app messages about registrations (offers, status changes, cancelled spaces).
// Opening the screen marks them read: WeChat gives no read receipts, so reading is confirmed here.
import { Button, Text, View } from '@tarojs/components'
import PageShell from '@/components/page-shell'
import { useT, type Key } from '../../shared/i18n'
import { spacesPage } from '@/navigation/routes'
import { callAction } from '@/services/cloud'
import { dateTime } from '../../shared/format'
import { go } from '../../shared/nav'
import { notificationParams } from '../../shared/notification-params'
import { Card, Empty, Loadable } from '../../shared/ui'
import { useLoad } from '../../shared/use-load'

function Notifications(): JSX.Element {
  const { t } = useT()
  const { state, reload } = useLoad(async () => {
    const list = await callAction('notifications.list', {})
    // Shown = read; a failure here must not hide the messages.
    if (list.unread > 0) await callAction('notifications.markRead', { all: true }).catch(() => undefined)
    return list.items
  })
  return (
    <View className='sp-screen notifications'>
      <Loadable state={state} onRetry={() => void reload()}>
        {(items) => (
          <>
            {items.length === 0 && <Empty text={t('spaces.notifications.none')} />}
            {items.map((n) => (
              <Card key={n.id} className={`notification notification--${n.kind}${n.readAt ? '' : ' notification--unread'}`}>
                {!n.readAt && <Text className='sp-badge sp-badge--wait'>{t('spaces.notifications.new')}</Text>}
                <Text className='notification__text'>{t(`spaces.notification.${n.kind}` as Key, notificationParams(n))}</Text>
                <Text className='sp-hint'>{dateTime(n.createdAt)}</Text>
                {n.params.registrationId && (
                  <Button className='fb-button fb-button--secondary notification__open' onClick={() => go(spacesPage('registrations'))}>
                    {t('spaces.notifications.open')}
                  </Button>
                )}
              </Card>
            ))}
          </>
        )}
      </Loadable>
    </View>
  )
}

export default function NotificationsPage(): JSX.Element {
  return (
    <PageShell titleKey='spaces.title.notifications' className='notifications-page'>
      <Notifications />
    </PageShell>
  )
}
