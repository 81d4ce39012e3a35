// Tip of the day on the Connect tab (chosen by the server for this worker and date; never the
// same tip twice within two weeks), with a way to pass it on to the family at home:
// WeChat's share to a chat, or on H5 the Web Share sheet / copying the text.
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { AgeBand, Tip } from '@/common/learning/content'
import type { Lang } from '@/common/lang'
import { useI18n } from '@/i18n'
import { callAction } from '@/services/cloud'
import { sharedTipPath, tipShare } from '@/navigation/share-links'
import './index.scss'

const CACHE_KEY = 'fb.learning.tip'
let shown: Tip | null = null

/** What the Connect page's useShareAppMessage sends: the tip shown now, opening for anyone on its own page. */
export function tipShareMessage(lang: Lang): { title: string; path: string } | undefined {
  return shown ? tipShare(shown, lang) : undefined
}

async function shareOnWeb(text: string, copied: string): Promise<void> {
  const nav = typeof navigator !== 'undefined' ? (navigator as Navigator & { share?: (d: { text: string }) => Promise<void> }) : undefined
  if (nav?.share) {
    await nav.share({ text }).catch(() => undefined)
    return
  }
  await Promise.resolve(Taro.setClipboardData({ data: text })).catch(() => undefined)
  await Promise.resolve(Taro.showToast({ title: copied, icon: 'none' })).catch(() => undefined)
}

export default function TipOfTheDay({ ageBands }: { ageBands?: AgeBand[] }): JSX.Element | null {
  const { lang, t } = useI18n()
  const [tip, setTip] = useState<Tip | null>(() => {
    try {
      return (Taro.getStorageSync(CACHE_KEY) as { tip?: Tip })?.tip ?? null
    } catch {
      return null
    }
  })

  useEffect(() => {
    callAction('learning.tip.today', ageBands?.length ? { ageBands } : {})
      .then((res) => {
        setTip(res.tip)
        Promise.resolve(Taro.setStorage({ key: CACHE_KEY, data: res })).catch(() => undefined)
      })
      .catch(() => undefined) // keep yesterday's tip rather than an error on a friendly card
  }, [ageBands?.join(',')])
  shown = tip

  if (!tip) return <Text className='tip__loading'>{t('learning.tip.loading')}</Text>
  const text = `${tip.title[lang]}\n${tip.body[lang]}`
  return (
    <View className='tip' data-tip={tip.id}>
      <Text className='tip__heading'>💡 {t('learning.tip.heading')}</Text>
      <Text className='tip__title'>{tip.title[lang]}</Text>
      <Text className='tip__body'>{tip.body[lang]}</Text>
      {process.env.TARO_ENV === 'weapp' ? (
        <Button className='fb-button tip__share' openType='share'>
          {t('learning.tip.share')}
        </Button>
      ) : (
        <Button className='fb-button tip__share' onClick={() => void shareOnWeb(text, t('learning.tip.copied'))}>
          {t('learning.tip.share')}
        </Button>
      )}
      <Button className='fb-button tip__picture' onClick={() => void Promise.resolve(Taro.navigateTo({ url: sharedTipPath(tip.id) })).catch(() => undefined)}>
        {t('learning.tip.picture')}
      </Button>
    </View>
  )
}
