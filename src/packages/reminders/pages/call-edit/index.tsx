// Plan a call with a child (or change a planned one): who, which day, what time, every week or
// once, and what to ask. Saving asks WeChat for ONE reminder message, straight from the tap.
import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import PageShell from '@/components/page-shell'
import type { Call, CallFields } from '@/common/reminders/schemas'
import { remindersPage } from '@/navigation/routes'
import { callAction } from '@/services/cloud'
import { askSubscribe, prepareSubscribe, subscribeSupported, subscriptionState, type AskSummary } from '@/services/subscribe'
import { ChoiceField, PickerField, TextAreaField, TextField } from '../../../spaces/shared/form'
import { back, go, param } from '../../../spaces/shared/nav'
import { Alert, Card, Done, Empty, Loadable, useAction } from '../../../spaces/shared/ui'
import { useLoad } from '../../../spaces/shared/use-load'
import { newRequestId } from '../../../spaces/shared/request-id'
import { useRT, type Key } from '../../shared/i18n'
import { callWhen } from '../../shared/format'
import { useForm, type Problems } from '../../shared/use-form'
import { chinaDate, chinaInstant, suggestedSlot } from '../../shared/when'
import '../../shared/reminders.scss'

type Repeat = 'once' | 'weekly'
interface Draft {
  withWhom: string
  date: string
  time: string
  repeat: Repeat
  note: string
}
type Field = 'withWhom' | 'date' | 'time'

const QUICK_NAMES: Key[] = ['reminders.callForm.quick.child', 'reminders.callForm.quick.son', 'reminders.callForm.quick.daughter']

const SUMMARY_TEXT: Record<AskSummary, Key> = {
  accepted: 'reminders.subscribe.accepted',
  declined: 'reminders.subscribe.declined',
  unavailable: 'reminders.subscribe.unavailable'
}

function validate(d: Draft): Problems<Field> {
  const p: Problems<Field> = {}
  if (!d.withWhom.trim()) p.withWhom = 'reminders.callForm.err.child'
  if (!d.date) p.date = 'reminders.callForm.err.date'
  if (!d.time) p.time = 'reminders.callForm.err.time'
  else if (d.date && Date.parse(chinaInstant(d.date, d.time)) <= Date.now()) p.time = 'reminders.callForm.err.past'
  return p
}

function draftOf(call: Call | null): Draft {
  if (!call) return { withWhom: '', date: '', time: '', repeat: 'once', note: '' }
  return { withWhom: call.withWhom, date: call.date, time: call.time, repeat: call.repeatWeekly ? 'weekly' : 'once', note: call.note }
}

function fieldsOf(d: Draft): CallFields {
  return { withWhom: d.withWhom.trim(), date: d.date, time: d.time, repeatWeekly: d.repeat === 'weekly', note: d.note.trim() }
}

function Saved({ call, summary: first }: { call: Call; summary: AskSummary | null }): JSX.Element {
  const { t } = useRT()
  const [summary, setSummary] = useState(first)
  // WeChat's message switch is off: we did not ask on our own; a button lets the user ask.
  const offerButton = subscribeSupported && !summary && !!subscriptionState()?.mainSwitchOff
  return (
    <View className='sp-screen call-saved'>
      <Done className='call-saved__done' message={t('reminders.callForm.saved')} />
      <Card className='call call--saved'>
        <Text className='sp-title call__when'>{callWhen(t, call)}</Text>
        <Text className='call__with'>{t('reminders.calls.with', { name: call.withWhom })}</Text>
        {call.note && <Text className='call__note'>{t('reminders.calls.note', { note: call.note })}</Text>}
      </Card>
      {summary && <Text className='sp-hint call-saved__subscribe'>{t(SUMMARY_TEXT[summary])}</Text>}
      {offerButton && (
        <Button
          className='fb-button fb-button--secondary call-saved__ask'
          onClick={() => void askSubscribe(['call_reminder'], { explicit: true }).then(setSummary)}
        >
          {t('reminders.subscribe.ask')}
        </Button>
      )}
      <Button className='fb-button call-saved__back' onClick={() => go(remindersPage('calls'))}>
        {t('reminders.callForm.back')}
      </Button>
    </View>
  )
}

