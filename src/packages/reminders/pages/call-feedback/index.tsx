// "How did the call go?": three faces, then one tip that fits (from the course content).
import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import PageShell from '@/components/page-shell'
import { CALL_MOODS, type Call, type CallMood, type TipView } from '@/common/reminders/schemas'
import { callAction } from '@/services/cloud'
import { back, param } from '../../../spaces/shared/nav'
import { Alert, Card, Done, Empty, Loadable, useAction } from '../../../spaces/shared/ui'
import { useLoad } from '../../../spaces/shared/use-load'
import { useRT, type Key } from '../../shared/i18n'
import { callWhen, MOOD_FACE } from '../../shared/format'
import '../../shared/reminders.scss'

function Faces({ call }: { call: Call }): JSX.Element {
  const { lang, t } = useRT()
  const act = useAction()
  const [answer, setAnswer] = useState<{ mood: CallMood; tip: TipView | null } | null>(null)
  const pick = async (mood: CallMood): Promise<void> => {
    const res = await act.run(() => callAction('calls.feedback', { id: call.id, mood }))
    if (res) setAnswer({ mood, tip: res.tip })
  }
  return (
    <>
      <Card className='feedback'>
        <Text className='sp-title'>{t('reminders.feedback.question')}</Text>
        <Text className='sp-hint'>
          {t('reminders.feedback.when', { when: callWhen(t, call) })} · {t('reminders.calls.with', { name: call.withWhom })}
        </Text>
        <View className='rm-faces'>
          {CALL_MOODS.map((mood) => {
            const chosen = (answer?.mood ?? call.feedback?.mood) === mood
            return (
              <Button
                key={mood}
                className={`fb-button rm-face feedback__face feedback__face--${mood}${chosen ? ' feedback__face--chosen' : ' fb-button--secondary'}`}
                aria-pressed={chosen}
                disabled={act.busy}
                onClick={() => void pick(mood)}
              >
                <Text className='rm-face__emoji'>{MOOD_FACE[mood]}</Text>
                <Text>{t(`reminders.feedback.${mood}` as Key)}</Text>
              </Button>
            )
          })}
        </View>
      </Card>
      <Alert message={act.error} />
      {answer && (
        <>
          <Done className='feedback__thanks' message={t('reminders.feedback.thanks')} />
          {answer.tip && (
            <View className='rm-tip feedback__tip' data-tip={answer.tip.id}>
              <Text className='sp-hint'>💡 {t('reminders.feedback.tipHeading')}</Text>
              <Text className='rm-tip__title'>{answer.tip.title[lang]}</Text>
              <Text>{answer.tip.body[lang]}</Text>
            </View>
          )}
          <Button className='fb-button feedback__done' onClick={back}>
            {t('reminders.feedback.done')}
          </Button>
        </>
      )}
    </>
  )
}

function Feedback(): JSX.Element {
  const { t } = useRT()
  const id = param(useRouter().params.id) ?? ''
  const { state, reload } = useLoad(
    async () => {
      const { upcoming, askFeedback, history } = await callAction('calls.list', {})
      return [...askFeedback, ...history, ...upcoming].find((c) => c.id === id) ?? null
    },
    [id],
    { reloadOnShow: false }
  )
  return (
    <View className='sp-screen call-feedback'>
      <Loadable state={state} onRetry={() => void reload()}>
        {(call) => (call ? <Faces call={call} /> : <Empty text={t('reminders.history.none')} />)}
      </Loadable>
    </View>
  )
}

export default function CallFeedbackPage(): JSX.Element {
  return (
    <PageShell titleKey='reminders.title.callFeedback' className='call-feedback-page'>
      <Feedback />
    </PageShell>
  )
}
