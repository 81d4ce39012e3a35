// This week's practice on the Learn tab, and the streak of weeks tried. After the day picked it
// asks "did you try it?"; an answer opens the check-in screen (learning subpackage). Kept small:
// this is the main package. Shows nothing when there is nothing to show (or the call fails).
import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import type { ActionResult } from '@/common/api'
import { PRACTICE_ANSWERS } from '@/common/practice/barriers'
import { useI18n } from '@/i18n'
import { learningPage, pageUrl } from '@/navigation/routes'
import { callAction } from '@/services/cloud'

type Current = ActionResult<'practice.current'>

export default function PracticeCard(): JSX.Element | null {
  const { lang, t } = useI18n()
  const [data, setData] = useState<Current | null>(null)
  // On mount and on every later show (back from a lesson or the check-in); the mount and the first
  // show come together: one call while one is in flight.
  const busy = useRef(false)
  const load = () => {
    if (busy.current) return
    busy.current = true
    callAction('practice.current', {})
      .then(setData, () => undefined)
      .finally(() => (busy.current = false))
  }
  useEffect(load, [])
  useDidShow(load)
  const p = data?.practice
  if (!data || (!p && !data.streak)) return null
  const [, m, d] = (p?.day ?? '').split('-').map(Number)
  const open = (answer: string) => Taro.navigateTo({ url: `${pageUrl(learningPage('practice'))}?id=${p!.id}&answer=${answer}` })
  return (
    <View className='learn__card practice-card'>
      {p && (
        <>
          <Text className='learn__overall'>{t('practice.card.title')}</Text>
          <Text className='practice-card__what'>{p.title[lang]}</Text>
          {!p.due && <Text className='practice-card__when'>{p.scope === 'week' ? t('practice.card.week') : t('practice.card.day', { m, d })}</Text>}
          {p.due && <Text className='practice-card__ask'>{t('practice.card.ask')}</Text>}
          {p.due &&
            PRACTICE_ANSWERS.map((a) => (
              <Button key={a} className={`fb-button${a === 'yes' ? '' : ' fb-button--secondary'} practice-card__answer`} data-answer={a} onClick={() => void open(a)}>
                {t(`practice.answer.${a}`)}
              </Button>
            ))}
        </>
      )}
      {data.streak > 0 && <Text className='practice-card__streak'>{t('practice.card.streak', { n: data.streak })}</Text>}
    </View>
  )
}
