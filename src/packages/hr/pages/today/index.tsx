// Space staff: today's roster of the spaces they run; check-in, and check-out only to an
// authorized pickup person who tells the right PIN. A refusal says plainly what to do next.
import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { z } from 'zod'
import PageShell from '@/components/page-shell'
import type { ActionResult } from '@/common/api'
import { PinSchema, type RosterChildSchema, type Space } from '@/common/spaces/schemas'
import { useT } from '../../../spaces/shared/i18n'
import { callAction } from '@/services/cloud'
import { ChoiceField, TextField } from '../../../spaces/shared/form'
import { dateTime, resolveFactoryId } from '../../../spaces/shared/format'
import { hrPage } from '@/navigation/routes'
import { go, param } from '../../../spaces/shared/nav'
import { Alert, Card, Done, Empty, Loadable, Row, useAction } from '../../../spaces/shared/ui'
import { useLoad } from '../../../spaces/shared/use-load'
import './index.scss'

type RosterChild = z.infer<typeof RosterChildSchema>
type Refusal = Extract<ActionResult<'attendance.checkOut'>, { outcome: 'refused' }>
const UNLISTED = 'unlisted'

function CheckOut({ spaceId, child, onDone }: { spaceId: string; child: RosterChild; onDone: (message: string) => void }): JSX.Element {
  const { t } = useT()
  const [who, setWho] = useState('')
  const [pin, setPin] = useState('')
  const [unlistedName, setUnlistedName] = useState('')
  const [problems, setProblems] = useState<{ who?: string; pin?: string; name?: string }>({})
  const [refusal, setRefusal] = useState<Refusal | null>(null)
  const act = useAction()

  const submit = async (): Promise<void> => {
    const found: typeof problems = {}
    if (!who) found.who = t('spaces.staff.err.who')
    else if (who === UNLISTED && !unlistedName.trim()) found.name = t('spaces.staff.err.name')
    else if (who !== UNLISTED && !pin) found.pin = t('spaces.staff.err.pinMissing')
    else if (who !== UNLISTED && !PinSchema.safeParse(pin).success) found.pin = t('spaces.child.err.pinBad')
    setProblems(found)
    if (Object.keys(found).length) return
    setRefusal(null)
    const payload = who === UNLISTED ? { spaceId, childId: child.childId, unlistedName: unlistedName.trim() } : { spaceId, childId: child.childId, pickupPersonId: who, pin }
    const result = await act.run(() => callAction('attendance.checkOut', payload))
    if (!result) return
    setPin('')
    if (result.outcome === 'released') {
      const by = result.record.pickedUpBy
      onDone(t('spaces.staff.released', { child: child.givenName, name: by?.name ?? '', relation: by?.relation ?? '' }))
    } else {
      setRefusal(result)
    }
  }

  const options = [
    ...child.pickupPeople.map((p) => ({ value: p.id, label: t('spaces.person', { name: p.name, relation: p.relation }) })),
    { value: UNLISTED, label: t('spaces.staff.unlisted') }
  ]
  return (
    <View className='sp-group checkout'>
      <ChoiceField name='pickup' label={t('spaces.staff.who')} value={who} options={options} error={problems.who} onChange={(v) => {
        setWho(v)
        setRefusal(null)
      }} />
      {who === UNLISTED ? (
        <TextField name='unlistedName' label={t('spaces.staff.unlistedName')} value={unlistedName} maxlength={20} error={problems.name} onChange={setUnlistedName} />
      ) : (
        <TextField name='pin' label={t('spaces.staff.pin')} hint={t('spaces.staff.pinHint')} type='number' password value={pin} maxlength={6}
          error={problems.pin} onChange={setPin} />
      )}
      {refusal && (
        <View className='sp-alert checkout__refused' role='alert'>
          <Text className='sp-alert__text checkout__refused-title'>{t('spaces.staff.refused')}</Text>
          <Text className='sp-alert__text checkout__refused-message'>{refusal.message}</Text>
          {refusal.code === 'PIN_MISMATCH' && <Text className='checkout__attempts'>{t('spaces.staff.attemptsLeft', { n: refusal.attemptsLeft })}</Text>}
          <Text className='checkout__call'>{t('spaces.staff.callGuardian')}</Text>
          {refusal.guardianContacts.map((c) => (
            <Button key={`${c.name}${c.phone}`} className='fb-button fb-button--secondary checkout__phone'
              onClick={() => Promise.resolve(Taro.makePhoneCall({ phoneNumber: c.phone })).catch(() => undefined)}>
              {`${t('spaces.person', { name: c.name, relation: c.relation })} ${c.phone}`}
            </Button>
          ))}
        </View>
      )}
      <Alert message={act.error} />
      <Button className='fb-button checkout__submit' disabled={act.busy} onClick={() => void submit()}>
        {t('spaces.staff.release')}
      </Button>
    </View>
  )
}

