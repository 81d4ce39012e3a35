// One day's attendance of one child, in the same words for HR/staff (by day) and the guardian
// (per child): when the child came, when and to whom they were handed over, and every pickup
// that was refused (the name the person gave and the time) — the part families must never miss.
import { Text, View } from '@tarojs/components'
import type { AttendanceRecord } from '@/common/spaces/schemas'
import { useT, type Key } from './i18n'
import { clockTime } from './format'
import { Row } from './ui'

export function AttendanceDetails({ record }: { record: AttendanceRecord }): JSX.Element {
  const { t } = useT()
  return (
    <View className='sp-attendance'>
      <Text className={`sp-badge sp-attendance__state sp-attendance__state--${record.state}${record.state === 'checked_out' ? ' sp-badge--good' : ''}`}>
        {t(`spaces.staff.state.${record.state}`)}
      </Text>
      {record.checkInAt && <Row className='sp-attendance__in' label={t('spaces.staff.inAt')} value={clockTime(record.checkInAt)} />}
      <Row
        className='sp-attendance__out'
        label={t('spaces.staff.outAt')}
        value={record.checkOutAt ? clockTime(record.checkOutAt) : t('spaces.attendance.notOut')}
      />
      {record.pickedUpBy && (
        <Row
          className='sp-attendance__by'
          label={t('spaces.staff.pickedUpBy')}
          value={t('spaces.person', { name: record.pickedUpBy.name, relation: record.pickedUpBy.relation })}
        />
      )}
      {record.refusals.length > 0 && (
        <View className='sp-alert sp-attendance__refusals' role='alert'>
          <Text className='sp-alert__text'>{t('spaces.attendance.refused')}</Text>
          {record.refusals.map((r, i) => (
            <Text key={`${r.at}${i}`} className='sp-alert__text sp-attendance__refusal'>
              {t('spaces.attendance.refusal', {
                time: clockTime(r.at),
                name: r.personName,
                reason: t(`spaces.attendance.reason.${r.reason}` as Key)
              })}
            </Text>
          ))}
        </View>
      )}
    </View>
  )
}
