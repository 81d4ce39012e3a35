// HR: who has which role in the factory; give or take away the staff and HR roles.
import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import PageShell from '@/components/page-shell'
import type { FactoryMember, GrantableRole } from '@/common/spaces/schemas'
import { useT } from '../../../spaces/shared/i18n'
import { callAction } from '@/services/cloud'
import { resolveFactoryId } from '../../../spaces/shared/format'
import { param } from '../../../spaces/shared/nav'
import { Alert, Card, Empty, Loadable, useAction } from '../../../spaces/shared/ui'
import { useLoad } from '../../../spaces/shared/use-load'

const GRANTABLE: GrantableRole[] = ['staff', 'hr']

function MemberCard({ factoryId, member, onChanged }: { factoryId: string; member: FactoryMember; onChanged: () => void }): JSX.Element {
  const { t } = useT()
  const act = useAction()
  const change = async (role: GrantableRole, has: boolean): Promise<void> => {
    const payload = { factoryId, openid: member.openid, role }
    if (await act.run(() => callAction(has ? 'factory.revokeRole' : 'factory.grantRole', payload))) onChanged()
  }
  return (
    <Card className='member'>
      <Text className='sp-subtitle member__name'>{member.displayName}</Text>
      {member.moderation === 'review' && <Text className='sp-badge sp-badge--wait member__moderation'>{t('spaces.hr.moderationReview')}</Text>}
      <Text className='sp-hint'>{member.roles.map((r) => t(`role.${r}`)).join(t('common.listSeparator'))}</Text>
      <View className='sp-actions'>
        {GRANTABLE.map((role) => {
          const has = member.roles.includes(role)
          return (
            <Button key={role} className={`fb-button member__${has ? 'revoke' : 'grant'}-${role}${has ? ' sp-danger' : ' fb-button--secondary'}`}
              disabled={act.busy} onClick={() => void change(role, has)}>
              {t(has ? 'spaces.roles.revoke' : 'spaces.roles.grant', { role: t(`role.${role}`) })}
            </Button>
          )
        })}
      </View>
      <Alert message={act.error} />
    </Card>
  )
}

function Roles(): JSX.Element {
  const { t } = useT()
  const given = param(useRouter().params.factoryId)
  const { state, reload } = useLoad(async () => {
    const factoryId = await resolveFactoryId(given, 'hr')
    return { factoryId, members: factoryId ? (await callAction('factory.members', { factoryId })).members : [] }
  }, [given])
  return (
    <View className='sp-screen roles'>
      <Text className='sp-hint'>{t('spaces.roles.hint')}</Text>
      <Loadable state={state} onRetry={() => void reload()}>
        {({ factoryId, members }) => (
          <>
            {members.length === 0 && <Empty text={t('spaces.roles.none')} />}
            {factoryId && members.map((m) => <MemberCard key={m.openid} factoryId={factoryId} member={m} onChanged={() => void reload(true)} />)}
          </>
        )}
      </Loadable>
    </View>
  )
}

export default function StaffRolesPage(): JSX.Element {
  return (
    <PageShell titleKey='spaces.title.hr.staffRoles' className='roles-page'>
      <Roles />
    </PageShell>
  )
}
