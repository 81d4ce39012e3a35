// HR: write a notice, pick who gets it within the own factory (all workers, or the families of a
// space by registration status), see how many people that is, then send now or at a set time.
import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import PageShell from '@/components/page-shell'
import {
  NOTICE_SPACE_STATUSES,
  type NoticeAudience,
  type NoticeFields
} from '@/common/reminders/schemas'
import type { Space } from '@/common/spaces/schemas'
import { hrPage, pageUrl } from '@/navigation/routes'
import { callAction } from '@/services/cloud'
import { ChoiceField, PickerField, TextAreaField, TextField } from '../../../spaces/shared/form'
import { resolveFactoryId } from '../../../spaces/shared/format'
import { param } from '../../../spaces/shared/nav'
import { Alert, Card, Loadable, useAction } from '../../../spaces/shared/ui'
import { useLoad } from '../../../spaces/shared/use-load'
import { newRequestId } from '../../../spaces/shared/request-id'
import { useRT, type Key } from '../../../reminders/shared/i18n'
import { useForm, type Problems } from '../../../reminders/shared/use-form'
import { chinaDate, chinaInstant } from '../../../reminders/shared/when'
import '../../../reminders/shared/reminders.scss'

type Status = (typeof NOTICE_SPACE_STATUSES)[number]
type AudienceType = NoticeAudience['type']
type When = 'now' | 'later'

interface Draft {
  title: string
  body: string
  audienceType: AudienceType
  audienceSpaceId: string
  statuses: Status[]
  linkSpaceId: string
  when: When
  sendDate: string
  sendTime: string
}

type Field = 'title' | 'body' | 'audienceSpaceId' | 'statuses' | 'sendAt'

const EMPTY: Draft = {
  title: '',
  body: '',
  audienceType: 'factory_workers',
  audienceSpaceId: '',
  statuses: ['confirmed'],
  linkSpaceId: '',
  when: 'now',
  sendDate: '',
  sendTime: ''
}

/** The audience as the contract wants it, or null while incomplete. */
function audienceOf(d: Draft): NoticeAudience | null {
  if (d.audienceType === 'factory_workers') return { type: 'factory_workers' }
  if (!d.audienceSpaceId || d.statuses.length === 0) return null
  return { type: 'space_families', spaceId: d.audienceSpaceId, statuses: d.statuses }
}

function validate(d: Draft): Problems<Field> {
  const p: Problems<Field> = {}
  if (!d.title.trim()) p.title = 'reminders.hr.err.title'
  if (!d.body.trim()) p.body = 'reminders.hr.err.body'
  if (d.audienceType === 'space_families' && !d.audienceSpaceId) p.audienceSpaceId = 'reminders.hr.pickSpace'
  if (d.audienceType === 'space_families' && d.statuses.length === 0) p.statuses = 'reminders.hr.pickStatus'
  if (d.when === 'later') {
    if (!d.sendDate || !d.sendTime) p.sendAt = 'reminders.hr.err.when'
    else if (Date.parse(chinaInstant(d.sendDate, d.sendTime)) <= Date.now()) p.sendAt = 'reminders.hr.err.past'
  }
  return p
}

