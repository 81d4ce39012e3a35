// HR's home: a warning when scheduler runs have stopped (no timer, or the outside cron on V2
// is down), because reminders, waitlist offers and notice messages then silently stop.
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { ActionResult } from '@/common/api'
import { useI18n } from '@/i18n'
import { callAction } from '@/services/cloud'

type Health = ActionResult<'scheduler.status'>

export default function SchedulerWarning(): JSX.Element | null {
  const { t } = useI18n()
  const [health, setHealth] = useState<Health | null>(null)
  useEffect(() => {
    // a failed check shows nothing: the page's own errors already say the cloud is unreachable
    callAction('scheduler.status', {}).then(setHealth, () => undefined)
  }, [])
  if (!health || health.state === 'ok') return null
  return (
    <View className='spaces-home__card spaces-home__warning' role='alert'>
      <Text className='spaces-home__title'>{t('spaces.home.schedulerStale')}</Text>
      <Text>{health.state === 'never' ? t('spaces.home.schedulerNever') : t('spaces.home.schedulerStaleBody', { minutes: health.minutesSince ?? 0 })}</Text>
      <Text>{t('spaces.home.schedulerWhat')}</Text>
    </View>
  )
}
