// 我的 → 消息: every inbox item (HR notices, call reminders, lesson nudges, registration news),
// newest first. Tapping an item marks it read and opens what it is about; a notice opens its own
// screen, where the worker confirms "I've read this".
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import PageShell from '@/components/page-shell'
import type { Notification } from '@/common/spaces/schemas'
import { CONTACT_PAGE, pageUrl, remindersPage, spacesPage, TAB_PAGES } from '@/navigation/routes'
import { callAction } from '@/services/cloud'
import { setUnreadCount } from '@/services/inbox/badge'
import { useT as useSpacesT } from '../../../spaces/shared/i18n'
import { dateTime } from '../../../spaces/shared/format'
import { go } from '../../../spaces/shared/nav'
import { Card, Empty, Loadable } from '../../../spaces/shared/ui'
import { useLoad } from '../../../spaces/shared/use-load'
import { useRT, type Key } from '../../shared/i18n'
import { inboxText } from '../../shared/inbox-text'
import '../../shared/reminders.scss'

interface InboxData {
  items: Notification[]
  unread: number
}

/** Where an item leads, and the words on its button. */
function destination(n: Notification): { label: Key; open: () => void } | null {
  if (n.kind === 'notice' && n.params.noticeId) return { label: 'reminders.inbox.open', open: () => go(remindersPage('notice'), { id: n.params.noticeId }) }
  if (n.kind === 'call_reminder') return { label: 'reminders.inbox.toCalls', open: () => go(remindersPage('calls')) }
  if (n.kind === 'lesson_nudge' || n.kind === 'practice_reminder') {
    return { label: 'reminders.inbox.toLearn', open: () => void Promise.resolve(Taro.switchTab({ url: pageUrl(TAB_PAGES[0].path) })).catch(() => undefined) }
  }
  if (n.kind === 'contact_reply') return { label: 'reminders.inbox.toContact', open: () => go(CONTACT_PAGE) }
  if (n.kind === 'child_data_deleting') return { label: 'reminders.inbox.toChildren', open: () => go(spacesPage('children')) }
  if (n.params.registrationId) return { label: 'reminders.inbox.toRegistrations', open: () => go(spacesPage('registrations')) }
  return null
}

function Inbox(): JSX.Element {
  const { t } = useRT()
  const { t: spacesT } = useSpacesT()
  const { state, reload, setState } = useLoad<InboxData>(async () => {
    const list = await callAction('notifications.list', {})
    setUnreadCount(list.unread)
    return list
  })

  /** Read on tap: shown as read at once; a notice is marked read by opening it (notices.get). */
  const openItem = (n: Notification): void => {
    if (state.status === 'ready' && !n.readAt) {
      const now = new Date().toISOString()
      const items = state.data.items.map((item) => (item.id === n.id ? { ...item, readAt: now } : item))
      const unread = Math.max(0, state.data.unread - 1)
      setState({ status: 'ready', data: { items, unread } })
      setUnreadCount(unread)
      if (n.kind !== 'notice') {
        callAction('notifications.markRead', { ids: [n.id] })
          .then((res) => setUnreadCount(res.unread))
          .catch(() => undefined) // stays unread on the server: shown again next time, nothing lost
      }
    }
    destination(n)?.open()
  }

  return (
    <View className='sp-screen inbox'>
      <Loadable state={state} onRetry={() => void reload()}>
        {({ items }) => (
          <>
            {items.length === 0 && <Empty text={t('reminders.inbox.none')} />}
            {items.map((n) => {
              const dest = destination(n)
              return (
                <Card key={n.id} className={`rm-item inbox-item inbox-item--${n.kind}${n.readAt ? '' : ' rm-item--unread inbox-item--unread'}`}>
                  <View className='rm-item__head'>
                    {!n.readAt && <Text className='sp-badge sp-badge--bad inbox-item__new'>{t('reminders.inbox.new')}</Text>}
                    {n.kind === 'notice' && <Text className='sp-badge sp-badge--wait'>{t('reminders.inbox.notice')}</Text>}
                    <Text className='sp-hint'>{dateTime(n.createdAt)}</Text>
                  </View>
                  <Text className='rm-item__text inbox-item__text'>{inboxText(n, t, spacesT)}</Text>
                  {n.kind === 'notice' && !n.readAt && <Text className='sp-hint'>{t('reminders.inbox.mustConfirm')}</Text>}
                  {(dest || !n.readAt) && (
                    <Button className={`fb-button${n.readAt ? ' fb-button--secondary' : ''} inbox-item__open`} onClick={() => openItem(n)}>
                      {t(dest ? dest.label : 'reminders.inbox.markRead')}
                    </Button>
                  )}
                </Card>
              )
            })}
          </>
        )}
      </Loadable>
    </View>
  )
}

export default function InboxPage(): JSX.Element {
  return (
    <PageShell titleKey='reminders.title.inbox' className='inbox-page'>
      <Inbox />
    </PageShell>
  )
}
