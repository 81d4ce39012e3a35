// HR and the staff of a space: attendance of one space on one day (today unless another day is
// picked): each child who came, when, when they were handed over and to whom, and every refused
// pickup with the name the person gave; then the confirmed children who did not come that day.
// Staff see only the spaces they are assigned to.
import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import PageShell from '@/components/page-shell'
import { addDays, chinaDate } from '@/common/spaces/dates'
import { DateStringSchema, type Space } from '@/common/spaces/schemas'
import { useT } from '../../../spaces/shared/i18n'
import { callAction } from '@/services/cloud'
import { AttendanceDetails } from '../../../spaces/shared/attendance'
import { ChoiceField, PickerField } from '../../../spaces/shared/form'
import { param } from '../../../spaces/shared/nav'
import { Card, Empty, Loadable } from '../../../spaces/shared/ui'
import { useLoad } from '../../../spaces/shared/use-load'

/** The spaces whose attendance the caller may read: all (but drafts) for HR, assigned ones for staff. */
async function visibleSpaces(givenFactoryId: string | undefined): Promise<Space[]> {
  const me = await callAction('me.get', {})
  const membership = me.memberships.find((m) =>
    givenFactoryId ? m.factoryId === givenFactoryId : m.roles.includes('hr') || m.roles.includes('staff')
  )
  if (!membership) return []
  const isHr = membership.roles.includes('hr')
  const { spaces } = await callAction('spaces.list', { factoryId: membership.factoryId })
  return spaces.filter((s) => s.status !== 'draft' && (isHr || s.staffOpenids.includes(me.openid)))
}

function DayRecords({ spaceId, date }: { spaceId: string; date: string }): JSX.Element {
  const { t } = useT()
  const { state, reload } = useLoad(() => callAction('attendance.day', { spaceId, date }), [spaceId, date])
  return (
    <Loadable state={state} onRetry={() => void reload()}>
      {({ records, absent = [] }) => {
        // In the order the children arrived; then the confirmed children who did not come.
        const sorted = [...records].sort((a, b) => (a.checkInAt ?? '').localeCompare(b.checkInAt ?? ''))
        return (
          <>
            <Text className='sp-hint attendance-day__count'>{t('spaces.attendance.count', { date, n: records.length })}</Text>
            {records.length === 0 && <Empty text={t('spaces.attendance.none')} />}
            {sorted.map((r) => (
              <Card key={r.id} className='attendance-day__child'>
                <Text className='sp-title attendance-day__name'>{r.childGivenName}</Text>
                <AttendanceDetails record={r} />
              </Card>
            ))}
            {absent.length > 0 && (
              <Text className='sp-subtitle attendance-day__absent-count'>{t('spaces.attendance.absentCount', { n: absent.length })}</Text>
            )}
            {absent.map((a) => (
              <Card key={a.childId} className='attendance-day__absent'>
                <Text className='sp-title attendance-day__name'>{a.givenName}</Text>
                <Text className='sp-badge sp-badge--bad attendance-day__absent-label'>{t('spaces.attendance.absent')}</Text>
              </Card>
            ))}
          </>
        )
      }}
    </Loadable>
  )
}

function AttendanceByDay(): JSX.Element {
  const { t } = useT()
  const params = useRouter().params
  const givenFactory = param(params.factoryId)
  const givenDate = param(params.date)
  const today = chinaDate(new Date())
  const [spaceId, setSpaceId] = useState(param(params.spaceId) ?? '')
  const [date, setDate] = useState(givenDate && DateStringSchema.safeParse(givenDate).success ? givenDate : today)
  const { state, reload } = useLoad(() => visibleSpaces(givenFactory), [givenFactory], { reloadOnShow: false })
  return (
    <View className='sp-screen attendance-day'>
      <Loadable state={state} onRetry={() => void reload()}>
        {(spaces) => {
          if (spaces.length === 0) return <Empty text={t('spaces.attendance.noSpaces')} />
          const space = spaces.find((s) => s.id === spaceId) ?? spaces[0]
          return (
            <>
              <Card className='attendance-day__pick'>
                {spaces.length > 1 ? (
                  <ChoiceField name='space' label={t('spaces.attendance.space')} value={space.id}
                    options={spaces.map((s) => ({ value: s.id, label: s.name }))} onChange={setSpaceId} />
                ) : (
                  <Text className='sp-title attendance-day__space'>{space.name}</Text>
                )}
                <PickerField name='date' mode='date' label={t('spaces.attendance.date')} value={date} onChange={setDate} />
                <View className='sp-actions'>
                  <Button className='fb-button fb-button--secondary attendance-day__prev' onClick={() => setDate(addDays(date, -1))}>
                    {t('spaces.attendance.prevDay')}
                  </Button>
                  {date !== today && (
                    <Button className='fb-button fb-button--secondary attendance-day__today' onClick={() => setDate(today)}>
                      {t('spaces.attendance.today')}
                    </Button>
                  )}
                  <Button className='fb-button fb-button--secondary attendance-day__next' onClick={() => setDate(addDays(date, 1))}>
                    {t('spaces.attendance.nextDay')}
                  </Button>
                </View>
              </Card>
              <DayRecords spaceId={space.id} date={date} />
            </>
          )
        }}
      </Loadable>
    </View>
  )
}

export default function AttendanceByDayPage(): JSX.Element {
  return (
    <PageShell titleKey='spaces.title.hr.attendance' className='attendance-day-page'>
      <AttendanceByDay />
    </PageShell>
  )
}
