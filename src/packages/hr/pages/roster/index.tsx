// HR: the roster of a space (confirmed and pending children). Children's data is never put on the
// clipboard (《儿童个人信息网络保护规定》 Art. 15): the screen shows it, nothing copies it. The
// export is a file made in the cloud (roster.export: audited, its link expires).
import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import PageShell from '@/components/page-shell'
import { useT, type Key } from '../../../spaces/shared/i18n'
import { callAction } from '@/services/cloud'
import { openExport } from '@/services/files/open-file'
import { STATUS_TONE, statusKey } from '../../../spaces/shared/format'
import { hrPage } from '@/navigation/routes'
import { go, param } from '../../../spaces/shared/nav'
import { Alert, Card, Done, Empty, Loadable, Row, useAction } from '../../../spaces/shared/ui'
import { useLoad } from '../../../spaces/shared/use-load'

function Roster(): JSX.Element {
  const { t } = useT()
  const spaceId = param(useRouter().params.spaceId) ?? ''
  const { state, reload } = useLoad(() => callAction('registrations.roster', { spaceId }), [spaceId])
  const exporting = useAction()
  const [exported, setExported] = useState(false)
  const exportFile = () =>
    void exporting.run(async () => {
      setExported(false)
      await openExport(await callAction('roster.export', { spaceId }))
      setExported(true)
    })
  const people = (list: Array<{ name: string; relation: string; phone: string }>): string =>
    list.map((p) => `${t('spaces.person', { name: p.name, relation: p.relation })} ${p.phone}`).join(t('common.listSeparator'))
  return (
    <Loadable state={state} onRetry={() => void reload()}>
      {({ space, rows }) => (
        <View className='sp-screen roster'>
          <Card>
            <Text className='sp-title'>{space.name}</Text>
            <Text className='roster__count'>{t('spaces.hr.rosterCount', { n: rows.length, capacity: space.capacity })}</Text>
            <Button className='fb-button fb-button--secondary roster__attendance'
              onClick={() => go(hrPage('attendance'), { spaceId: space.id, factoryId: space.factoryId })}>
              {t('spaces.attendance.open')}
            </Button>
            <Button className='fb-button fb-button--secondary roster__export' disabled={exporting.busy} onClick={exportFile}>
              {t('spaces.hr.rosterExport')}
            </Button>
            <Alert message={exporting.error} />
            {exported && <Done message={t('spaces.hr.rosterExported')} />}
          </Card>
          {rows.length === 0 && <Empty text={t('spaces.hr.noRegs')} />}
          {rows.map((r) => (
            <Card key={r.registrationId} className='roster__row'>
              <Text className='sp-title roster__child'>{r.childGivenName}</Text>
              <Text className={`sp-badge sp-badge--${STATUS_TONE[r.status]}`}>{t(statusKey(r.status))}</Text>
              <Row label={t('spaces.hr.age')} value={`${t('spaces.hr.ageValue', { age: r.childAgeAtStart })} · ${r.birthDate}`} />
              <Row label={t('spaces.hr.guardian')} value={t('spaces.person', { name: r.guardianName, relation: t(`spaces.relation.${r.guardianRelation}` as Key) })} />
              <Row label={t('spaces.child.allergies')} value={r.allergies || t('spaces.none')} />
              <Row label={t('spaces.child.medicalNotes')} value={r.medicalNotes || t('spaces.none')} />
              <Row label={t('spaces.child.contacts')} value={people(r.emergencyContacts)} />
              <Row label={t('spaces.child.pickups')} value={people(r.pickupPeople)} />
            </Card>
          ))}
        </View>
      )}
    </Loadable>
  )
}

export default function RosterPage(): JSX.Element {
  return (
    <PageShell titleKey='spaces.title.hr.roster' className='roster-page'>
      <Roster />
    </PageShell>
  )
}
