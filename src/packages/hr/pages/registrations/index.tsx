// HR: a space's registrations in arrival order; approve or reject (with a reason) pending ones.
import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import PageShell from '@/components/page-shell'
import { REGISTRATION_STATUSES, type HrRegistration, type RegistrationStatus } from '@/common/spaces/schemas'
import { useT, type Key } from '../../../spaces/shared/i18n'
import { callAction } from '@/services/cloud'
import { ChoiceField, TextAreaField } from '../../../spaces/shared/form'
import { STATUS_TONE, statusKey } from '../../../spaces/shared/format'
import { param } from '../../../spaces/shared/nav'
import { Alert, Card, Empty, Loadable, Row, useAction } from '../../../spaces/shared/ui'
import { useLoad } from '../../../spaces/shared/use-load'

function RegistrationCard({ reg, onChanged }: { reg: HrRegistration; onChanged: () => void }): JSX.Element {
  const { t } = useT()
  const act = useAction()
  const [rejecting, setRejecting] = useState(false)
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const decide = async (decision: 'approve' | 'reject'): Promise<void> => {
    if (decision === 'reject' && !reason.trim()) {
      setProblem(t('spaces.hr.rejectReasonMissing'))
      return
    }
    setProblem(null)
    const payload = decision === 'approve' ? { registrationId: reg.id, decision } : { registrationId: reg.id, decision, reason: reason.trim() }
    if (await act.run(() => callAction('registrations.decide', payload))) onChanged()
  }
  return (
    <Card className={`hr-reg hr-reg--${reg.status}`}>
      <Text className='sp-title hr-reg__child'>{reg.childGivenName}</Text>
      <Text className={`sp-badge sp-badge--${STATUS_TONE[reg.status]} hr-reg__status`}>{t(statusKey(reg.status))}</Text>
      {reg.moderation === 'review' && <Text className='sp-badge sp-badge--wait hr-reg__moderation'>{t('spaces.hr.moderationReview')}</Text>}
      <Row label={t('spaces.hr.age')} value={t('spaces.hr.ageValue', { age: reg.childAgeAtStart })} />
      <Row label={t('spaces.hr.guardian')} value={t('spaces.person', { name: reg.guardianName, relation: t(`spaces.relation.${reg.guardianRelation}` as Key) })} />
      <Row label={t('spaces.hr.order')} value={String(reg.seq)} />
      {reg.waitlistPosition !== undefined && <Row label={t('spaces.hr.waitPos')} value={String(reg.waitlistPosition)} />}
      {reg.decisionReason && <Row label={t('spaces.reg.reason')} value={reg.decisionReason} />}
      {reg.status === 'pending' && (
        <>
          <View className='sp-actions'>
            <Button className='fb-button hr-reg__approve' disabled={act.busy} onClick={() => void decide('approve')}>
              {t('spaces.hr.approve')}
            </Button>
            {!rejecting && (
              <Button className='fb-button sp-danger hr-reg__reject' onClick={() => setRejecting(true)}>
                {t('spaces.hr.reject')}
              </Button>
            )}
          </View>
          {rejecting && (
            <View className='sp-group'>
              <TextAreaField name='rejectReason' label={t('spaces.hr.rejectReason')} value={reason} maxlength={200} error={problem} onChange={setReason} />
              <Button className='fb-button sp-danger hr-reg__reject-yes' disabled={act.busy} onClick={() => void decide('reject')}>
                {t('spaces.hr.rejectYes')}
              </Button>
            </View>
          )}
        </>
      )}
      <Alert message={act.error} />
    </Card>
  )
}

type Filter = RegistrationStatus | 'all'
const FILTERS: Filter[] = ['all', 'pending', 'confirmed', 'waitlisted', 'offered']

function Registrations(): JSX.Element {
  const { t } = useT()
  const spaceId = param(useRouter().params.spaceId) ?? ''
  const [filter, setFilter] = useState<Filter>('all')
  const { state, reload } = useLoad(
    async () => (await callAction('registrations.list', filter === 'all' ? { spaceId } : { spaceId, status: filter })).registrations,
    [spaceId, filter]
  )
  return (
    <View className='sp-screen hr-regs'>
      <ChoiceField name='filter' label={t('spaces.hr.filter')} value={filter} onChange={setFilter}
        options={FILTERS.filter((f) => f === 'all' || REGISTRATION_STATUSES.includes(f)).map((f) => ({ value: f, label: t(f === 'all' ? 'spaces.hr.all' : statusKey(f)) }))} />
      <Loadable state={state} onRetry={() => void reload()}>
        {(regs) => (
          <>
            {regs.length === 0 && <Empty text={t('spaces.hr.noRegs')} />}
            {regs.map((r) => (
              <RegistrationCard key={r.id} reg={r} onChanged={() => void reload(true)} />
            ))}
          </>
        )}
      </Loadable>
    </View>
  )
}

export default function HrRegistrationsPage(): JSX.Element {
  return (
    <PageShell titleKey='spaces.title.hr.registrations' className='hr-regs-page'>
      <Registrations />
    </PageShell>
  )
}
