// HR: who got a notice and who has read it. Counts (recipients, WeChat message sent, no WeChat
// credit, read, not read yet), the list of those who have not read, and one more reminder for them.
import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import PageShell from '@/components/page-shell'
import type { Notice } from '@/common/reminders/schemas'
import { callAction } from '@/services/cloud'
import { dateTime } from '../../../spaces/shared/format'
import { param } from '../../../spaces/shared/nav'
import { Alert, Card, Done, Empty, Loadable, Row, useAction } from '../../../spaces/shared/ui'
import { useLoad } from '../../../spaces/shared/use-load'
import { useRT, type Key } from '../../../reminders/shared/i18n'
import { audienceText, noticeStateText } from '../../../reminders/shared/notice-text'
import '../../../reminders/shared/reminders.scss'

function Stat({ name, label, value }: { name: string; label: string; value: number }): JSX.Element {
  return (
    <View className={`rm-stat report__stat report__stat--${name}`}>
      <Text className='rm-stat__value report__stat-value'>{value}</Text>
      <Text className='rm-stat__label'>{label}</Text>
    </View>
  )
}

function Counts({ notice }: { notice: Notice }): JSX.Element {
  const { t } = useRT()
  const c = notice.counts
  return (
    <View className='rm-stats report__stats'>
      <Stat name='recipients' label={t('reminders.hr.stat.recipients')} value={c.recipients} />
      <Stat name='pushed' label={t('reminders.hr.stat.pushed')} value={c.pushed} />
      {/* refused sends end up in the inbox only, like recipients without credit */}
      <Stat name='noCredit' label={t('reminders.hr.stat.noCredit')} value={c.noCredit + c.failed} />
      <Stat name='read' label={t('reminders.hr.stat.read')} value={c.read} />
      <Stat name='unread' label={t('reminders.hr.stat.unread')} value={Math.max(0, c.recipients - c.read)} />
    </View>
  )
}

function Report(): JSX.Element {
  const { t } = useRT()
  const params = useRouter().params
  const id = param(params.id) ?? ''
  const act = useAction()
  const [done, setDone] = useState<string | null>(
    params.fresh ? t(params.fresh === 'scheduled' ? 'reminders.hr.scheduledOk' : 'reminders.hr.sentOk') : null
  )
  const { state, reload } = useLoad(() => callAction('notices.report', { id }), [id])

  const remind = async (): Promise<void> => {
    setDone(null)
    const res = await act.run(() => callAction('notices.remind', { id }))
    if (res) {
      setDone(t('reminders.hr.remindedOk', { n: res.toRemind }))
      void reload(true)
    }
  }
  const cancel = async (): Promise<void> => {
    if (await act.run(() => callAction('notices.cancel', { id }))) void reload(true)
  }

  return (
    <View className='sp-screen notice-report'>
      <Loadable state={state} onRetry={() => void reload()}>
        {({ notice, notRead, notReadTotal }) => (
          <>
            <Card className='report__notice'>
              <Text className='sp-title report__title'>{notice.title}</Text>
              <Text className={`sp-badge report__status report__status--${notice.status}${notice.status === 'sent' ? ' sp-badge--good' : ' sp-badge--wait'}`}>
                {noticeStateText(t, notice)}
              </Text>
              <Row label={t('reminders.hr.audience')} value={audienceText(t, notice)} />
              {notice.sentAt && <Row label={t('reminders.hr.state.sent')} value={dateTime(notice.sentAt)} />}
              <Text className='rm-notice__body sp-hint'>{notice.body}</Text>
            </Card>

            <Counts notice={notice} />
            <Done message={done} className='report__done' />
            <Alert message={act.error} />

            {notice.status === 'scheduled' && (
              <Button className='fb-button sp-danger report__cancel' disabled={act.busy} onClick={() => void cancel()}>
                {t('reminders.hr.cancelScheduled')}
              </Button>
            )}

            {(notice.status === 'sent' || notice.status === 'sending') && (
              <Card className='report__unread'>
                <Text className='sp-subtitle'>
                  {t('reminders.hr.unreadList')} ({notReadTotal})
                </Text>
                {notReadTotal === 0 && notice.status === 'sent' && <Empty text={t('reminders.hr.allRead')} />}
                {notRead.map((row, i) => (
                  <Row
                    key={`${row.displayName}-${i}`}
                    className='report__person'
                    label={row.displayName}
                    value={t(`reminders.hr.push.${row.push}` as Key)}
                  />
                ))}
                {notReadTotal > notRead.length && <Text className='sp-hint'>{t('reminders.hr.andMore', { n: notReadTotal - notRead.length })}</Text>}
                {notReadTotal > 0 && notice.status === 'sent' && (
                  <Button className='fb-button report__remind' disabled={act.busy} onClick={() => void remind()}>
                    {t(act.busy ? 'reminders.hr.reminding' : 'reminders.hr.remind')}
                  </Button>
                )}
              </Card>
            )}

            <Button className='fb-button fb-button--secondary report__refresh' onClick={() => void reload(true)}>
              {t('reminders.hr.refresh')}
            </Button>
          </>
        )}
      </Loadable>
    </View>
  )
}

export default function NoticeReportPage(): JSX.Element {
  return (
    <PageShell titleKey='reminders.title.hr.noticeReport' className='notice-report-page'>
      <Report />
    </PageShell>
  )
}
