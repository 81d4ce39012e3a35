// The guardian's view of one child's days at a space, newest first: when the child came, when
// and to whom they were handed over, and any pickup that was refused.
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import PageShell from '@/components/page-shell'
import { useT } from '../../shared/i18n'
import { callAction } from '@/services/cloud'
import { AttendanceDetails } from '../../shared/attendance'
import { param } from '../../shared/nav'
import { Card, Empty, Loadable, Row } from '../../shared/ui'
import { useLoad } from '../../shared/use-load'

async function loadHistory(childId: string) {
  const [child, { records }, { registrations }] = await Promise.all([
    callAction('children.get', { childId }),
    callAction('attendance.child', { childId }),
    callAction('registrations.mine', {})
  ])
  const spaceNames = new Map(registrations.map((r) => [r.spaceId, r.spaceName]))
  // Newest day first (the server sorts too; keep it stable whatever it sends).
  const days = [...records].sort((a, b) => b.date.localeCompare(a.date) || (b.checkInAt ?? '').localeCompare(a.checkInAt ?? ''))
  return { name: child.givenName, days, spaceNames }
}

function History(): JSX.Element {
  const { t } = useT()
  const childId = param(useRouter().params.childId) ?? ''
  const { state, reload } = useLoad(() => loadHistory(childId), [childId])
  return (
    <Loadable state={state} onRetry={() => void reload()}>
      {({ name, days, spaceNames }) => (
        <View className='sp-screen child-attendance'>
          <Text className='sp-title child-attendance__name'>{name}</Text>
          {days.length === 0 ? (
            <Empty text={t('spaces.attendance.childNone')} />
          ) : (
            <Text className='sp-hint child-attendance__count'>{t('spaces.attendance.childCount', { n: days.length })}</Text>
          )}
          {days.map((d) => (
            <Card key={d.id} className='child-attendance__day'>
              <Text className='sp-subtitle child-attendance__date'>{d.date}</Text>
              {spaceNames.has(d.spaceId) && <Row label={t('spaces.attendance.space')} value={spaceNames.get(d.spaceId)} />}
              <AttendanceDetails record={d} />
            </Card>
          ))}
        </View>
      )}
    </Loadable>
  )
}

export default function ChildAttendancePage(): JSX.Element {
  return (
    <PageShell titleKey='spaces.title.childAttendance' className='child-attendance-page'>
      <History />
    </PageShell>
  )
}
