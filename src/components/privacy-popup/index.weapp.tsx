// Shown when WeChat holds a privacy API until the user agrees (wired in services/privacy/wire.weapp.ts).
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { useI18n } from '@/i18n'
import { answerPrivacy, hasPendingPrivacy, reportPrivacyExposure, subscribePrivacy } from '@/services/privacy/pending'
import './index.scss'

/** WeChat checks that the button with this id was really tapped before accepting "agree". */
const AGREE_BUTTON_ID = 'fb-privacy-agree'

export default function PrivacyPopup(): JSX.Element | null {
  const { t } = useI18n()
  const [open, setOpen] = useState(hasPendingPrivacy)

  useEffect(() => subscribePrivacy(setOpen), [])
  useEffect(() => {
    if (open) reportPrivacyExposure()
  }, [open])

  if (!open) return null
  return (
    <View className='privacy-popup'>
      <View className='privacy-popup__card'>
        <Text className='privacy-popup__title'>{t('privacy.title')}</Text>
        <Text className='privacy-popup__body'>{t('privacy.body')}</Text>
        <Button
          className='fb-button fb-button--link privacy-popup__read'
          onClick={() => Promise.resolve(Taro.openPrivacyContract({})).catch(() => undefined)}
        >
          {t('privacy.read')}
        </Button>
        <View className='privacy-popup__actions'>
          <Button className='fb-button fb-button--secondary privacy-popup__disagree' onClick={() => answerPrivacy({ event: 'disagree' })}>
            {t('privacy.disagree')}
          </Button>
          <Button
            id={AGREE_BUTTON_ID}
            className='fb-button privacy-popup__agree'
            openType='agreePrivacyAuthorization'
            onAgreePrivacyAuthorization={() => answerPrivacy({ event: 'agree', buttonId: AGREE_BUTTON_ID })}
          >
            {t('privacy.agree')}
          </Button>
        </View>
      </View>
    </View>
  )
}