function useRecipientCount(factoryId: string, audience: NoticeAudience | null): number | null | 'counting' {
  const [count, setCount] = useState<number | null | 'counting'>(null)
  const key = JSON.stringify(audience)
  useEffect(() => {
    if (!audience) {
      setCount(null)
      return undefined
    }
    let live = true
    setCount('counting')
    callAction('notices.preview', { factoryId, audience })
      .then((res) => live && setCount(res.recipients))
      .catch(() => live && setCount(null))
    return () => {
      live = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [factoryId, key])
  return count
}

function Compose({ factoryId, spaces }: { factoryId: string; spaces: Space[] }): JSX.Element {
  const { t } = useRT()
  const act = useAction()
  const requestId = useRef(newRequestId())
  const { values, set, setValues, problems, check } = useForm<Draft, Field>(EMPTY, validate)
  const audience = audienceOf(values)
  const count = useRecipientCount(factoryId, audience)
  const problem = (f: Field): string | null => {
    const key = problems[f]
    return key ? t(key) : null
  }
  const spaceOptions = spaces.map((s) => ({ value: s.id, label: s.name }))

  const toggleStatus = useCallback(
    (status: Status) =>
      setValues((prev) => ({
        ...prev,
        statuses: prev.statuses.includes(status) ? prev.statuses.filter((s) => s !== status) : [...prev.statuses, status]
      })),
    [setValues]
  )

  const pickAudienceSpace = (spaceId: string): void =>
    // The notice is usually about that space: link it too unless HR picked another link.
    setValues((prev) => ({ ...prev, audienceSpaceId: spaceId, linkSpaceId: prev.linkSpaceId || spaceId }))

  const send = async (): Promise<void> => {
    if (!check() || !audience) return
    const fields: NoticeFields = {
      title: values.title.trim(),
      body: values.body.trim(),
      audience,
      ...(values.linkSpaceId ? { spaceId: values.linkSpaceId } : {})
    }
    const sendAt = values.when === 'later' ? { sendAt: chinaInstant(values.sendDate, values.sendTime) } : {}
    const res = await act.run(() => callAction('notices.create', { ...fields, ...sendAt, factoryId, requestId: requestId.current }))
    if (res) {
      Promise.resolve(Taro.redirectTo({ url: `${pageUrl(hrPage('notice-report'))}?id=${encodeURIComponent(res.notice.id)}&fresh=${values.when === 'later' ? 'scheduled' : 'sent'}` })).catch(() => undefined)
    }
  }

  return (
    <View className='sp-form notice-compose'>
      <TextField name='title' label={t('reminders.hr.title')} placeholder={t('reminders.hr.titleHint')} maxlength={40} value={values.title} error={problem('title')} onChange={(v) => set('title', v)} />
      <TextAreaField name='body' label={t('reminders.hr.body')} placeholder={t('reminders.hr.bodyHint')} maxlength={1000} value={values.body} error={problem('body')} onChange={(v) => set('body', v)} />

      <ChoiceField<AudienceType>
        name='audience'
        label={t('reminders.hr.audience')}
        value={values.audienceType}
        options={[
          { value: 'factory_workers', label: t('reminders.hr.audience.all') },
          { value: 'space_families', label: t('reminders.hr.audience.space') }
        ]}
        onChange={(v) => set('audienceType', v)}
      />
      {values.audienceType === 'space_families' && (
        <>
          <ChoiceField name='audienceSpace' label={t('reminders.hr.whichSpace')} value={values.audienceSpaceId} options={spaceOptions} error={problem('audienceSpaceId')} onChange={pickAudienceSpace} />
          <View className={`sp-field sp-field--statuses${problems.statuses ? ' sp-field--invalid' : ''}`}>
            <Text className='sp-field__label'>{t('reminders.hr.statuses')}</Text>
            <View className='rm-checks'>
              {NOTICE_SPACE_STATUSES.map((status) => {
                const on = values.statuses.includes(status)
                return (
                  <Button
                    key={status}
                    className={`fb-button notice-compose__status notice-compose__status--${status}${on ? ' notice-compose__status--on' : ' fb-button--secondary'}`}
                    aria-pressed={on}
                    onClick={() => toggleStatus(status)}
                  >
                    {on ? '✓ ' : ''}
                    {t(`reminders.hr.status.${status}` as Key)}
                  </Button>
                )
              })}
            </View>
            {problems.statuses && <Text className='sp-field__error sp-field__error--statuses'>{problem('statuses')}</Text>}
          </View>
        </>
      )}

      <Card className={`notice-compose__count${count === 0 ? ' notice-compose__count--none' : ''}`}>
        <Text className='sp-subtitle notice-compose__recipients' data-count={typeof count === 'number' ? count : ''}>
          {!audience
            ? t(values.audienceSpaceId ? 'reminders.hr.pickStatus' : 'reminders.hr.pickSpace')
            : count === 'counting' || count === null
              ? t('reminders.hr.counting')
              : count === 0
                ? t('reminders.hr.noRecipients')
                : t('reminders.hr.recipients', { n: count })}
        </Text>
      </Card>

      <ChoiceField
        name='linkSpace'
        label={t('reminders.hr.space')}
        value={values.linkSpaceId || 'none'}
        options={[{ value: 'none', label: t('reminders.hr.noSpace') }, ...spaceOptions]}
        onChange={(v) => set('linkSpaceId', v === 'none' ? '' : v)}
      />

      <ChoiceField<When>
        name='when'
        label={t('reminders.hr.when')}
        value={values.when}
        options={[
          { value: 'now', label: t('reminders.hr.now') },
          { value: 'later', label: t('reminders.hr.later') }
        ]}
        onChange={(v) => set('when', v)}
      />
      {values.when === 'later' && (
        <>
          <PickerField mode='date' name='sendDate' label={t('reminders.hr.sendDate')} value={values.sendDate} start={chinaDate()} onChange={(v) => set('sendDate', v)} />
          <PickerField mode='time' name='sendTime' label={t('reminders.hr.sendTime')} value={values.sendTime} error={problem('sendAt')} onChange={(v) => set('sendTime', v)} />
        </>
      )}

      <Alert message={act.error} />
      <Button className='fb-button notice-compose__send' disabled={act.busy || count === 0} onClick={() => void send()}>
        {t(act.busy ? 'reminders.hr.sending' : values.when === 'later' ? 'reminders.hr.schedule' : 'reminders.hr.send')}
      </Button>
    </View>
  )
}

function ComposeScreen(): JSX.Element {
  const { t } = useRT()
  const given = param(useRouter().params.factoryId)
  const { state, reload } = useLoad(
    async () => {
      const factoryId = await resolveFactoryId(given, 'hr')
      if (!factoryId) return null
      const { spaces } = await callAction('spaces.list', { factoryId })
      return { factoryId, spaces: spaces.filter((s) => s.status !== 'cancelled') }
    },
    [given],
    { reloadOnShow: false }
  )
  return (
    <View className='sp-screen'>
      <Loadable state={state} onRetry={() => void reload()}>
        {(data) => (data ? <Compose factoryId={data.factoryId} spaces={data.spaces} /> : <Alert message={t('reminders.hr.noFactory')} />)}
      </Loadable>
    </View>
  )
}

export default function NoticeComposePage(): JSX.Element {
  return (
    <PageShell titleKey='reminders.title.hr.noticeCompose' className='notice-compose-page'>
      <ComposeScreen />
    </PageShell>
  )
}
