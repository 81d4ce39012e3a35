// The guardian's separate consent to the children's-privacy notice, before any child data is
// entered, with a real choice (不同意: nothing is stored, every other feature keeps working and
// the guardian can come back); and withdrawing it (which deletes every child's data).
import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import PageShell from '@/components/page-shell'
import type { ConsentState } from '@/common/spaces/schemas'
import { useT } from '../../shared/i18n'
import { pageUrl, TAB_PAGES } from '@/navigation/routes'
import { callAction } from '@/services/cloud'
import { dateTime } from '../../shared/format'
import { param } from '../../shared/nav'
import { Alert, Card, Done, Loadable, useAction } from '../../shared/ui'
import { useLoad } from '../../shared/use-load'
import { NOTICE_VERSION, noticeText } from './notice'
import './index.scss'

function NoticeText({ state }: { state: ConsentState }): JSX.Element {
  const { lang } = useT()
  const notice = noticeText(lang, state)
  return (
    <Card className='consent__notice'>
      <Text className='sp-title'>{notice.title}</Text>
      {notice.sections.map((s) => (
        <View key={s.id} className={`consent__section consent__section--${s.id}`}>
          <Text className='sp-subtitle'>{s.title}</Text>
          <Text>{s.body}</Text>
        </View>
      ))}
    </Card>
  )
}

/** Back to where the guardian came from; the Summer tab when there is no page to go back to. */
function leave(): void {
  Promise.resolve(Taro.navigateBack({ delta: 1 })).catch(() =>
    Promise.resolve(Taro.switchTab({ url: pageUrl(TAB_PAGES[2].path) })).catch(() => undefined)
  )
}

function Consent({ initial, next }: { initial: ConsentState; next?: string }): JSX.Element {
  const { t } = useT()
  const [state, setState] = useState(initial)
  const [isGuardian, setIsGuardian] = useState(false)
  const [confirmWithdraw, setConfirmWithdraw] = useState(false)
  const [done, setDone] = useState<string | null>(null)
  const [needTick, setNeedTick] = useState(false)
  // 不同意 is not sent anywhere: nothing is stored, so there is nothing to record
  const [refused, setRefused] = useState(false)
  const action = useAction()

  // The server asks for a notice version this app does not have: never consent to unseen text.
  if (state.policyVersion !== NOTICE_VERSION) {
    return <Alert className='consent__outdated' message={t('spaces.consent.updateApp')} />
  }

  const agree = async (): Promise<void> => {
    if (!isGuardian) {
      setNeedTick(true)
      return
    }
    const result = await action.run(() => callAction('consent.give', { policyVersion: NOTICE_VERSION }))
    if (!result) return
    setState(result)
    if (next) Promise.resolve(Taro.redirectTo({ url: pageUrl(next) })).catch(() => undefined)
    else setDone(t('spaces.consent.given'))
  }

  const withdraw = async (): Promise<void> => {
    const result = await action.run(() => callAction('consent.withdraw', { confirm: true }))
    if (!result) return
    setState(result.state)
    setConfirmWithdraw(false)
    setIsGuardian(false)
    setDone(t('spaces.consent.withdrawn', { n: result.deletedChildren }))
  }

  return (
    <View className='sp-screen consent'>
      <NoticeText state={state} />
      <Done className='consent__done' message={done} />
      {state.upToDate && state.consent ? (
        <Card className='consent__current'>
          <Text className='consent__status'>
            {t('spaces.consent.current', { date: dateTime(state.consent.consentAt), version: state.consent.policyVersion })}
          </Text>
          {!confirmWithdraw ? (
            <Button className='fb-button sp-danger consent__withdraw' onClick={() => setConfirmWithdraw(true)}>
              {t('spaces.consent.withdraw')}
            </Button>
          ) : (
            <View className='sp-group consent__confirm'>
              <Text className='sp-alert__text'>{t('spaces.consent.withdrawWarn')}</Text>
              <View className='sp-actions'>
                <Button className='fb-button sp-danger consent__withdraw-yes' disabled={action.busy} onClick={() => void withdraw()}>
                  {t('spaces.consent.withdrawYes')}
                </Button>
                <Button className='fb-button fb-button--secondary consent__withdraw-no' onClick={() => setConfirmWithdraw(false)}>
                  {t('spaces.form.cancel')}
                </Button>
              </View>
            </View>
          )}
        </Card>
      ) : refused ? (
        <Card className='consent__refused'>
          <Text className='sp-subtitle'>{t('spaces.consent.refusedTitle')}</Text>
          <Text className='consent__refused-text'>{t('spaces.consent.refusedBody')}</Text>
          <View className='sp-actions'>
            <Button className='fb-button consent__leave' onClick={leave}>
              {t('spaces.consent.leave')}
            </Button>
            <Button className='fb-button fb-button--secondary consent__reread' onClick={() => setRefused(false)}>
              {t('spaces.consent.reread')}
            </Button>
          </View>
        </Card>
      ) : (
        <Card className='consent__ask'>
          {state.consent && <Text className='sp-hint'>{t('spaces.consent.changed')}</Text>}
          <Button
            className={`fb-button consent__guardian${isGuardian ? ' consent__guardian--on' : ' fb-button--secondary'}`}
            aria-pressed={isGuardian}
            onClick={() => {
              setIsGuardian(!isGuardian)
              setNeedTick(false)
            }}
          >
            {`${isGuardian ? '☑' : '☐'} ${t('spaces.consent.iAmGuardian')}`}
          </Button>
          {needTick && <Text className='sp-field__error consent__need-tick'>{t('spaces.consent.tickFirst')}</Text>}
          <View className='sp-actions'>
            <Button className='fb-button consent__agree' disabled={action.busy} onClick={() => void agree()}>
              {t('spaces.consent.agree')}
            </Button>
            <Button
              className='fb-button fb-button--secondary consent__refuse'
              disabled={action.busy}
              onClick={() => {
                setRefused(true)
                setNeedTick(false)
                setIsGuardian(false)
              }}
            >
              {t('spaces.consent.refuse')}
            </Button>
          </View>
        </Card>
      )}
      <Alert className='consent__error' message={action.error} />
    </View>
  )
}

function ConsentScreen(): JSX.Element {
  const next = param(useRouter().params.next)
  const { state, reload } = useLoad(() => callAction('consent.get', {}), [], { reloadOnShow: false })
  return <Loadable state={state} onRetry={() => void reload()}>{(data) => <Consent initial={data} next={next} />}</Loadable>
}

export default function ConsentPage(): JSX.Element {
  return (
    <PageShell titleKey='spaces.title.consent' className='consent-page'>
      <ConsentScreen />
    </PageShell>
  )
}
