// Everything stored about one child, as the readable summary the server writes in the user's
// language, plus who at the factory opened the record. Shown, never put on the clipboard (children's
// data, 《儿童个人信息网络保护规定》 Art. 15).
import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { ROLES, type Role } from '@/common/roles'
import PageShell from '@/components/page-shell'
import { useT } from '../../shared/i18n'
import { callAction } from '@/services/cloud'
import { dateTime } from '../../shared/format'
import { spacesPage } from '@/navigation/routes'
import { go, param } from '../../shared/nav'
import { Card, Empty, Loadable } from '../../shared/ui'
import { useLoad } from '../../shared/use-load'
import './index.scss'

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value)

function Summary(): JSX.Element {
  const { t } = useT()
  const childId = param(useRouter().params.childId) ?? ''
  const { state, reload } = useLoad(() => callAction('children.export', { childId }), [childId])
  return (
    <Loadable state={state} onRetry={() => void reload()}>
      {(data) => (
        <View className='sp-screen child-summary'>
          <Card>
            <Text className='child-summary__text'>{data.summary}</Text>
            <Button className='fb-button fb-button--secondary child-summary__attendance' onClick={() => go(spacesPage('child-attendance'), { childId })}>
              {t('spaces.attendance.history')}
            </Button>
          </Card>
          <Card>
            <Text className='sp-subtitle'>{t('spaces.summary.accessLog')}</Text>
            {data.accessLog.length === 0 && <Empty text={t('spaces.summary.noAccess')} />}
            {data.accessLog.map((a, i) => (
              <Text key={i} className='child-summary__access'>
                {`${dateTime(a.at)} · ${isRole(a.actorRole) ? t(`role.${a.actorRole}`) : a.actorRole}${a.actorName ? ` ${a.actorName}` : ''}`}
              </Text>
            ))}
          </Card>
        </View>
      )}
    </Loadable>
  )
}

export default function ChildSummaryPage(): JSX.Element {
  return (
    <PageShell titleKey='spaces.title.childSummary' className='child-summary-page'>
      <Summary />
    </PageShell>
  )
}
