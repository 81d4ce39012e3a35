// Spaces of the worker's factory, with each child's eligibility and a register button.
import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import PageShell from '@/components/page-shell'
import { ACTIVE_REGISTRATION_STATUSES, type Child, type IneligibilityReason, type Registration, type Space } from '@/common/spaces/schemas'
import { useT, type Key } from '../../shared/i18n'
import { spacesPage } from '@/navigation/routes'
import { callAction, isCloudError } from '@/services/cloud'
import { askAfterRegistering, prepareSubscribe } from '@/services/subscribe'
import { resolveFactoryId, spaceFacts, STATUS_TONE, statusKey } from '../../shared/format'
import { go, param } from '../../shared/nav'
import { hasPendingRequest, isAnswer, pendingRequestId, settleRequestId } from '../../shared/request-id'
import { Alert, Card, Done, Empty, Loadable, Row, useAction } from '../../shared/ui'
import { useLoad } from '../../shared/use-load'

interface Check {
  eligible: boolean
  reasons: IneligibilityReason[]
  ageAtStart: number
}
interface Data {
  spaces: Space[]
  children: Child[] | null // null: no consent yet
  mine: Registration[]
  checks: Record<string, Check> // `${spaceId}/${childId}`
}

async function loadData(factoryId: string | null): Promise<Data> {
  if (!factoryId) return { spaces: [], children: [], mine: [], checks: {} }
  const [{ spaces }, consent, listed, { registrations }] = await Promise.all([
    callAction('spaces.list', { factoryId }),
    callAction('consent.get', {}),
    callAction('children.list', {}).then(
      (r) => r.children,
      (err: unknown) => {
        if (isCloudError(err) && (err.code === 'CONSENT_REQUIRED' || err.code === 'CONSENT_OUTDATED')) return null
        throw err
      }
    ),
    callAction('registrations.mine', {})
  ])
  // no current consent (never given, refused, or an older notice): say so and offer the notice again
  const children = consent.upToDate ? listed : null
  const checks: Record<string, Check> = {}
  const active = new Set(registrations.filter((r) => ACTIVE_REGISTRATION_STATUSES.includes(r.status)).map((r) => `${r.spaceId}/${r.childId}`))
  const pairs = spaces.flatMap((s) => (children ?? []).map((c) => ({ s, c }))).filter(({ s, c }) => !active.has(`${s.id}/${c.id}`))
  await Promise.all(
    pairs.map(async ({ s, c }) => {
      checks[`${s.id}/${c.id}`] = await callAction('registrations.check', { spaceId: s.id, childId: c.id })
    })
  )
  return { spaces, children, mine: registrations, checks }
}

