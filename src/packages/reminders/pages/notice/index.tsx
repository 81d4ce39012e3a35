// One HR notice as its recipient sees it. Opening it marks the inbox item read (notices.get);
// "I've read this" (notices.confirmRead) is what HR's report counts: WeChat has no read receipts.
import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import PageShell from '@/components/page-shell'
import type { NoticeForRecipient } from '@/common/reminders/schemas'
import { spacesPage } from '@/navigation/routes'
import { callAction } from '@/services/cloud'
import { refreshInboxBadge, setUnreadCount } from '@/services/inbox/badge'
import { askSubscribe, creditFor, prepareSubscribe, subscribeSupported, type AskSummary } from '@/services/subscribe'
import { dateTime } from '../../../spaces/shared/format'
import { go, param } from '../../../spaces/shared/nav'
import { Alert, Card, Done, Loadable, useAction } from '../../../spaces/shared/ui'
import { useLoad } from '../../../spaces/shared/use-load'
import { useRT, type Key } from '../../shared/i18n'
import '../../shared/reminders.scss'

const SUMMARY_TEXT: Record<AskSummary, Key> = {
  accepted: 'reminders.subscribe.accepted',
  declined: 'reminders.subscribe.declined',
  unavailable: 'reminders.subscribe.unavailable'
}

/** "Tell me in WeChat next time": offered only where the popup exists and no credit is left. */
function NoticeSubscribe(): JSX.Element | null {
  const { t } = useRT()
  const [credit, setCredit] = useState<number | null>(null)
  const [summary, setSummary] = useState<AskSummary | null>(null)
  useEffect(() => {
    void prepareSubscribe().then((state) => setCredit(state ? creditFor(state, 'notice') : null))
  }, [])
  if (!subscribeSupported || credit === null || (credit > 0 && !summary)) return null
  return (
    <Card className='notice__subscribe'>
      {summary ? (
        <Text className='sp-hint notice__subscribe-result'>{t(SUMMARY_TEXT[summary])}</Text>
      ) : (
        // The popup must open straight from this tap: askSubscribe is called before anything awaits.
        <Button className='fb-button fb-button--secondary notice__subscribe-ask' onClick={() => void askSubscribe(['notice'], { explicit: true }).then(setSummary)}>
          {t('reminders.subscribe.askNotice')}
        </Button>
      )}
    </Card>
  )
}

function NoticeView({ notice, onConfirmed }: { notice: NoticeForRecipient; onConfirmed: (n: NoticeForRecipient) => void }): JSX.Element {
  const { t } = useRT()
  const act = useAction()
  const confirm = async (): Promise<void> => {
    const res = await act.run(() => callAction('notices.confirmRead', { id: notice.id }))
    if (res) {
      setUnreadCount(res.unread)
      onConfirmed(res.notice)
    }
  }
  return (
    <>
      <Card className='notice'>
        <Text className='sp-title notice__title'>{notice.title}</Text>
        <Text className='sp-hint notice__sent'>{t('reminders.notice.sentAt', { when: dateTime(notice.sentAt) })}</Text>
        <Text className='rm-notice__body notice__body'>{notice.body}</Text>
        {notice.spaceId && (
          <View className='notice__space'>
            <Text className='sp-hint'>{t('reminders.notice.space', { space: notice.spaceName ?? '' })}</Text>
            <Button className='fb-button fb-button--secondary notice__open-space' onClick={() => go(spacesPage('list'), { factoryId: notice.factoryId })}>
              {t('reminders.notice.openSpace')}
            </Button>
          </View>
        )}
      </Card>
      {notice.confirmedAt ? (
        <Done className='notice__confirmed' message={t('reminders.notice.confirmed', { when: dateTime(notice.confirmedAt) })} />
      ) : (
        <View className='sp-actions'>
          <Button className='fb-button notice__confirm' disabled={act.busy} onClick={() => void confirm()}>
            {t(act.busy ? 'reminders.notice.confirming' : 'reminders.notice.confirm')}
          </Button>
        </View>
      )}
      <Alert message={act.error} />
      <NoticeSubscribe />
    </>
  )
}

function Notice(): JSX.Element {
  const id = param(useRouter().params.id) ?? ''
  const { state, reload, setState } = useLoad(async () => {
    const { notice } = await callAction('notices.get', { id })
    void refreshInboxBadge() // opening it marked the inbox item read
    return notice
  }, [id], { reloadOnShow: false })
  return (
    <View className='sp-screen notice-screen'>
      <Loadable state={state} onRetry={() => void reload()}>
        {(notice) => <NoticeView notice={notice} onConfirmed={(n) => setState({ status: 'ready', data: n })} />}
      </Loadable>
    </View>
  )
}

export default function NoticePage(): JSX.Element {
  return (
    <PageShell titleKey='reminders.title.notice' className='notice-page'>
      <Notice />
    </PageShell>
  )
}
