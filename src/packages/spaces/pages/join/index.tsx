// Join a factory as a worker: type the invite code, or arrive from the factory QR code
// (its `scene` launch parameter carries the code and is sent as is).
import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import PageShell from '@/components/page-shell'
import { useT } from '../../shared/i18n'
import { TAB_PAGES, pageUrl } from '@/navigation/routes'
import { callAction } from '@/services/cloud'
import { TextField } from '../../shared/form'
import { param } from '../../shared/nav'
import { Alert, Card, Done, useAction } from '../../shared/ui'

function Join(): JSX.Element {
  const { lang, t } = useT()
  const scene = param(useRouter().params.scene)
  const [code, setCode] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [joined, setJoined] = useState<string | null>(null)
  const act = useAction()

  const join = async (payload: { inviteCode: string } | { scene: string }): Promise<void> => {
    const m = await act.run(() => callAction('factory.join', payload))
    if (m) setJoined(t('spaces.join.done', { factory: m.factoryName[lang] }))
  }

  useEffect(() => {
    if (scene) void join({ scene })
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scene])

  const submit = (): void => {
    const trimmed = code.trim()
    if (trimmed.length < 4) {
      setProblem(t(trimmed ? 'spaces.join.tooShort' : 'spaces.join.missing'))
      return
    }
    setProblem(null)
    void join({ inviteCode: trimmed })
  }

  if (joined) {
    return (
      <View className='sp-screen join'>
        <Done className='join__done' message={joined} />
        <Button className='fb-button join__continue'
          onClick={() => Promise.resolve(Taro.switchTab({ url: pageUrl(TAB_PAGES[2].path) })).catch(() => undefined)}>
          {t('spaces.join.continue')}
        </Button>
      </View>
    )
  }
  return (
    <View className='sp-screen join'>
      <Card>
        <Text className='sp-hint'>{t(scene ? 'spaces.join.fromQr' : 'spaces.join.hint')}</Text>
        <TextField name='inviteCode' label={t('spaces.join.code')} value={code} maxlength={32} error={problem} onChange={setCode} />
        <Button className='fb-button join__submit' disabled={act.busy} onClick={submit}>
          {t('spaces.join.submit')}
        </Button>
      </Card>
      <Alert className='join__error' message={act.error} />
    </View>
  )
}

export default function JoinPage(): JSX.Element {
  return (
    <PageShell titleKey='spaces.title.join' className='join-page'>
      <Join />
    </PageShell>
  )
}
