// "Remind me to keep learning next week" under a passed quiz: WeChat's subscribe popup for the
// weekly lesson nudge, opened only from this tap. Hidden where there is no popup (H5), when the
// user switched WeChat messages off, and when a nudge is already arranged.
import { Button, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { offerLessonNudge } from '@/common/learning/nudge'
import { askSubscribe, prepareSubscribe, subscribeSupported, type AskSummary } from '@/services/subscribe'
import { useLT, type ScreenKey } from './i18n'

const SUMMARY_TEXT: Record<AskSummary, ScreenKey> = {
  accepted: 'learning.quiz.nudgeAccepted',
  declined: 'learning.quiz.nudgeDeclined',
  unavailable: 'learning.quiz.nudgeUnavailable'
}

export function LessonNudge(): JSX.Element | null {
  const { t } = useLT()
  const [offer, setOffer] = useState(false)
  const [summary, setSummary] = useState<AskSummary | null>(null)

  useEffect(() => {
    if (!subscribeSupported) return
    let live = true
    void prepareSubscribe().then((state) => live && setOffer(offerLessonNudge(state)))
    return () => {
      live = false
    }
  }, [])

  if (!subscribeSupported || (!offer && !summary)) return null
  return (
    <View className='quiz__card quiz__nudge'>
      {summary ? (
        <View className='quiz__nudge-result' role='status'>
          <Text>{t(SUMMARY_TEXT[summary])}</Text>
        </View>
      ) : (
        // The popup must open straight from this tap: askSubscribe runs before anything awaits.
        <Button className='fb-button fb-button--secondary quiz__nudge-ask' onClick={() => void askSubscribe(['lesson_nudge']).then(setSummary)}>
          {t('learning.quiz.nudgeAsk')}
        </Button>
      )}
    </View>
  )
}
