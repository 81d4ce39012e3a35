// HR: the factory's notices (newest first) with how many have read each, and the way to write one.
import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import PageShell from '@/components/page-shell'
import type { Notice } from '@/common/reminders/schemas'
import { hrPage } from '@/navigation/routes'
import { callAction } from '@/services/cloud'
import { resolveFactoryId } from '../../../spaces/shared/format'
import { go, param } from '../../../spaces/shared/nav'
import { Alert, Card, Empty, Loadable } from '../../../spaces/shared/ui'
import { useLoad } from '../../../spaces/shared/use-load'
import { useRT } from '../../../reminders/shared/i18n'
import { audienceText, noticeStateText } from '../../../reminders/shared/notice-text'
import '../../../reminders/shared/reminders.scss'

function NoticeCard({ notice }: { notice: Notice }): JSX.Element {
  const { t } = useRT()
  return (
    <Card className={`hr-notice hr-notice--${notice.status}`}>
      <Text className='sp-title hr-notice__title'>{notice.title}</Text>
      <Text className={`sp-badge hr-notice__status${notice.status === 'sent' ? ' sp-badge--good' : ' sp-badge--wait'}`}>{noticeStateText(t, notice)}</Text>
      {notice.moderation === 'review' && <Text className='sp-badge sp-badge--wait hr-notice__moderation'>{t('reminders.hr.moderationReview')}</Text>}
      <Text className='sp-hint'>{audienceText(t, notice)}</Text>
      <Text className='hr-notice__counts'>
        {t('reminders.hr.stat.read')} {notice.counts.read} / {notice.counts.recipients}
      </Text>
      <Button className='fb-button fb-button--secondary hr-notice__report' onClick={() => go(hrPage('notice-report'), { id: notice.id })}>
        {t('reminders.hr.report')}
      </Button>
    </Card>
  )
}

function Notices(): JSX.Element {
  const { t } = useRT()
  const given = param(useRouter().params.factoryId)
  const { state, reload } = useLoad(async () => {
    const factoryId = await resolveFactoryId(given, 'hr')
    if (!factoryId) return { factoryId: null, items: [] as Notice[] }
    const { items } = await callAction('notices.list', { factoryId })
    return { factoryId, items }
  }, [given])
  return (
    <View className='sp-screen hr-notices'>
      <Loadable state={state} onRetry={() => void reload()}>
        {({ factoryId, items }) =>
          !factoryId ? (
            <Alert message={t('reminders.hr.noFactory')} />
          ) : (
            <>
              <Button className='fb-button hr-notices__compose' onClick={() => go(hrPage('notice-compose'), { factoryId })}>
                {t('reminders.hr.compose')}
              </Button>
              <Text className='sp-subtitle'>{t('reminders.hr.sent')}</Text>
              {items.length === 0 && <Empty text={t('reminders.hr.none')} />}
              {items.map((notice) => (
                <NoticeCard key={notice.id} notice={notice} />
              ))}
            </>
          )
        }
      </Loadable>
    </View>
  )
}

export default function NoticesPage(): JSX.Element {
  return (
    <PageShell titleKey='reminders.title.hr.notices' className='hr-notices-page'>
      <Notices />
    </PageShell>
  )
}
