// The guardian's children: view, edit, export a readable summary, delete. Consent comes first.
import { Button, Text, View } from '@tarojs/components'
import dayjs from 'dayjs'
import { useState } from 'react'
import PageShell from '@/components/page-shell'
import type { Child } from '@/common/spaces/schemas'
import { useT, type Key } from '../../shared/i18n'
import { spacesPage } from '@/navigation/routes'
import { callAction } from '@/services/cloud'
import { ensureConsent } from '../../shared/consent-gate'
import { go } from '../../shared/nav'
import { Alert, Card, Done, Empty, Loadable, Row, useAction } from '../../shared/ui'
import { useLoad } from '../../shared/use-load'

function ChildCard({ child, onDeleted }: { child: Child; onDeleted: (name: string) => void }): JSX.Element {
  const { t } = useT()
  const [confirming, setConfirming] = useState(false)
  const del = useAction()
  const remove = async (): Promise<void> => {
    if (await del.run(() => callAction('children.delete', { childId: child.id }))) onDeleted(child.givenName)
  }
  return (
    <Card className='children__child'>
      <Text className='sp-title children__name'>{child.givenName}</Text>
      <Row label={t('spaces.child.birthDate')} value={`${child.birthDate} · ${t('spaces.child.ageNow', { age: dayjs().diff(dayjs(child.birthDate), 'year') })}`} />
      <Row label={t('spaces.child.relation')} value={t(`spaces.relation.${child.relation}` as Key)} />
      <Row label={t('spaces.child.pickups')} value={child.pickupPeople.map((p) => t('spaces.person', { name: p.name, relation: p.relation })).join(t('common.listSeparator'))} />
      <View className='sp-actions'>
        <Button className='fb-button fb-button--secondary children__edit' onClick={() => go(spacesPage('child-edit'), { childId: child.id })}>
          {t('spaces.children.edit')}
        </Button>
        <Button className='fb-button fb-button--secondary children__export' onClick={() => go(spacesPage('child-summary'), { childId: child.id })}>
          {t('spaces.children.export')}
        </Button>
        <Button className='fb-button fb-button--secondary children__attendance' onClick={() => go(spacesPage('child-attendance'), { childId: child.id })}>
          {t('spaces.attendance.history')}
        </Button>
        <Button className='fb-button sp-danger children__delete' onClick={() => setConfirming(true)}>
          {t('spaces.children.delete')}
        </Button>
      </View>
      {confirming && (
        <View className='sp-group children__confirm'>
          <Text className='sp-alert__text'>{t('spaces.children.deleteWarn', { name: child.givenName })}</Text>
          <View className='sp-actions'>
            <Button className='fb-button sp-danger children__delete-yes' disabled={del.busy} onClick={() => void remove()}>
              {t('spaces.children.deleteYes')}
            </Button>
            <Button className='fb-button fb-button--secondary' onClick={() => setConfirming(false)}>
              {t('spaces.form.cancel')}
            </Button>
          </View>
        </View>
      )}
      <Alert message={del.error} />
    </Card>
  )
}

function Children(): JSX.Element {
  const { t } = useT()
  const [done, setDone] = useState<string | null>(null)
  const { state, reload } = useLoad(async () => {
    if (!(await ensureConsent(spacesPage('children')))) return null
    return (await callAction('children.list', {})).children
  })
  return (
    <View className='sp-screen children'>
      <Done message={done} />
      <Loadable state={state} onRetry={() => void reload()}>
        {(children) =>
          children && (
            <>
              {children.length === 0 && <Empty text={t('spaces.children.none')} />}
              {children.map((c) => (
                <ChildCard key={c.id} child={c} onDeleted={(name) => {
                  setDone(t('spaces.children.deleted', { name }))
                  void reload(true)
                }} />
              ))}
              <Button className='fb-button children__add' onClick={() => go(spacesPage('child-edit'))}>
                {t('spaces.children.add')}
              </Button>
              <Button className='fb-button fb-button--link children__privacy' onClick={() => go(spacesPage('consent'))}>
                {t('spaces.children.privacy')}
              </Button>
            </>
          )
        }
      </Loadable>
    </View>
  )
}

export default function ChildrenPage(): JSX.Element {
  return (
    <PageShell titleKey='spaces.title.children' className='children-page'>
      <Children />
    </PageShell>
  )
}
