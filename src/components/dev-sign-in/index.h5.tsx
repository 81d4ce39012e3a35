// H5 dev build only: until a demo identity is picked, pages show this list instead of content.
import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useEffect, useState, type PropsWithChildren } from 'react'
import { useI18n } from '@/i18n'
import { TAB_PAGES, pageUrl } from '@/navigation/routes'
import { fetchDevIdentities, type DevIdentity } from '@/services/dev-identity/identities'
import { readDevOpenid, writeDevOpenid } from '@/services/dev-identity/storage'
import { devT } from './messages'
import './index.scss'

type LoadState = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; identities: DevIdentity[] }

const ME_URL = pageUrl(TAB_PAGES[TAB_PAGES.length - 1].path)

function DevSignIn({ onPick }: { onPick: (openid: string) => void }): JSX.Element {
  const { lang } = useI18n()
  const [state, setState] = useState<LoadState>({ status: 'loading' })

  useEffect(() => {
    let live = true
    fetchDevIdentities()
      .then((identities) => live && setState({ status: 'ready', identities }))
      .catch((err: Error) => live && setState({ status: 'failed', message: err.message }))
    return () => {
      live = false
    }
  }, [])

  return (
    <View className='dev-sign-in'>
      <Text className='dev-sign-in__title'>{devT(lang, 'dev.title')}</Text>
      <Text className='dev-sign-in__hint'>{devT(lang, 'dev.hint')}</Text>
      {state.status === 'loading' && <Text className='dev-sign-in__status'>{devT(lang, 'dev.loading')}</Text>}
      {state.status === 'failed' && (
        <Text className='dev-sign-in__status dev-sign-in__status--error'>{devT(lang, 'dev.failed', { message: state.message })}</Text>
      )}
      {state.status === 'ready' && state.identities.length === 0 && (
        <Text className='dev-sign-in__status'>{devT(lang, 'dev.empty')}</Text>
      )}
      {state.status === 'ready' &&
        state.identities.map((identity) => (
          <Button
            key={identity.openid}
            className={`fb-button dev-sign-in__identity dev-sign-in__identity--${identity.role}`}
            data-openid={identity.openid}
            data-role={identity.role}
            onClick={() => onPick(identity.openid)}
          >
            <Text className='dev-sign-in__name'>{identity.displayName}</Text>
            <Text className='dev-sign-in__meta'>
              {devT(lang, `dev.role.${identity.role}`)}
              {identity.factoryName ? ` · ${identity.factoryName[lang]}` : ''}
            </Text>
          </Button>
        ))}
      {state.status === 'ready' && (
        // someone WeChat knows but the app does not yet (the course is open to everyone)
        <Button className='fb-button dev-sign-in__identity dev-sign-in__identity--newcomer' onClick={() => onPick(newcomerOpenid())}>
          <Text className='dev-sign-in__name'>{devT(lang, 'dev.newcomer')}</Text>
          <Text className='dev-sign-in__meta'>{devT(lang, 'dev.newcomerMeta')}</Text>
        </Button>
      )}
    </View>
  )
}

/** A fresh dev identity (letters first: an all-digit id is refused as no identity). */
const newcomerOpenid = () => `newcomer-${Math.random().toString(36).slice(2, 10)}`

export default function DevSignInGate({ children }: PropsWithChildren): JSX.Element {
  const [openid, setOpenid] = useState<string | null>(readDevOpenid)
  // Another tab page may have signed in since this one was created.
  useDidShow(() => setOpenid(readDevOpenid()))

  if (openid) return <>{children}</>
  return (
    <DevSignIn
      onPick={(picked) => {
        writeDevOpenid(picked)
        setOpenid(picked)
        Promise.resolve(Taro.switchTab({ url: ME_URL })).catch(() => undefined)
      }}
    />
  )
}
