// At the end of a session (under the quiz result): take on its "try this" and pick a day (today
// and the 6 after it) or "this week". The WeChat reminder popup opens from the same tap (it must:
// askSubscribe runs before anything awaits); without credit the reminder is an inbox line only.
import { Button, Text, View } from '@tarojs/components'
import dayjs from 'dayjs'
import { useEffect, useRef, useState } from 'react'
import type { Session } from '@/common/learning/content'
import type { ActionResult } from '@/common/api'
import { chinaDate } from '@/common/china-time'
import { dayChoices } from '@/common/practice/schedule'
import { callAction, isCloudError } from '@/services/cloud'
import { askSubscribe, prepareSubscribe } from '@/services/subscribe'
import { newKey } from '@/services/learning/queue'
import { usePT, type PracticeKey } from './i18n'
import './practice.scss'

type Choice = { scope: 'day'; day: string } | { scope: 'week' }
type Saved = ActionResult<'practice.commit'>

const labelOf = (choice: Choice, i: number): PracticeKey =>
  choice.scope === 'week' ? 'practice.commit.thisWeek' : i === 0 ? 'practice.commit.today' : i === 1 ? 'practice.commit.tomorrow' : (`practice.weekday.${dayjs(choice.day).day()}` as PracticeKey)

export function PracticeCommit({ session }: { session: Session }): JSX.Element {
  const { lang, t } = usePT()
  const [saved, setSaved] = useState<Saved | null>(null)
  const [busy, setBusy] = useState(false)
  /** what went wrong: the server's own words for a refusal (a day out of range), else "tap again" */
  const [failed, setFailed] = useState<string | null>(null)
  // One key per choice while this screen is open: a tap again after a failure is a retry.
  const keys = useRef(new Map<string, string>())
  useEffect(() => void prepareSubscribe(), [])
  const choices: Choice[] = [...dayChoices(chinaDate()).map((day) => ({ scope: 'day' as const, day })), { scope: 'week' }]

  const pick = (choice: Choice) => {
    if (busy) return
    void askSubscribe(['practice_reminder'])
    const id = choice.scope === 'week' ? 'week' : choice.day
    if (!keys.current.has(id)) keys.current.set(id, newKey())
    setBusy(true)
    setFailed(null)
    callAction('practice.commit', { sessionId: session.id, key: keys.current.get(id)!, ...choice })
      .then(setSaved, (e) => setFailed(isCloudError(e) && e.code !== 'NETWORK' ? e.message : t('practice.commit.failed')))
      .finally(() => setBusy(false))
  }

  const p = saved?.practice
  const [, m, d] = (p?.day ?? '').split('-').map(Number)
  return (
    <View className='quiz__card practice-commit'>
      <Text className='practice__heading'>{t('practice.commit.heading')}</Text>
      <Text className='practice__title'>{session.practice.title[lang]}</Text>
      <Text className='practice__body'>{session.practice.body[lang]}</Text>
      {p ? (
        <View className='practice-commit__saved' role='status'>
          <Text>{p.scope === 'week' ? t('practice.commit.savedWeek') : t('practice.commit.savedDay', { m, d })}</Text>
          {saved!.replaced && <Text>{t('practice.commit.replaced')}</Text>}
        </View>
      ) : (
        <>
          <Text>{t('practice.commit.ask')}</Text>
          <View className='practice__choices'>
            {choices.map((c, i) => (
              <Button key={c.scope === 'week' ? 'week' : c.day} className='fb-button fb-button--secondary practice__choice' data-day={c.scope === 'week' ? 'week' : c.day} disabled={busy} onClick={() => pick(c)}>
                {t(labelOf(c, i))}
              </Button>
            ))}
          </View>
          {failed && (
            <View role='alert'>
              <Text>{failed}</Text>
            </View>
          )}
        </>
      )}
    </View>
  )
}
