// The before/after self-assessment: a few statements, each on a 5-point agree scale. Answers
// are queued on the device first and sent (once per phase) when the network allows.
import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import PageShell from '@/components/page-shell'
import type { Survey } from '@/common/learning/content'
import { useI18n } from '@/i18n'
import { callAction, isCloudError } from '@/services/cloud'
import { noteSurveyDone, readCachedSurvey, writeCachedSurvey } from '@/services/learning/storage'
import { flushQueue, queueSurvey } from '@/services/learning/sync'
import { backToCourse, lessonUrl, redirect } from '../../lib/nav'
import '../../lib/learning.scss'

type State = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; survey: Survey } | { status: 'sent'; synced: boolean }

function SurveyForm({ phase }: { phase: 'pre' | 'post' }): JSX.Element {
  const { lang, t } = useI18n()
  const [state, setState] = useState<State>({ status: 'loading' })
  const [answers, setAnswers] = useState<Record<string, number>>({})

  useEffect(() => {
    callAction('survey.get', {})
      .then(({ survey }) => {
        writeCachedSurvey(survey)
        setState({ status: 'ready', survey })
      })
      .catch((e) => {
        const cached = readCachedSurvey<Survey>()
        if (cached) setState({ status: 'ready', survey: cached })
        else setState({ status: 'failed', message: isCloudError(e) || e instanceof Error ? e.message : String(e) })
      })
  }, [])

  if (state.status === 'loading') return <Text>{t('learning.loading')}</Text>
  if (state.status === 'failed') return <Text className='survey__error'>{state.message}</Text>
  if (state.status === 'sent') {
    return (
      <View className='survey__card survey__thanks'>
        <Text className='survey__thanks-title'>{t('learning.survey.thanks')}</Text>
        {!state.synced && <Text className='survey__offline'>{t('learning.survey.savedOffline')}</Text>}
        {phase === 'pre' ? (
          <Button className='fb-button survey__start' onClick={() => void redirect(lessonUrl('m1-s01'))}>
            {t('learning.survey.startLesson')}
          </Button>
        ) : (
          <Button className='fb-button survey__back' onClick={() => void backToCourse()}>
            {t('learning.survey.backToCourse')}
          </Button>
        )}
      </View>
    )
  }

  const { survey } = state
  const missing = survey.statements.filter((s) => !answers[s.id]).length
  const submit = async () => {
    queueSurvey(phase, answers)
    noteSurveyDone(phase)
    const left = await flushQueue()
    setState({ status: 'sent', synced: left === 0 })
  }

  return (
    <View className='survey'>
      <Text className='survey__intro'>{survey.intro[lang]}</Text>
      {survey.statements.map((s, i) => (
        <View key={s.id} className='survey__card survey__statement' data-statement={s.id}>
          <Text className='survey__text'>
            {i + 1}. {s.text[lang]}
          </Text>
          <View className='survey__scale'>
            {survey.scale.map((label, v) => (
              <Button
                key={v}
                className={`fb-button survey__option${answers[s.id] === v + 1 ? ' survey__option--chosen' : ' fb-button--secondary'}`}
                data-value={v + 1}
                aria-pressed={answers[s.id] === v + 1}
                onClick={() => setAnswers({ ...answers, [s.id]: v + 1 })}
              >
                {label[lang]}
              </Button>
            ))}
          </View>
        </View>
      ))}
      {missing > 0 && <Text className='survey__missing'>{t('learning.survey.unanswered', { count: missing })}</Text>}
      <Button className='fb-button survey__submit' disabled={missing > 0} onClick={() => void submit()}>
        {t('learning.survey.submit')}
      </Button>
      <Button className='fb-button fb-button--link survey__skip' onClick={() => void backToCourse()}>
        {t('learning.survey.skip')}
      </Button>
    </View>
  )
}

export default function SurveyPage(): JSX.Element {
  const { params } = useRouter()
  return (
    <PageShell titleKey='learning.title.survey' className='learning'>
      <SurveyForm phase={params.phase === 'post' ? 'post' : 'pre'} />
    </PageShell>
  )
}
