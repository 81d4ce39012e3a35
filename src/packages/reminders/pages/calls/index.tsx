// Call plans: calls waiting for "how did it go?", the coming calls (change or delete them), and the
// ways to plan a new one and to see past calls.
import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import PageShell from '@/components/page-shell'
import type { Call } from '@/common/reminders/schemas'
import { remindersPage } from '@/navigation/routes'
import { callAction } from '@/services/cloud'
import { go } from '../../../spaces/shared/nav'
import { Alert, Card, Empty, Loadable, useAction } from '../../../spaces/shared/ui'
import { useLoad } from '../../../spaces/shared/use-load'
import { useRT } from '../../shared/i18n'
import { callWhen } from '../../shared/format'
import '../../shared/reminders.scss'

function CallFacts({ call }: { call: Call }): JSX.Element {
  const { t } = useRT()
  return (
    <>
      <Text className='sp-title call__when'>{callWhen(t, call)}</Text>
      <Text className='call__with'>{t('reminders.calls.with', { name: call.withWhom })}</Text>
      {call.repeatWeekly && <Text className='sp-badge call__weekly'>🔁 {t('reminders.calls.weekly')}</Text>}
      {call.note && <Text className='call__note'>{t('reminders.calls.note', { note: call.note })}</Text>}
    </>
  )
}

function UpcomingCall({ call, onChanged }: { call: Call; onChanged: () => void }): JSX.Element {
  const { t } = useRT()
  const act = useAction()
  const [deleting, setDeleting] = useState(false)
  const remove = async (series: boolean): Promise<void> => {
    if (await act.run(() => callAction('calls.delete', { id: call.id, series }))) {
      setDeleting(false)
      onChanged()
    }
  }
  return (
    <Card className='call call--upcoming'>
      <CallFacts call={call} />
      {!deleting && (
        <View className='sp-actions'>
          <Button className='fb-button fb-button--secondary call__edit' onClick={() => go(remindersPage('call-edit'), { id: call.id })}>
            {t('reminders.calls.edit')}
          </Button>
          <Button className='fb-button sp-danger call__delete' onClick={() => setDeleting(true)}>
            {t('reminders.calls.cancel')}
          </Button>
        </View>
      )}
      {deleting && (
        <View className='sp-group call__delete-confirm'>
          <Text className='sp-subtitle'>{t('reminders.calls.cancelConfirm')}</Text>
          <View className='sp-actions'>
            <Button className='fb-button sp-danger call__delete-one' disabled={act.busy} onClick={() => void remove(false)}>
              {t(call.repeatWeekly ? 'reminders.calls.deleteOne' : 'reminders.calls.cancelYes')}
            </Button>
            {call.repeatWeekly && (
              <Button className='fb-button sp-danger call__delete-series' disabled={act.busy} onClick={() => void remove(true)}>
                {t('reminders.calls.deleteSeries')}
              </Button>
            )}
            <Button className='fb-button fb-button--secondary call__keep' onClick={() => setDeleting(false)}>
              {t('reminders.calls.keep')}
            </Button>
          </View>
        </View>
      )}
      <Alert message={act.error} />
    </Card>
  )
}

function Calls(): JSX.Element {
  const { t } = useRT()
  const { state, reload } = useLoad(() => callAction('calls.list', {}))
  return (
    <View className='sp-screen calls'>
      <Button className='fb-button calls__plan' onClick={() => go(remindersPage('call-edit'))}>
        {t('reminders.calls.plan')}
      </Button>
      <Loadable state={state} onRetry={() => void reload()}>
        {({ upcoming, askFeedback }) => (
          <>
            {askFeedback.map((call) => (
              <Card key={call.id} className='call call--ask'>
                <Text className='sp-badge sp-badge--wait'>{t('reminders.calls.howWasIt')}</Text>
                <CallFacts call={call} />
                <Button className='fb-button call__feedback' onClick={() => go(remindersPage('call-feedback'), { id: call.id })}>
                  {t('reminders.calls.askFeedback')}
                </Button>
              </Card>
            ))}
            <Text className='sp-subtitle'>{t('reminders.calls.upcoming')}</Text>
            {upcoming.length === 0 && <Empty text={t('reminders.calls.none')} />}
            {upcoming.map((call) => (
              <UpcomingCall key={call.id} call={call} onChanged={() => void reload(true)} />
            ))}
          </>
        )}
      </Loadable>
      <Button className='fb-button fb-button--secondary calls__history' onClick={() => go(remindersPage('call-history'))}>
        {t('reminders.calls.history')}
      </Button>
    </View>
  )
}

export default function CallsPage(): JSX.Element {
  return (
    <PageShell titleKey='reminders.title.calls' className='calls-page'>
      <Calls />
    </PageShell>
  )
}
