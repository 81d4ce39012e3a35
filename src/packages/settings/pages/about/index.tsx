// About & privacy: plain-language summary of what the app keeps (PIPL: tell people before you ask).
import { Text, View } from '@tarojs/components'
import PageShell from '@/components/page-shell'
import { useI18n, type MessageKey } from '@/i18n'
import './index.scss'

const SECTIONS: ReadonlyArray<{ title: MessageKey; body: MessageKey }> = [
  { title: 'about.keep.title', body: 'about.keep.body' },
  { title: 'about.children.title', body: 'about.children.body' },
  { title: 'about.not.title', body: 'about.not.body' },
  { title: 'about.delete.title', body: 'about.delete.body' }
]

function AboutContent(): JSX.Element {
  const { t } = useI18n()
  return (
    <View className='about'>
      <Text className='about__intro'>{t('about.intro')}</Text>
      {SECTIONS.map((section) => (
        <View key={section.title} className='about__section'>
          <Text className='about__title'>{t(section.title)}</Text>
          <Text className='about__body'>{t(section.body)}</Text>
        </View>
      ))}
    </View>
  )
}

export default function AboutPage(): JSX.Element {
  return (
    <PageShell titleKey='title.about' needsIdentity={false}>
      <AboutContent />
    </PageShell>
  )
}
