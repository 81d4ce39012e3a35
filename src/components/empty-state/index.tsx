// An honest "not built yet" card: says what is coming, with an optional longer explanation.
import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { useI18n, type MessageKey } from '@/i18n'
import './index.scss'

export interface EmptyStateProps {
  titleKey: MessageKey
  bodyKey: MessageKey
  moreKey: MessageKey
}

export default function EmptyState({ titleKey, bodyKey, moreKey }: EmptyStateProps): JSX.Element {
  const { t } = useI18n()
  const [expanded, setExpanded] = useState(false)
  return (
    <View className='empty-state'>
      <Text className='empty-state__badge'>{t('common.comingSoon')}</Text>
      <Text className='empty-state__title'>{t(titleKey)}</Text>
      <Text className='empty-state__body'>{t(bodyKey)}</Text>
      {expanded && <Text className='empty-state__more'>{t(moreKey)}</Text>}
      <Button className='fb-button fb-button--secondary empty-state__toggle' onClick={() => setExpanded(!expanded)}>
        {expanded ? t('common.showLess') : t('common.learnMore')}
      </Button>
    </View>
  )
}