function ChildLine({ space, child, data, onRegistered }: { space: Space; child: Child; data: Data; onRegistered: (r: Registration) => void }): JSX.Element {
  const { t } = useT()
  const act = useAction()
  // one request id per child and space, kept on the device until its answer comes
  const scope = `registration:${space.id}:${child.id}`
  const reg = data.mine.find((r) => r.spaceId === space.id && r.childId === child.id && ACTIVE_REGISTRATION_STATUSES.includes(r.status))
  const check = data.checks[`${space.id}/${child.id}`]

  // reminders feature: have the WeChat template ids ready for the popup on the register tap.
  useEffect(() => void prepareSubscribe(), [])

  const send = async (): Promise<void> => {
    const requestId = pendingRequestId(scope)
    const r = await act.run(async () => {
      try {
        return await callAction('registrations.create', { spaceId: space.id, childId: child.id, requestId })
      } catch (err) {
        if (isAnswer(err)) settleRequestId(scope) // refused for good: a new tap is a new request
        throw err
      }
    })
    if (r) {
      settleRequestId(scope)
      onRegistered(r)
    }
  }

  const register = async (): Promise<void> => {
    // WeChat's "may we message you?" popup for registration news: only from this tap, before any await.
    void askAfterRegistering()
    await send()
  }

  // The app was closed (or lost the network) before a registration's answer came: resume that
  // very request once on opening, so the server finishes it instead of the family being stuck.
  useEffect(() => {
    if (!reg && hasPendingRequest(scope)) void send()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  return (
    <View className={`sp-group space__child space__child--${child.id}`}>
      <Text className='sp-subtitle'>{child.givenName}</Text>
      {reg ? (
        <>
          <Text className={`sp-badge sp-badge--${STATUS_TONE[reg.status]} space__status space__status--${reg.status}`}>{t(statusKey(reg.status))}</Text>
          <Button className='fb-button fb-button--secondary space__see' onClick={() => go(spacesPage('registrations'))}>
            {t('spaces.list.seeRegistration')}
          </Button>
        </>
      ) : check?.eligible ? (
        <>
          <Text className='space__eligible'>{t('spaces.list.eligible', { age: check.ageAtStart })}</Text>
          <Button className='fb-button space__register' disabled={act.busy} onClick={() => void register()}>
            {t(act.busy ? 'spaces.list.registering' : 'spaces.list.register')}
          </Button>
        </>
      ) : check ? (
        <View className='space__reasons'>
          <Text className='sp-hint'>{t('spaces.list.notEligible')}</Text>
          {check.reasons.map((reason) => (
            <Text key={reason} className={`space__reason space__reason--${reason}`}>
              {`• ${t(`spaces.reason.${reason}` as Key, { age: check.ageAtStart, min: space.minAge, max: space.maxAge, opens: space.registrationOpens })}`}
            </Text>
          ))}
        </View>
      ) : null}
      <Alert className='space__error' message={act.error} />
    </View>
  )
}

function registeredMessage(r: Registration, t: (k: Key, p?: Record<string, string | number>) => string): string {
  if (r.status === 'waitlisted') return t('spaces.list.doneWaitlisted', { name: r.childGivenName, n: r.waitlistPosition ?? '?' })
  if (r.status === 'pending') return t('spaces.list.donePending', { name: r.childGivenName })
  return t('spaces.list.doneConfirmed', { name: r.childGivenName })
}

function SpaceList(): JSX.Element {
  const { t } = useT()
  const given = param(useRouter().params.factoryId)
  const [done, setDone] = useState<string | null>(null)
  const { state, reload } = useLoad(async () => loadData(await resolveFactoryId(given, 'worker')), [given])
  return (
    <View className='sp-screen space-list'>
      <Done className='space-list__done' message={done} />
      <Loadable state={state} onRetry={() => void reload()}>
        {(data) => (
          <>
            {data.children === null && (
              <Card className='space-list__consent'>
                <Text>{t('spaces.list.needConsent')}</Text>
                <Button className='fb-button space-list__to-consent' onClick={() => go(spacesPage('consent'), { next: spacesPage('child-edit') })}>
                  {t('spaces.list.toConsent')}
                </Button>
              </Card>
            )}
            {data.children?.length === 0 && (
              <Card className='space-list__no-child'>
                <Text>{t('spaces.list.noChild')}</Text>
                <Button className='fb-button space-list__add-child' onClick={() => go(spacesPage('child-edit'))}>
                  {t('spaces.children.add')}
                </Button>
              </Card>
            )}
            {data.spaces.length === 0 && <Empty text={t('spaces.list.none')} />}
            {data.spaces.map((space) => (
              <Card key={space.id} className={`space space--${space.status}`}>
                <Text className='sp-title space__name'>{space.name}</Text>
                {space.status !== 'open' && <Text className='sp-badge sp-badge--bad'>{t(`spaces.spaceStatus.${space.status}` as Key)}</Text>}
                {spaceFacts(space, t).map((f) => (
                  <Row key={f.label} label={f.label} value={f.value} />
                ))}
                {space.requiresApproval && <Text className='sp-hint'>{t('spaces.space.needsApproval')}</Text>}
                {space.notesForParents && <Row label={t('spaces.space.notes')} value={space.notesForParents} />}
                {(data.children ?? []).map((child) => (
                  <ChildLine key={child.id} space={space} child={child} data={data} onRegistered={(r) => {
                    setDone(registeredMessage(r, t))
                    void reload(true)
                  }} />
                ))}
              </Card>
            ))}
          </>
        )}
      </Loadable>
    </View>
  )
}

export default function SpaceListPage(): JSX.Element {
  return (
    <PageShell titleKey='spaces.title.list' className='space-list-page'>
      <SpaceList />
    </PageShell>
  )
}
