// Connect tab: the call planner's front door (the screens are in the reminders subpackage).
// Shows the next planned call, asks "how did the call go?" once a call's time has passed, and
// refreshes the 我的 badge (a call reminder may have arrived).
import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Call } from '@/common/reminders/schemas'
import { useI18n } from '@/i18n'
import { pageUrl, remindersPage, type RemindersScreen } from '@/navigation/routes'
import { callAction } from '@/services/cloud'
import { refreshInboxBadge } from '@/services/inbox/badge'
import './index.scss'

interface Summary {
  next: Call | null
  more: number
  ask: Call | null
}

function open(screen: RemindersScreen, id?: string): void {
  const url = pageUrl(remindersPage(screen)) + (id ? `?id=${encodeURIComponent(id)}` : '')
  Promise.resolve(Taro.navigateTo({ url })).catch(() => undefined)
}

/** "2025-06-03 20:00" → "06-03 20:00": short, no words to translate, the full form is one tap away. */
function shortWhen(call: Call): string {
  return `${call.date.slice(5)} ${call.time}`
}

export default function CallPlannerEntry(): JSX.Element {
  const { t } = useI18n()
  const [summary, setSummary] = useState<Summary | null>(null)
  const shown = useRef(false)

  const load = useCallback(() => {
    callAction('calls.list', {})
      .then((res) => setSummary({ next: res.upcoming[0] ?? null, more: Math.max(0, res.upcoming.length - 1), ask: res.askFeedback[0] ?? null }))
      .catch(() => setSummary((prev) => prev ?? { next: null, more: 0, ask: null })) // the planner still opens
  }, [])

  useEffect(load, [load])
  useDidShow(() => {
    // Back from planning a call: show it. The first show comes with the mount.
    if (shown.current) load()
    shown.current = true
    void refreshInboxBadge()
  })

  const next = summary?.next
  return (
    <View className='call-entry'>
      <Text className='call-entry__heading'>📞 {t('reminders.entry.calls')}</Text>
      {summary?.ask && (
        <Button className='fb-button call-entry__ask' onClick={() => open('call-feedback', summary.ask?.id)}>
          {t('reminders.entry.ask')}
        </Button>
      )}
      {summary && (
        <Text className='call-entry__next'>
          {next
            ? t('reminders.entry.nextWith', { when: shortWhen(next), name: next.withWhom })
            : t('reminders.entry.none')}
        </Text>
      )}
      {next && summary && summary.more > 0 && <Text className='call-entry__more'>{t('reminders.entry.more', { n: summary.more })}</Text>}
      <View className='call-entry__actions'>
        <Button className={`fb-button call-entry__plan${summary?.ask ? ' fb-button--secondary' : ''}`} onClick={() => open('call-edit')}>
          {t('reminders.entry.plan')}
        </Button>
        <Button className='fb-button fb-button--secondary call-entry__all' onClick={() => open('calls')}>
          {t('reminders.entry.all')}
        </Button>
      </View>
    </View>
  )
}
