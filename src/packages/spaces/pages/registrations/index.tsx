// The guardian's registrations: status in plain words, and what they can do next
// (accept or decline an offered place before it runs out, cancel).
import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import PageShell from '@/components/page-shell'
import { ACTIVE_REGISTRATION_STATUSES, type Registration } from '@/common/spaces/schemas'
import { useT } from '../../shared/i18n'
import { callAction } from '@/services/cloud'
import { dateTime, STATUS_TONE, statusKey } from '../../shared/format'
import { Alert, Card, Empty, Loadable, Row, useAction } from '../../shared/ui'
import { useLoad } from '../../shared/use-load'

function RegistrationCard({ reg, onChanged }: { reg: Registration; onChanged: () => void }): JSX.Element {
  const { t } = useT()
  const act = useAction()
  const [confirmCancel, setConfirmCancel] = useState(false)
  const run = async (work: () => Promise<unknown>): Promise<void> => {
    if ((await act.run(work)) !== undefined) {
      setConfirmCancel(false)
      onChanged()
    }
  }
  const active = ACTIVE_REGISTRATION_STATUSES.includes(reg.status)
  return (
    <Card className={`registration registration--${reg.status}`}>
      <Text className='sp-title registration__space'>{reg.spaceName}</Text>
      <Row label={t('spaces.reg.child')} value={reg.childGivenName} />
      <Text className={`sp-badge sp-badge--${STATUS_TONE[reg.status]} registration__status registration__status--${reg.status}`}>{t(statusKey(reg.status))}</Text>
      <Text className='registration__explain'>
        {t(`spaces.statusExplain.${reg.status}`, { n: reg.waitlistPosition ?? '?', until: reg.offerExpiresAt ? dateTime(reg.offerExpiresAt) : '' })}
      </Text>
      {reg.decisionReason && <Row className='registration__reason' label={t('spaces.reg.reason')} value={reg.decisionReason} />}
      {reg.status === 'offered' && (
        <View className='sp-actions'>
          <Button className='fb-button registration__accept' disabled={act.busy}
            onClick={() => void run(() => callAction('registrations.acceptOffer', { registrationId: reg.id }))}>
            {t('spaces.reg.accept')}
          </Button>
          <Button className='fb-button fb-button--secondary registration__decline' disabled={act.busy}
            onClick={() => void run(() => callAction('registrations.declineOffer', { registrationId: reg.id }))}>
            {t('spaces.reg.decline')}
          </Button>
        </View>
      )}
      {active && !confirmCancel && (
        <Button className='fb-button fb-button--secondary registration__cancel' onClick={() => setConfirmCancel(true)}>
          {t('spaces.reg.cancel')}
        </Button>
      )}
      {confirmCancel && (
        <View className='sp-group registration__confirm'>
          <Text className='sp-alert__text'>{t('spaces.reg.cancelWarn')}</Text>
          <View className='sp-actions'>
            <Button className='fb-button sp-danger registration__cancel-yes' disabled={act.busy}
              onClick={() => void run(() => callAction('registrations.cancel', { registrationId: reg.id }))}>
              {t('spaces.reg.cancelYes')}
            </Button>
            <Button className='fb-button fb-button--secondary' onClick={() => setConfirmCancel(false)}>
              {t('spaces.form.back')}
            </Button>
          </View>
        </View>
      )}
      <Alert className='registration__error' message={act.error} />
    </Card>
  )
}

function Registrations(): JSX.Element {
  const { t } = useT()
  const { state, reload } = useLoad(async () => (await callAction('registrations.mine', {})).registrations)
  return (
    <View className='sp-screen registrations'>
      <Loadable state={state} onRetry={() => void reload()}>
        {(regs) => (
          <>
            {regs.length === 0 && <Empty text={t('spaces.reg.none')} />}
            {regs.map((r) => (
              <RegistrationCard key={r.id} reg={r} onChanged={() => void reload(true)} />
            ))}
          </>
        )}
      </Loadable>
    </View>
  )
}

export default function RegistrationsPage(): JSX.Element {
  return (
    <PageShell titleKey='spaces.title.registrations' className='registrations-page'>
      <Registrations />
    </PageShell>
  )
}