function CallForm({ call }: { call: Call | null }): JSX.Element {
  const { t } = useRT()
  const act = useAction()
  const requestId = useRef(newRequestId())
  const { values, set, problems, check } = useForm<Draft, Field>(draftOf(call), validate)
  const [saved, setSaved] = useState<{ call: Call; summary: AskSummary | null } | null>(null)
  const problem = (f: Field): string | null => {
    const key = problems[f]
    return key ? t(key) : null
  }
  const slot = useRef(suggestedSlot()).current
  useEffect(() => void prepareSubscribe(), [])

  const save = async (): Promise<void> => {
    if (!check()) return
    // WeChat's popup only opens from a tap: ask before anything is awaited.
    const asking = askSubscribe(['call_reminder'])
    const fields = fieldsOf(values)
    const res = await act.run(() =>
      call ? callAction('calls.update', { id: call.id, ...fields }) : callAction('calls.create', { ...fields, requestId: requestId.current })
    )
    const summary = await asking
    if (res) setSaved({ call: res.call, summary: summary === 'unavailable' ? null : summary })
  }

  if (saved) return <Saved call={saved.call} summary={saved.summary} />
  return (
    <View className='sp-form call-form'>
      <TextField name='withWhom' label={t('reminders.callForm.child')} maxlength={10} value={values.withWhom} error={problem('withWhom')} onChange={(v) => set('withWhom', v)} />
      <View className='sp-choices call-form__quick'>
        {QUICK_NAMES.map((key) => (
          <Button key={key} className='fb-button fb-button--secondary call-form__quick-name' onClick={() => set('withWhom', t(key))}>
            {t(key)}
          </Button>
        ))}
      </View>
      <PickerField mode='date' name='date' label={t('reminders.callForm.date')} value={values.date} start={chinaDate()} initial={slot.date} error={problem('date')} onChange={(v) => set('date', v)} />
      <PickerField mode='time' name='time' label={t('reminders.callForm.time')} value={values.time} initial={slot.time} error={problem('time')} onChange={(v) => set('time', v)} />
      <ChoiceField<Repeat>
        name='repeat'
        label={t('reminders.callForm.repeat')}
        value={values.repeat}
        options={[
          { value: 'once', label: t('reminders.callForm.once') },
          { value: 'weekly', label: t('reminders.callForm.weekly') }
        ]}
        onChange={(v) => set('repeat', v)}
      />
      <TextAreaField name='note' label={t('reminders.callForm.note')} placeholder={t('reminders.callForm.noteHint')} maxlength={100} value={values.note} onChange={(v) => set('note', v)} />
      <Alert message={act.error} />
      <View className='sp-actions'>
        <Button className='fb-button call-form__save' disabled={act.busy} onClick={() => void save()}>
          {t(act.busy ? 'reminders.callForm.saving' : 'reminders.callForm.save')}
        </Button>
        <Button className='fb-button fb-button--secondary call-form__cancel' onClick={back}>
          {t('reminders.callForm.cancel')}
        </Button>
      </View>
    </View>
  )
}

function CallEdit(): JSX.Element {
  const { t } = useRT()
  const id = param(useRouter().params.id)
  const { state, reload } = useLoad(
    async () => (id ? ((await callAction('calls.list', {})).upcoming.find((c) => c.id === id) ?? 'gone') : null),
    [id],
    { reloadOnShow: false }
  )
  return (
    <View className='sp-screen call-edit'>
      <Loadable state={state} onRetry={() => void reload()}>
        {(call) => (call === 'gone' ? <Empty text={t('reminders.calls.none')} /> : <CallForm call={call} />)}
      </Loadable>
    </View>
  )
}

export default function CallEditPage(): JSX.Element {
  return (
    <PageShell titleKey='reminders.title.callEdit' className='call-edit-page'>
      <CallEdit />
    </PageShell>
  )
}
