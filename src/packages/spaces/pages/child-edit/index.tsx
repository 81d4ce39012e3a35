// Add or edit a child (guardian). Only what the space needs; no ID numbers, no photos.
// Validation messages appear under each field on the first tap of "save", before anything is sent.
import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useRef, useState } from 'react'
import PageShell from '@/components/page-shell'
import { RELATIONS } from '@/common/spaces/schemas'
import { useT, type Key } from '../../shared/i18n'
import { spacesPage } from '@/navigation/routes'
import { callAction } from '@/services/cloud'
import { ensureConsent } from '../../shared/consent-gate'
import { ChoiceField, PickerField, TextAreaField, TextField, useForm, useProblemText } from '../../shared/form'
import { back, param } from '../../shared/nav'
import { newRequestId } from '../../shared/request-id'
import { Alert, Card, Loadable, useAction } from '../../shared/ui'
import { useLoad } from '../../shared/use-load'
import dayjs from 'dayjs'
import { checkChild, draftOf, emptyPerson, fieldsOf, MAX_PICKUPS, newDraft, type ChildDraft, type PersonDraft } from './draft'

function PersonFields({
  prefix,
  person,
  onChange,
  withPin,
  problemText
}: {
  prefix: string
  person: PersonDraft
  onChange: (next: PersonDraft) => void
  withPin: boolean
  problemText: (path: string) => string | null
}): JSX.Element {
  const { t } = useT()
  const name = prefix.replace('.', '-')
  return (
    <>
      <TextField name={`${name}-name`} label={t('spaces.child.personName')} value={person.name} maxlength={20}
        error={problemText(`${prefix}.name`)} onChange={(v) => onChange({ ...person, name: v })} />
      <TextField name={`${name}-relation`} label={t('spaces.child.personRelation')} placeholder={t('spaces.child.personRelationHint')}
        value={person.relation} maxlength={20} error={problemText(`${prefix}.relation`)} onChange={(v) => onChange({ ...person, relation: v })} />
      <TextField name={`${name}-phone`} label={t('spaces.child.phone')} type='number' value={person.phone} maxlength={20}
        error={problemText(`${prefix}.phone`)} onChange={(v) => onChange({ ...person, phone: v })} />
      {withPin && (
        <TextField name={`${name}-pin`} label={t('spaces.child.pin')} hint={t(person.id ? 'spaces.child.pinKeep' : 'spaces.child.pinHint')}
          type='number' password value={person.pin} maxlength={6} error={problemText(`${prefix}.pin`)}
          onChange={(v) => onChange({ ...person, pin: v })} />
      )}
    </>
  )
}

