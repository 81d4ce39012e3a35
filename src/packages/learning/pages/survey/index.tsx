// The before/after self-assessment: each item on its own scale (agree, or how often), with a
// "not applicable" choice where an item may not fit the family; then an optional workplace block
// whose questions can each be left out. Answers are queued on the device first and sent (once
// per phase) when the network allows, tagged with the survey version they answer.
import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { NarrateButton, NarrationBar } from '../../lib/narration/narration-ui'
import { useNarration } from '../../lib/narration/use-narration'
import PageShell from '@/components/page-shell'
import type { Survey, SurveyItem, WorkplaceItem } from '@/common/learning/content'
import type { SurveyAnswers, SurveyValue } from '@/common/learning/survey'
import { useI18n } from '@/i18n'
import { callAction, isCloudError } from '@/services/cloud'
import { noteSurveyDone, readCachedSurvey, writeCachedSurvey } from '@/services/learning/storage'
import { flushQueue, queueSurvey } from '@/services/learning/sync'
import { backToCourse, lessonUrl, redirect } from '../../lib/nav'
import '../../lib/learning.scss'

type State = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; survey: Survey } | { status: 'sent'; synced: boolean }

/** A cache written by an older app holds the first version's shape, which this screen cannot draw. */
const isCurrentShape = (s: unknown): s is Survey => !!s && typeof s === 'object' && Array.isArray((s as Survey).statements) && !!(s as Survey).workplace

function Choices(props: {
  survey: Survey
  item: SurveyItem | WorkplaceItem
  value: SurveyValue | undefined
  onChoose: (v: SurveyValue | undefined) => void
  /** tapping the chosen answer again takes it back (optional questions) */
  clearable?: boolean
}): JSX.Element {
  const { lang } = useI18n()
  const { survey, item, value, onChoose, clearable } = props
  const choose = (v: SurveyValue) => onChoose(clearable && value === v ? undefined : v)
  const button = (v: SurveyValue, label: string, extra = '') => (
    <Button
      key={String(v)}
      className={`fb-button survey__option${extra}${value === v ? ' survey__option--chosen' : ' fb-button--secondary'}`}
      data-value={v}
      aria-pressed={value === v}
      onClick={() => choose(v)}
    >
      {label}
    </Button>
  )
  return (
    <View className='survey__scale'>
      {survey.scales[item.scale].map((label, i) => button(i + 1, label[lang]))}
      {item.notApplicable && button('na', item.notApplicable[lang], ' survey__option--na')}
    </View>
  )
}

function SurveyForm({ phase }: { phase: 'pre' | 'post' }): JSX.Element {
  const { lang, t } = useI18n()
  const [state, setState] = useState<State>({ status: 'loading' })
  const [answers, setAnswers] = useState<SurveyAnswers>({})
  const [workplace, setWorkplace] = useState<SurveyAnswers>({})
  const n = useNarration()

  useEffect(() => {
    callAction('survey.get', {})
      .then(({ survey }) => {
        writeCachedSurvey(survey)
        setState({ status: 'ready', survey })
      })
      .catch((e) => {
        const cached = readCachedSurvey<unknown>()
        if (isCurrentShape(cached)) setState({ status: 'ready', survey: cached })
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
  const missing = survey.statements.filter((s) => answers[s.id] === undefined).length
  const submit = async () => {
    queueSurvey(phase, survey.version, answers, workplace)
    noteSurveyDone(phase)
    const left = await flushQueue()
    setState({ status: 'sent', synced: left === 0 })
  }
  // Functional updates: two taps before a re-render must both count.
  const setWork = (id: string, v: SurveyValue | undefined) =>
    setWorkplace((prev) => {
      const next = { ...prev }
      if (v === undefined) delete next[id]
      else next[id] = v
      return next
    })

  return (
    <View className='survey'>
      <Text className='survey__intro'>{survey.intro[lang]}</Text>
      <NarrationBar n={n} />
      {survey.statements.map((s, i) => (
        <View key={s.id} className='survey__card survey__statement' data-statement={s.id}>
          <Text className='survey__text'>
            {i + 1}. {s.text[lang]}
          </Text>
          <NarrateButton n={n} item={{ id: `s:${s.id}`, text: s.text[lang], lang }} compact />
          <Choices survey={survey} item={s} value={answers[s.id]} onChoose={(v) => v !== undefined && setAnswers((prev) => ({ ...prev, [s.id]: v }))} />
        </View>
      ))}
      <View className='survey__workplace'>
        <Text className='survey__workplace-title'>{survey.workplace.title[lang]}</Text>
        <Text className='survey__workplace-intro'>{survey.workplace.intro[lang]}</Text>
        {survey.workplace.statements.map((w, i) => (
          <View key={w.id} className='survey__card survey__work-item' data-item={w.id}>
            <Text className='survey__text'>
              {survey.statements.length + i + 1}. {w.text[lang]}
            </Text>
            <NarrateButton n={n} item={{ id: `s:${w.id}`, text: w.text[lang], lang }} compact />
            <Choices survey={survey} item={w} value={workplace[w.id]} onChoose={(v) => setWork(w.id, v)} clearable />
          </View>
        ))}
      </View>
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
