// "Did you try it?" after the day picked: yes / a bit / not yet (the Learn tab may pass the answer
// already tapped). "A bit" and "not yet" ask what got in the way, then show an encouraging word
// and a tip for it (matched on the server from content/tips). The answer is stored once.
import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import PageShell from '@/components/page-shell'
import type { ActionResult } from '@/common/api'
import { PRACTICE_ANSWERS, PRACTICE_BARRIERS, type PracticeAnswer, type PracticeBarrier } from '@/common/practice/barriers'
import { callAction } from '@/services/cloud'
import { backToCourse } from '../../lib/nav'
import { NarrateButton, NarrationBar } from '../../lib/narration/narration-ui'
import { useNarration } from '../../lib/narration/use-narration'
import { usePT } from '../../practice/i18n'
import '../../lib/learning.scss'
import '../../practice/practice.scss'

type Result = ActionResult<'practice.checkIn'>
type Step = { name: 'ask' } | { name: 'why'; answer: PracticeAnswer } | { name: 'sending' } | { name: 'failed'; answer: PracticeAnswer; barrier?: PracticeBarrier } | { name: 'done'; result: Result }

const isAnswer = (x: unknown): x is PracticeAnswer => (PRACTICE_ANSWERS as readonly unknown[]).includes(x)

function CheckIn({ id, given }: { id: string; given?: PracticeAnswer }): JSX.Element {
  const { lang, t } = usePT()
  const [title, setTitle] = useState<string | null>(null)
  const [step, setStep] = useState<Step>({ name: 'ask' })
  const n = useNarration()

  const send = (answer: PracticeAnswer, barrier?: PracticeBarrier) => {
    setStep({ name: 'sending' })
    callAction('practice.checkIn', { practiceId: id, answer, ...(barrier ? { barrier } : {}) }).then(
      (result) => setStep({ name: 'done', result }),
      () => setStep({ name: 'failed', answer, barrier })
    )
  }
  const answer = (a: PracticeAnswer) => (a === 'yes' ? send(a) : setStep({ name: 'why', answer: a }))

  useEffect(() => {
    callAction('practice.current', {}).then((c) => c.practice?.id === id && setTitle(c.practice.title[lang]), () => undefined)
    if (given) answer(given)
  }, [])

  if (step.name === 'done') {
    const { practice, tip, streak } = step.result
    const a = practice.answer ?? 'yes'
    return (
      <View className='quiz__card practice'>
        <View className='practice__word' role='status'>
          <Text>{t(`practice.word.${a}`)}</Text>
          {a === 'a-bit' && tip && <Text>{t('practice.word.a-bit-tip')}</Text>}
        </View>
        {tip && (
          <View className='practice__tip'>
            <Text className='practice__title'>{tip.title[lang]}</Text>
            <Text>{tip.body[lang]}</Text>
            <NarrateButton n={n} item={{ id: `tip:${tip.id}`, text: `${tip.title[lang]}。${tip.body[lang]}`, lang }} />
            <NarrationBar n={n} />
          </View>
        )}
        {streak > 0 && <Text className='practice__streak'>{t('practice.checkIn.streak', { n: streak })}</Text>}
        <Button className='fb-button practice__back' onClick={() => void backToCourse()}>
          {t('practice.checkIn.back')}
        </Button>
      </View>
    )
  }
  return (
    <View className='quiz__card practice'>
      {title && <Text className='practice__title'>{title}</Text>}
      {step.name === 'sending' && <Text>{t('practice.checkIn.sending')}</Text>}
      {step.name === 'failed' && (
        <>
          <View role='alert'>
            <Text>{t('practice.checkIn.failed')}</Text>
          </View>
          <Button className='fb-button' onClick={() => send(step.answer, step.barrier)}>
            {t('common.retry')}
          </Button>
        </>
      )}
      {step.name === 'ask' && (
        <>
          <Text className='practice__heading'>{t('practice.checkIn.ask')}</Text>
          {PRACTICE_ANSWERS.map((a) => (
            <Button key={a} className={`fb-button${a === 'yes' ? '' : ' fb-button--secondary'} practice__answer`} data-answer={a} onClick={() => answer(a)}>
              {t(`practice.answer.${a}`)}
            </Button>
          ))}
        </>
      )}
      {step.name === 'why' && (
        <>
          <Text className='practice__heading'>{t('practice.checkIn.why')}</Text>
          {PRACTICE_BARRIERS.map((b) => (
            <Button key={b} className='fb-button fb-button--secondary practice__barrier' data-barrier={b} onClick={() => send(step.answer, b)}>
              {t(`practice.barrier.${b}`)}
            </Button>
          ))}
        </>
      )}
    </View>
  )
}

export default function PracticePage(): JSX.Element {
  const { params } = useRouter()
  const answer = params.answer
  return (
    <PageShell titleKey='practice.card.title' className='learning'>
      <CheckIn id={String(params.id ?? '')} given={isAnswer(answer) ? answer : undefined} />
    </PageShell>
  )
}
