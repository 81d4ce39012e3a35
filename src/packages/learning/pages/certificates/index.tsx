// Certificates: one per finished module and one for the whole course, with the worker's
// name, factory and date. Opened from the Learn tab and from 我的.
import { Button, Text, View } from '@tarojs/components'
import dayjs from 'dayjs'
import { useEffect, useState } from 'react'
import PageShell from '@/components/page-shell'
import type { ActionResult } from '@/common/api'
import { useI18n } from '@/i18n'
import { callAction, isCloudError } from '@/services/cloud'
import '../../lib/learning.scss'

type Data = ActionResult<'learning.certificates'>
type State = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; data: Data }

function Certificates(): JSX.Element {
  const { lang, t } = useI18n()
  const [state, setState] = useState<State>({ status: 'loading' })
  const load = () => {
    setState({ status: 'loading' })
    callAction('learning.certificates', {})
      .then((data) => setState({ status: 'ready', data }))
      .catch((e) => setState({ status: 'failed', message: isCloudError(e) || e instanceof Error ? e.message : String(e) }))
  }
  useEffect(load, [])

  if (state.status === 'loading') return <Text>{t('learning.loading')}</Text>
  if (state.status === 'failed')
    return (
      <View className='cert__card' role='alert'>
        <Text>{state.message}</Text>
        <Button className='fb-button' onClick={load}>
          {t('common.retry')}
        </Button>
      </View>
    )
  const { data } = state
  if (data.certificates.length === 0) return <Text className='cert__none'>{t('learning.cert.none')}</Text>
  return (
    <View className='cert__list'>
      {data.certificates.map((c) => (
        <View key={`${c.kind}-${c.module ?? ''}`} className={`cert__card cert__card--${c.kind}`} data-kind={c.kind}>
          <Text className='cert__seal'>{c.kind === 'course' ? '🏆' : '🎖️'}</Text>
          <Text className='cert__heading'>{t('learning.cert.heading')}</Text>
          <Text className='cert__title'>{c.module ? t('learning.cert.moduleLine', { number: c.module, title: c.title[lang] }) : c.title[lang]}</Text>
          <Text className='cert__name'>{data.workerName}</Text>
          <Text>{t('learning.cert.body', { name: data.workerName })}</Text>
          {data.factoryName && <Text className='cert__factory'>{t('learning.cert.factory', { factory: data.factoryName[lang] })}</Text>}
          <Text className='cert__date'>{t('learning.cert.date', { date: dayjs(c.completedAt).format('YYYY-MM-DD') })}</Text>
        </View>
      ))}
    </View>
  )
}

export default function CertificatesPage(): JSX.Element {
  return (
    <PageShell titleKey='learning.title.certificates' className='learning'>
      <Certificates />
    </PageShell>
  )
}