function ChildForm({ childId, initial }: { childId?: string; initial: ChildDraft }): JSX.Element {
  const { t } = useT()
  const form = useForm<ChildDraft, string>(initial, checkChild)
  const { values, set, problems } = form
  const toText = useProblemText()
  const problemText = (path: string): string | null => toText(problems[path])
  const save = useAction()
  const requestId = useRef(newRequestId())
  const [showCheck, setShowCheck] = useState(false)

  const setPerson = (list: 'contacts' | 'pickups', index: number, next: PersonDraft): void =>
    set(list, values[list].map((p, i) => (i === index ? next : p)))

  const onSave = async (): Promise<void> => {
    const ok = form.check()
    setShowCheck(!ok)
    if (!ok) return
    const saved = await save.run(() =>
      childId
        ? callAction('children.update', { childId, ...fieldsOf(values) })
        : callAction('children.create', { ...fieldsOf(values), requestId: requestId.current })
    )
    if (saved) back()
  }

  const relationOptions = RELATIONS.map((r) => ({ value: r, label: t(`spaces.relation.${r}` as Key) }))
  return (
    <View className='sp-form child-form'>
      <Card>
        <TextField name='givenName' label={t('spaces.child.givenName')} hint={t('spaces.child.givenNameHint')} value={values.givenName}
          maxlength={20} error={problemText('givenName')} onChange={(v) => set('givenName', v)} />
        <PickerField name='birthDate' mode='date' label={t('spaces.child.birthDate')} value={values.birthDate}
          initial={dayjs().subtract(8, 'year').format('YYYY-MM-DD')} start={dayjs().subtract(18, 'year').format('YYYY-MM-DD')}
          end={dayjs().format('YYYY-MM-DD')} error={problemText('birthDate')} onChange={(v) => set('birthDate', v)} />
        <ChoiceField name='relation' label={t('spaces.child.relation')} value={values.relation} options={relationOptions}
          error={problemText('relation')} onChange={(v) => set('relation', v)} />
      </Card>
      <Card>
        <Text className='sp-subtitle'>{t('spaces.child.health')}</Text>
        <TextAreaField name='allergies' label={t('spaces.child.allergies')} placeholder={t('spaces.child.noneHint')} value={values.allergies}
          maxlength={200} error={problemText('allergies')} onChange={(v) => set('allergies', v)} />
        <TextAreaField name='medicalNotes' label={t('spaces.child.medicalNotes')} placeholder={t('spaces.child.noneHint')}
          value={values.medicalNotes} maxlength={500} error={problemText('medicalNotes')} onChange={(v) => set('medicalNotes', v)} />
      </Card>
      <Card>
        <Text className='sp-subtitle'>{t('spaces.child.contacts')}</Text>
        <Text className='sp-hint'>{t('spaces.child.contactsHint')}</Text>
        {values.contacts.map((c, i) => (
          <View key={i} className={`sp-group child-form__contact-${i}`}>
            <Text className='sp-field__label'>{t('spaces.child.contactN', { n: i + 1 })}</Text>
            <PersonFields prefix={`contacts.${i}`} person={c} withPin={false} problemText={problemText}
              onChange={(next) => setPerson('contacts', i, next)} />
          </View>
        ))}
      </Card>
      <Card>
        <Text className='sp-subtitle'>{t('spaces.child.pickups')}</Text>
        <Text className='sp-hint'>{t('spaces.child.pickupsHint')}</Text>
        {values.pickups.map((p, i) => (
          <View key={p.id ?? `new-${i}`} className={`sp-group child-form__pickup-${i}`}>
            <Text className='sp-field__label'>{t('spaces.child.pickupN', { n: i + 1 })}</Text>
            <PersonFields prefix={`pickups.${i}`} person={p} withPin problemText={problemText}
              onChange={(next) => setPerson('pickups', i, next)} />
            {values.pickups.length > 1 && (
              <Button className='fb-button sp-danger child-form__remove-pickup'
                onClick={() => set('pickups', values.pickups.filter((_, j) => j !== i))}>
                {t('spaces.child.removePickup')}
              </Button>
            )}
          </View>
        ))}
        {values.pickups.length < MAX_PICKUPS && (
          <Button className='fb-button fb-button--secondary child-form__add-pickup' onClick={() => set('pickups', [...values.pickups, emptyPerson()])}>
            {t('spaces.child.addPickup')}
          </Button>
        )}
      </Card>
      {showCheck && Object.keys(problems).length > 0 && <Alert className='child-form__check' message={t('spaces.form.checkFields')} />}
      <Alert className='child-form__error' message={save.error} />
      <Button className='fb-button child-form__save' disabled={save.busy} onClick={() => void onSave()}>
        {t(save.busy ? 'spaces.form.saving' : 'spaces.form.save')}
      </Button>
    </View>
  )
}

function ChildEdit(): JSX.Element {
  const childId = param(useRouter().params.childId)
  const { state, reload } = useLoad(async () => {
    // Consent first (PIPL): the form is not even shown without it.
    const next = spacesPage('child-edit') + (childId ? `?childId=${childId}` : '')
    if (!(await ensureConsent(next))) return null
    return childId ? draftOf(await callAction('children.get', { childId })) : newDraft()
  }, [], { reloadOnShow: false })
  return (
    <Loadable state={state} onRetry={() => void reload()}>
      {(draft) => (draft ? <ChildForm childId={childId} initial={draft} /> : <View />)}
    </Loadable>
  )
}

export default function ChildEditPage(): JSX.Element {
  return (
    <PageShell titleKey='spaces.title.childEdit' className='child-edit'>
      <View className='sp-screen'>
        <ChildEdit />
      </View>
    </PageShell>
  )
}
