// HR: the factory's space seasons; open, close, cancel (with a reason every family is told),
// and the ways to registrations, roster and editing.
import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import PageShell from '@/components/page-shell'
import type { Space } from '@/common/spaces/schemas'
import { useT, type Key } from '../../../spaces/shared/i18n'
import { hrPage } from '@/navigation/routes'
import { callAction } from '@/services/cloud'
import { TextAreaField } from '../../../spaces/shared/form'
import { resolveFactoryId, spaceFacts } from '../../../spaces/shared/format'
import { go, param } from '../../../spaces/shared/nav'
import { Alert, Card, Empty, Loadable, Row, useAction } from '../../../spaces/shared/ui'
import { useLoad } from '../../../spaces/shared/use-load'

function SeasonCard({ space, onChanged }: { space: Space; onChanged: () => void }): JSX.Element {
  const { t } = useT()
  const act = useAction()
  const [cancelling, setCancelling] = useState(false)
  const [reason, setReason] = useState('')
  const [reasonProblem, setReasonProblem] = useState<string | null>(null)
  const run = async (work: () => Promise<unknown>): Promise<void> => {
    if ((await act.run(work)) !== undefined) {
      setCancelling(false)
      onChanged()
    }
  }
  const cancel = (): void => {
    if (!reason.trim()) {
      setReasonProblem(t('spaces.hr.cancelReasonMissing'))
      return
    }
    setReasonProblem(null)
    void run(() => callAction('spaces.cancel', { spaceId: space.id, reason: reason.trim() }))
  }
  const live = space.status !== 'cancelled'
  return (
    <Card className={`season season--${space.status}`}>
      <Text className='sp-title season__name'>{space.name}</Text>
      <Text className={`sp-badge season__status season__status--${space.status}${space.status === 'open' ? ' sp-badge--good' : ''}`}>
        {t(`spaces.spaceStatus.${space.status}` as Key)}
      </Text>
      {space.moderation === 'review' && <Text className='sp-badge sp-badge--wait season__moderation'>{t('spaces.hr.moderationReview')}</Text>}
      {spaceFacts(space, t).map((f) => (
        <Row key={f.label} label={f.label} value={f.value} />
      ))}
      {space.cancelReason && <Row label={t('spaces.reg.reason')} value={space.cancelReason} />}
      <View className='sp-actions'>
        <Button className='fb-button season__registrations' onClick={() => go(hrPage('registrations'), { spaceId: space.id })}>
          {t('spaces.hr.registrations')}
        </Button>
        <Button className='fb-button season__roster' onClick={() => go(hrPage('roster'), { spaceId: space.id })}>
          {t('spaces.hr.roster')}
        </Button>
        {space.status !== 'draft' && (
          <Button className='fb-button season__attendance' onClick={() => go(hrPage('attendance'), { spaceId: space.id, factoryId: space.factoryId })}>
            {t('spaces.attendance.open')}
          </Button>
        )}
        {live && (
          <Button className='fb-button fb-button--secondary season__edit' onClick={() => go(hrPage('season-edit'), { spaceId: space.id, factoryId: space.factoryId })}>
            {t('spaces.hr.edit')}
          </Button>
        )}
        {(space.status === 'draft' || space.status === 'closed') && (
          <Button className='fb-button fb-button--secondary season__open' disabled={act.busy} onClick={() => void run(() => callAction('spaces.open', { spaceId: space.id }))}>
            {t('spaces.hr.open')}
          </Button>
        )}
        {space.status === 'open' && (
          <Button className='fb-button fb-button--secondary season__close' disabled={act.busy} onClick={() => void run(() => callAction('spaces.close', { spaceId: space.id }))}>
            {t('spaces.hr.close')}
          </Button>
        )}
        {live && !cancelling && (
          <Button className='fb-button sp-danger season__cancel' onClick={() => setCancelling(true)}>
            {t('spaces.hr.cancel')}
          </Button>
        )}
      </View>
      {cancelling && (
        <View className='sp-group season__cancel-form'>
          <Text className='sp-alert__text'>{t('spaces.hr.cancelWarn')}</Text>
          <TextAreaField name='cancelReason' label={t('spaces.hr.cancelReason')} value={reason} maxlength={200} error={reasonProblem} onChange={setReason} />
          <View className='sp-actions'>
            <Button className='fb-button sp-danger season__cancel-yes' disabled={act.busy} onClick={cancel}>
              {t('spaces.hr.cancelYes')}
            </Button>
            <Button className='fb-button fb-button--secondary' onClick={() => setCancelling(false)}>
              {t('spaces.form.back')}
            </Button>
          </View>
        </View>
      )}
      <Alert message={act.error} />
    </Card>
  )
}

function Seasons(): JSX.Element {
  const { t } = useT()
  const given = param(useRouter().params.factoryId)
  const { state, reload } = useLoad(async () => {
    const factoryId = await resolveFactoryId(given, 'hr')
    return { factoryId, spaces: factoryId ? (await callAction('spaces.list', { factoryId })).spaces : [] }
  }, [given])
  return (
    <View className='sp-screen seasons'>
      <Loadable state={state} onRetry={() => void reload()}>
        {({ factoryId, spaces }) => (
          <>
            {factoryId && (
              <Button className='fb-button seasons__new' onClick={() => go(hrPage('season-edit'), { factoryId })}>
                {t('spaces.hr.new')}
              </Button>
            )}
            {spaces.length === 0 && <Empty text={t('spaces.hr.none')} />}
            {spaces.map((s) => (
              <SeasonCard key={s.id} space={s} onChanged={() => void reload(true)} />
            ))}
          </>
        )}
      </Loadable>
    </View>
  )
}

export default function SeasonsPage(): JSX.Element {
  return (
    <PageShell titleKey='spaces.title.hr.seasons' className='seasons-page'>
      <Seasons />
    </PageShell>
  )
}
