// Narration controls: a listen button on each card, question, option or statement, and one bar
// per page with the speed (0.8x / 1x / 1.25x) and, on the lesson player, "read the next card
// automatically". When the device cannot read aloud the bar says so once, in a plain line.
import { Button, Text, View } from '@tarojs/components'
import { useLT } from '../i18n'
import { RATES, type NarrationItem } from './narrator'
import type { Narration } from './use-narration'
import './narration.scss'

export function NarrateButton({ n, item, compact = false }: { n: Narration; item: NarrationItem; compact?: boolean }): JSX.Element {
  const { t } = useLT()
  const mine = n.activeId === item.id
  const state = mine ? n.state : 'idle'
  const label =
    state === 'playing' ? t('learning.narration.pause') : state === 'paused' ? t('learning.narration.resume') : state === 'loading' ? t('learning.narration.loading') : compact ? t('learning.narration.listen') : t('learning.narration.play')
  return (
    <Button
      className={`fb-button fb-button--secondary narrate__button narrate__button--${state}${compact ? ' narrate__button--compact' : ''}`}
      data-narrate={item.id}
      onClick={(e) => {
        e?.stopPropagation?.()
        n.toggle(item)
      }}
    >
      {label}
    </Button>
  )
}

export function NarrationBar({ n, autoNext = false }: { n: Narration; autoNext?: boolean }): JSX.Element {
  const { t } = useLT()
  return (
    <View className='narrate__bar'>
      <View className='narrate__rates'>
        <Text className='narrate__label'>{t('learning.narration.speed')}</Text>
        {RATES.map((r) => (
          <Button key={r} className={`narrate__rate${n.rate === r ? ' narrate__rate--on' : ''}`} data-rate={r} onClick={() => n.setRate(r)}>
            {`${r}x`}
          </Button>
        ))}
      </View>
      {autoNext && (
        <Button className={`narrate__auto${n.auto ? ' narrate__auto--on' : ''}`} onClick={() => n.setAuto(!n.auto)}>
          {n.auto ? t('learning.narration.autoOn') : t('learning.narration.autoOff')}
        </Button>
      )}
      {n.unavailable && (
        <View className='narrate__unavailable' role='status'>
          <Text>{t('learning.narration.unavailable')}</Text>
        </View>
      )}
    </View>
  )
}
