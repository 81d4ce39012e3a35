// Past calls, newest first: when, with whom, and how it went (the face the worker picked).
import { Button, Text, View } from '@tarojs/components'
import PageShell from '@/components/page-shell'
import type { Call } from '@/common/reminders/schemas'
import { remindersPage } from '@/navigation/routes'
import { callAction } from '@/services/cloud'
import { go } from '../../../spaces/shared/nav'
import { Card, Empty, Loadable } from '../../../spaces/shared/ui'
import { useLoad } from '../../../spaces/shared/use-load'
import { useRT, type T } from '../../shared/i18n'
import { callWhen, moodLabel } from '../../shared/format'
import '../../shared/reminders.scss'

function result(t: T, call: Call): string {
  if (call.status === 'cancelled') return t('reminders.history.cancelled')
  return call.feedback ? moodLabel(t, call.feedback.mood) : t('reminders.history.noAnswer')
}

function History(): JSX.Element {
  const { t } = useRT()
  const { state, reload } = useLoad(async () => (await callAction('calls.list', {})).history)
  return (
    <View className='sp-screen call-history'>
      <Loadable state={state} onRetry={() => void reload()}>
        {(history) => (
          <>
            {history.length === 0 && <Empty text={t('reminders.history.none')} />}
            {history.map((call) => (
              <Card key={call.id} className={`call call--past call--${call.status}`}>
                <Text className='sp-subtitle call__when'>{callWhen(t, call)}</Text>
                <Text className='call__with'>{t('reminders.calls.with', { name: call.withWhom })}</Text>
                {call.note && <Text className='call__note'>{t('reminders.calls.note', { note: call.note })}</Text>}
                <Text className='call__result'>{t('reminders.history.result', { result: result(t, call) })}</Text>
                {call.status !== 'cancelled' && !call.feedback && (
                  <Button className='fb-button fb-button--secondary call__feedback' onClick={() => go(remindersPage('call-feedback'), { id: call.id })}>
                    {t('reminders.calls.askFeedback')}
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

export default function CallHistoryPage(): JSX.Element {
  return (
    <PageShell titleKey='reminders.title.callHistory' className='call-history-page'>
      <History />
    </PageShell>
  )
}
