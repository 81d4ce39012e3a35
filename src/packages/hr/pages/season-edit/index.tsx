// HR: create or edit a season; for an existing one, also choose which staff run it.
import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useRef, useState } from 'react'
import PageShell from '@/components/page-shell'
import type { FactoryMember, Space } from '@/common/spaces/schemas'
import { useT } from '../../../spaces/shared/i18n'
import { callAction } from '@/services/cloud'
import { ChoiceField, PickerField, TextAreaField, TextField, useForm, useProblemText } from '../../../spaces/shared/form'
import { back, param } from '../../../spaces/shared/nav'
import { newRequestId } from '../../../spaces/shared/request-id'
import { Alert, Card, Loadable, useAction } from '../../../spaces/shared/ui'
import { useLoad } from '../../../spaces/shared/use-load'
import { checkSeason, fieldsOf, newSeason, seasonOf, type SeasonDraft, type SeasonField } from './draft'

function SeasonForm({ factoryId, space }: { factoryId: string; space: Space | null }): JSX.Element {
  const { t } = useT()
  const form = useForm<SeasonDraft, SeasonField>(space ? seasonOf(space) : newSeason(), checkSeason)
  const { values, set, problems } = form
  const toText = useProblemText()
  const err = (f: SeasonField): string | null => toText(problems[f])
  const save = useAction()
  const requestId = useRef(newRequestId())
  const [showCheck, setShowCheck] = useState(false)

  const onSave = async (): Promise<void> => {
    const ok = form.check()
    setShowCheck(!ok)
    if (!ok) return
    const saved = await save.run(() =>
      space
        ? callAction('spaces.update', { spaceId: space.id, ...fieldsOf(values) })
        : callAction('spaces.create', { factoryId, ...fieldsOf(values), requestId: requestId.current })
    )
    if (saved) back()
  }
  const text = (f: 'name' | 'location' | 'capacity' | 'minAge' | 'maxAge', type: 'text' | 'number' = 'text', maxlength = 60) => (
    <TextField name={f} label={t(`spaces.hr.f.${f}`)} type={type} value={values[f]} maxlength={maxlength} error={err(f)} onChange={(v) => set(f, v)} />
  )
  const date = (f: 'startDate' | 'endDate' | 'registrationOpens' | 'registrationCloses') => (
    <PickerField name={f} mode='date' label={t(`spaces.hr.f.${f}`)} value={values[f]} error={err(f)} onChange={(v) => set(f, v)} />
  )
  return (
    <View className='sp-form season-form'>
      <Card>
        {text('name', 'text', 30)}
        {text('location')}
        {date('startDate')}
        {date('endDate')}
        <PickerField name='hoursStart' mode='time' label={t('spaces.hr.f.hoursStart')} value={values.hoursStart} error={err('hoursStart')} onChange={(v) => set('hoursStart', v)} />
        <PickerField name='hoursEnd' mode='time' label={t('spaces.hr.f.hoursEnd')} value={values.hoursEnd} error={err('hoursEnd')} onChange={(v) => set('hoursEnd', v)} />
      </Card>
      <Card>
        {text('capacity', 'number', 3)}
        <Text className='sp-hint'>{t('spaces.hr.f.agesHint')}</Text>
        {text('minAge', 'number', 2)}
        {text('maxAge', 'number', 2)}
        {date('registrationOpens')}
        {date('registrationCloses')}
        <ChoiceField name='requiresApproval' label={t('spaces.hr.f.requiresApproval')} value={values.requiresApproval ? 'yes' : 'no'}
          options={[{ value: 'no', label: t('spaces.hr.f.approvalNo') }, { value: 'yes', label: t('spaces.hr.f.approvalYes') }]}
          onChange={(v) => set('requiresApproval', v === 'yes')} />
        <TextAreaField name='notesForParents' label={t('spaces.hr.f.notesForParents')} value={values.notesForParents} maxlength={500}
          error={err('notesForParents')} onChange={(v) => set('notesForParents', v)} />
      </Card>
      {showCheck && Object.keys(problems).length > 0 && <Alert className='season-form__check' message={t('spaces.form.checkFields')} />}
      <Alert className='season-form__error' message={save.error} />
      <Button className='fb-button season-form__save' disabled={save.busy} onClick={() => void onSave()}>
        {t(save.busy ? 'spaces.form.saving' : 'spaces.form.save')}
      </Button>
    </View>
  )
}

function StaffAssignment({ space, members }: { space: Space; members: FactoryMember[] }): JSX.Element {
  const { t } = useT()
  const [assigned, setAssigned] = useState(space.staffOpenids)
  const act = useAction()
  const staff = members.filter((m) => m.roles.includes('staff'))
  const toggle = async (m: FactoryMember): Promise<void> => {
    const next = await act.run(() => callAction('spaces.assignStaff', { spaceId: space.id, openid: m.openid, assigned: !assigned.includes(m.openid) }))
    if (next) setAssigned(next.staffOpenids)
  }
  return (
    <Card className='season-staff'>
      <Text className='sp-subtitle'>{t('spaces.hr.staffTitle')}</Text>
      {staff.length === 0 && <Text className='sp-hint'>{t('spaces.hr.noStaff')}</Text>}
      {staff.map((m) => {
        const on = assigned.includes(m.openid)
        return (
          <Button key={m.openid} className={`fb-button season-staff__member${on ? '' : ' fb-button--secondary'}`} aria-pressed={on}
            disabled={act.busy} onClick={() => void toggle(m)}>
            {`${on ? '☑' : '☐'} ${m.displayName}`}
          </Button>
        )
      })}
      <Alert message={act.error} />
    </Card>
  )
}

function SeasonEdit(): JSX.Element {
  const { params } = useRouter()
  const spaceId = param(params.spaceId)
  const factoryId = param(params.factoryId) ?? ''
  const { state, reload } = useLoad(async () => {
    if (!spaceId) return { space: null, members: [] as FactoryMember[] }
    const space = await callAction('spaces.get', { spaceId })
    const { members } = await callAction('factory.members', { factoryId: space.factoryId })
    return { space, members }
  }, [spaceId], { reloadOnShow: false })
  return (
    <Loadable state={state} onRetry={() => void reload()}>
      {({ space, members }) => (
        <View className='sp-screen'>
          <SeasonForm factoryId={space?.factoryId ?? factoryId} space={space} />
          {space && <StaffAssignment space={space} members={members} />}
        </View>
      )}
    </Loadable>
  )
}

export default function SeasonEditPage(): JSX.Element {
  return (
    <PageShell titleKey='spaces.title.hr.seasonEdit' className='season-edit-page'>
      <SeasonEdit />
    </PageShell>
  )
}
