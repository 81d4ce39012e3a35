// 暑期托管 tab: stays small (main package). Shows the way in for each of the user's roles;
// every real screen lives in the spaces (worker) or hr (HR and staff) subpackage.
import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import PageShell from '@/components/page-shell'
import type { Profile } from '@/common/schemas/me'
import { useI18n, type MessageKey } from '@/i18n'
import { hrPage, insightsPage, pageUrl, spacesPage } from '@/navigation/routes'
import { callAction, isCloudError } from '@/services/cloud'
import SchedulerWarning from './scheduler-warning'
import './index.scss'

type State = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; profile: Profile }

interface Entry {
  key: string
  title: MessageKey
  body: MessageKey
  path: string
  factoryId: string
}

function open(path: string, params: Record<string, string> = {}): void {
  const query = Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')
  Promise.resolve(Taro.navigateTo({ url: pageUrl(path) + (query ? `?${query}` : '') })).catch(() => undefined)
}

/** The ways in, per factory and role: workers first (most users), then HR, then staff. */
function entriesFor(profile: Profile): Entry[] {
  const entries: Entry[] = []
  for (const m of profile.memberships) {
    const f = m.factoryId
    if (m.roles.includes('worker')) {
      entries.push(
        { key: `${f}-list`, title: 'spaces.home.list', body: 'spaces.home.listBody', path: spacesPage('list'), factoryId: f },
        { key: `${f}-regs`, title: 'spaces.home.registrations', body: 'spaces.home.registrationsBody', path: spacesPage('registrations'), factoryId: f },
        { key: `${f}-children`, title: 'spaces.home.children', body: 'spaces.home.childrenBody', path: spacesPage('children'), factoryId: f },
        { key: `${f}-notes`, title: 'spaces.home.notifications', body: 'spaces.home.notificationsBody', path: spacesPage('notifications'), factoryId: f }
      )
    }
    if (m.roles.includes('hr')) {
      entries.push(
        { key: `${f}-seasons`, title: 'spaces.home.seasons', body: 'spaces.home.seasonsBody', path: hrPage('seasons'), factoryId: f },
        { key: `${f}-roles`, title: 'spaces.home.roles', body: 'spaces.home.rolesBody', path: hrPage('staff-roles'), factoryId: f },
        // reminders feature: HR broadcasts to workers and families
        { key: `${f}-notices`, title: 'reminders.home.notices', body: 'reminders.home.noticesBody', path: hrPage('notices'), factoryId: f },
        { key: `${f}-insights`, title: 'insights.home.factory', body: 'insights.home.factoryBody', path: insightsPage('dashboard'), factoryId: f },
        // privacy feature: workers' contact-form messages
        { key: `${f}-contact`, title: 'spaces.home.contact', body: 'spaces.home.contactBody', path: hrPage('contact-messages'), factoryId: f }
      )
    }
    if (m.roles.includes('staff')) {
      entries.push({ key: `${f}-today`, title: 'spaces.home.today', body: 'spaces.home.todayBody', path: hrPage('today'), factoryId: f })
    }
  }
  return entries
}

function SpacesHome(): JSX.Element {
  const { lang, t } = useI18n()
  const [state, setState] = useState<State>({ status: 'loading' })
  const shown = useRef(false)
  const { params } = useRouter()

  const load = useCallback(async (quiet = false) => {
    if (!quiet) setState({ status: 'loading' })
    try {
      setState({ status: 'ready', profile: await callAction('me.get', {}) })
    } catch (err) {
      setState({ status: 'failed', message: isCloudError(err) ? err.message : t('spaces.error.unknown') })
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useEffect(() => {
    void load()
    // A factory QR code may open this tab with `scene` = the invite code: go and join.
    if (params.scene) open(spacesPage('join'), { scene: params.scene })
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  // Back from joining a factory or a role change: show the new entry points.
  useDidShow(() => {
    if (shown.current) void load(true)
    shown.current = true
  })

  if (state.status === 'loading') return <Text className='spaces-home__status'>{t('common.loading')}</Text>
  if (state.status === 'failed') {
    return (
      <View className='spaces-home__card' role='alert'>
        <Text className='spaces-home__error'>{state.message}</Text>
        <Button className='fb-button spaces-home__retry' onClick={() => void load()}>
          {t('common.retry')}
        </Button>
      </View>
    )
  }

  const { profile } = state
  const entries = entriesFor(profile)
  const several = profile.memberships.length > 1
  const isHr = profile.memberships.some((m) => m.roles.includes('hr'))
  const officer = (profile.programs?.length ?? 0) > 0
  return (
    <View className='spaces-home'>
      {isHr && <SchedulerWarning />}
      {officer && (
        <Button className='spaces-home__entry spaces-home__entry--program' onClick={() => open(insightsPage('dashboard'), { program: '1' })}>
          <Text className='spaces-home__entry-title'>{t('insights.home.program')}</Text>
          <Text className='spaces-home__entry-body'>{t('insights.home.programBody')}</Text>
        </Button>
      )}
      {profile.memberships.length === 0 && !officer && (
        <View className='spaces-home__card'>
          <Text className='spaces-home__title'>{t('spaces.home.noFactory')}</Text>
          <Text>{t('spaces.home.noFactoryBody')}</Text>
        </View>
      )}
      {entries.map((entry) => (
        <Button
          key={entry.key}
          className={`spaces-home__entry spaces-home__entry--${entry.title.split('.')[2]}`}
          onClick={() => open(entry.path, { factoryId: entry.factoryId })}
        >
          <Text className='spaces-home__entry-title'>{t(entry.title)}</Text>
          <Text className='spaces-home__entry-body'>
            {several ? `${profile.memberships.find((m) => m.factoryId === entry.factoryId)?.factoryName[lang] ?? ''} · ` : ''}
            {t(entry.body)}
          </Text>
        </Button>
      ))}
      <Button
        className={`fb-button spaces-home__join${entries.length ? ' fb-button--secondary' : ''}`}
        onClick={() => open(spacesPage('join'))}
      >
        {t(profile.memberships.length ? 'spaces.home.joinAnother' : 'spaces.home.join')}
      </Button>
    </View>
  )
}

export default function SpacesPage(): JSX.Element {
  return (
    <PageShell titleKey='title.spaces' isTab className='spaces'>
      <SpacesHome />
    </PageShell>
  )
}
