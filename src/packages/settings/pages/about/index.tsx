// About & privacy: plain-language summary of what the app keeps (PIPL: tell people before you ask),
// where it is stored, who is in charge of children's data (deployment configuration, served by
// privacy.info) and the way to reach us (the contact form).
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import PageShell from '@/components/page-shell'
import type { ActionResult } from '@/common/api'
import { regionName } from '@/common/privacy/regions'
import { DEFAULT_RETENTION_DAYS, DELETION_NOTICE_DAYS } from '@/common/spaces/policy'
import type { MessageKey } from '@/i18n'
import { CONTACT_PAGE, pageUrl } from '@/navigation/routes'
import { callAction } from '@/services/cloud'
import { useSettingsT } from '../../shared/i18n'
import './index.scss'

const SECTIONS: ReadonlyArray<{ title: MessageKey; body: MessageKey }> = [
  { title: 'about.keep.title', body: 'about.keep.body' },
  { title: 'about.children.title', body: 'about.children.body' },
  { title: 'about.not.title', body: 'about.not.body' },
  { title: 'about.delete.title', body: 'about.delete.body' }
]

type Info = ActionResult<'privacy.info'>

function AboutContent(): JSX.Element {
  const { t, lang } = useSettingsT()
  const [info, setInfo] = useState<Info | null>(null)
  useEffect(() => {
    // Without it the texts use the defaults and the officer shows as not filled in; nothing breaks.
    callAction('privacy.info', {}).then(setInfo, () => undefined)
  }, [])
  const days = { days: info?.retentionDays ?? DEFAULT_RETENTION_DAYS, noticeDays: info?.deletionNoticeDays ?? DELETION_NOTICE_DAYS }
  const officer = info?.deployment.officer
  return (
    <View className='about'>
      <Text className='about__intro'>{t('about.intro')}</Text>
      {SECTIONS.map((section) => (
        <View key={section.title} className='about__section'>
          <Text className='about__title'>{t(section.title)}</Text>
          <Text className='about__body'>{t(section.body, days)}</Text>
        </View>
      ))}
      <View className='about__section about__officer'>
        <Text className='about__title'>{t('settings.about.officerTitle')}</Text>
        <Text className='about__body about__officer-text'>
          {officer ? t('settings.about.officer', { name: officer.name, contact: officer.contact }) : t('settings.about.notSet')}
        </Text>
        {info?.deployment.region && <Text className='about__body about__region'>{t('settings.about.where', { region: regionName(lang, info.deployment.region) })}</Text>}
      </View>
      <View className='about__section about__contact'>
        <Text className='about__body'>{t('settings.about.contactHint')}</Text>
        <Button className='fb-button about__contact-open' onClick={() => Promise.resolve(Taro.navigateTo({ url: pageUrl(CONTACT_PAGE) })).catch(() => undefined)}>
          {t('settings.about.contact')}
        </Button>
      </View>
    </View>
  )
}

export default function AboutPage(): JSX.Element {
  return (
    <PageShell titleKey='title.about'>
      <AboutContent />
    </PageShell>
  )
}