function ChildRow({ spaceId, child, onChanged }: { spaceId: string; child: RosterChild; onChanged: () => void }): JSX.Element {
  const { t } = useT()
  const act = useAction()
  const [checkingOut, setCheckingOut] = useState(false)
  const [done, setDone] = useState<string | null>(null)
  const state = child.attendance?.state ?? 'absent'
  const checkIn = async (): Promise<void> => {
    if (await act.run(() => callAction('attendance.checkIn', { spaceId, childId: child.childId }))) {
      setDone(t('spaces.staff.checkedInDone', { child: child.givenName }))
      onChanged()
    }
  }
  const a = child.attendance
  return (
    <Card className={`today-child today-child--${state}`}>
      <Text className='sp-title today-child__name'>{child.givenName}</Text>
      <Text className={`sp-badge today-child__state today-child__state--${state}${state === 'checked_in' ? ' sp-badge--good' : ''}`}>
        {t(`spaces.staff.state.${state}`)}
      </Text>
      <Row label={t('spaces.hr.age')} value={t('spaces.hr.ageValue', { age: child.ageAtStart })} />
      {child.allergies && <Row className='today-child__allergies' label={t('spaces.child.allergies')} value={child.allergies} />}
      {child.medicalNotes && <Row label={t('spaces.child.medicalNotes')} value={child.medicalNotes} />}
      {a?.checkInAt && <Row label={t('spaces.staff.inAt')} value={dateTime(a.checkInAt)} />}
      {a?.checkOutAt && <Row label={t('spaces.staff.outAt')} value={dateTime(a.checkOutAt)} />}
      {a?.pickedUpBy && <Row label={t('spaces.staff.pickedUpBy')} value={t('spaces.person', { name: a.pickedUpBy.name, relation: a.pickedUpBy.relation })} />}
      {a && a.refusals.length > 0 && <Text className='sp-alert__text'>{t('spaces.staff.refusalsToday', { n: a.refusals.length })}</Text>}
      <Done className='today-child__done' message={done} />
      {state === 'absent' && (
        <Button className='fb-button today-child__check-in' disabled={act.busy} onClick={() => void checkIn()}>
          {t('spaces.staff.checkIn')}
        </Button>
      )}
      {state === 'checked_in' && !checkingOut && (
        <Button className='fb-button today-child__check-out' onClick={() => setCheckingOut(true)}>
          {t('spaces.staff.checkOut')}
        </Button>
      )}
      {state === 'checked_in' && checkingOut && (
        <CheckOut spaceId={spaceId} child={child} onDone={(message) => {
          setDone(message)
          setCheckingOut(false)
          onChanged()
        }} />
      )}
      <Alert message={act.error} />
    </Card>
  )
}

function SpaceToday({ space }: { space: Space }): JSX.Element {
  const { t } = useT()
  const { state, reload } = useLoad(() => callAction('attendance.today', { spaceId: space.id }), [space.id])
  return (
    <View className='sp-screen today-space'>
      <Text className='sp-title today-space__name'>{space.name}</Text>
      <Button className='fb-button fb-button--secondary today-space__attendance'
        onClick={() => go(hrPage('attendance'), { spaceId: space.id, factoryId: space.factoryId })}>
        {t('spaces.attendance.open')}
      </Button>
      <Loadable state={state} onRetry={() => void reload()}>
        {(today) => (
          <>
            <Text className='sp-hint'>{t('spaces.staff.date', { date: today.date, n: today.children.length })}</Text>
            {today.children.length === 0 && <Empty text={t('spaces.staff.noChildren')} />}
            {today.children.map((c) => (
              <ChildRow key={c.childId} spaceId={space.id} child={c} onChanged={() => void reload(true)} />
            ))}
          </>
        )}
      </Loadable>
    </View>
  )
}

function Today(): JSX.Element {
  const { t } = useT()
  const given = param(useRouter().params.factoryId)
  const { state, reload } = useLoad(async () => {
    const factoryId = await resolveFactoryId(given, 'staff')
    if (!factoryId) return []
    const { spaces } = await callAction('spaces.list', { factoryId })
    return spaces.filter((s) => s.status === 'open' || s.status === 'closed')
  }, [given], { reloadOnShow: false })
  return (
    <View className='sp-screen today'>
      <Loadable state={state} onRetry={() => void reload()}>
        {(spaces) => (
          <>
            {spaces.length === 0 && <Empty text={t('spaces.staff.noSpaces')} />}
            {spaces.map((s) => (
              <SpaceToday key={s.id} space={s} />
            ))}
          </>
        )}
      </Loadable>
    </View>
  )
}

export default function TodayPage(): JSX.Element {
  return (
    <PageShell titleKey='spaces.title.hr.today' className='today-page'>
      <Today />
    </PageShell>
  )
}
