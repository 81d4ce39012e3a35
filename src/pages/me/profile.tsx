import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import DevIdentitySwitch from '@/components/dev-identity-switch'
import { LANGS } from '@/common/lang'
import type { Profile } from '@/common/schemas/me'
import { useI18n } from '@/i18n'
import { ABOUT_PAGE, learningPage, pageUrl } from '@/navigation/routes'
import { useProfile } from './use-profile'

function Memberships({ profile }: { profile: Profile }): JSX.Element {
  const { lang, t } = useI18n()
  if (profile.memberships.length === 0) {
    return <Text className='me__no-factory'>{t('me.noFactory')}</Text>
  }
  return (
    <View className='me__factories'>
      {profile.memberships.map((membership) => (
        <View key={membership.factoryId} className='me__factory'>
          <Text className='me__factory-name'>{membership.factoryName[lang]}</Text>
          <Text className='me__roles'>
            {membership.roles.map((role) => t(`role.${role}`)).join(t('common.listSeparator'))}
          </Text>
        </View>
      ))}
    </View>
  )
}

export default function MeProfile(): JSX.Element {
  const { lang, t } = useI18n()
  const { state, langError, reload, changeLanguage } = useProfile()

  const onPickLanguage = async (next: typeof lang): Promise<void> => {
    const failure = await changeLanguage(next)
    if (failure) {
      Promise.resolve(Taro.showToast({ title: t('me.languageFailed', { message: failure }), icon: 'none' })).catch(() => undefined)
    }
  }

  return (
    <View className='me__content'>
      {state.status === 'loading' && <Text className='me__status me__loading'>{t('me.loading')}</Text>}

      {state.status === 'failed' && (
        <View className='me__card me__error' role='alert'>
          <Text className='me__error-message'>{state.message}</Text>
          <Button className='fb-button me__retry' onClick={() => void reload()}>
            {t('common.retry')}
          </Button>
        </View>
      )}

      {state.status === 'ready' && (
        <View className='me__card me__profile'>
          <Text className='me__name'>{state.profile.displayName}</Text>
          <Text className='me__section-title'>{t('me.factories')}</Text>
          <Memberships profile={state.profile} />
        </View>
      )}

      {/* The language switch works even while the profile is loading or failed: it is how a
          user who cannot read the current language gets out. */}
      <View className='me__card'>
        <Text className='me__section-title'>{t('me.language')}</Text>
        <View className='me__lang-switch'>
          {LANGS.map((option) => (
            <Button
              key={option}
              className={`fb-button me__lang-option me__lang-option--${option}${option === lang ? ' me__lang-option--active' : ' fb-button--secondary'}`}
              data-lang={option}
              aria-pressed={option === lang}
              onClick={() => void onPickLanguage(option)}
            >
              {t(`lang.${option}`)}
            </Button>
          ))}
        </View>
        {langError && <Text className='me__lang-error'>{t('me.languageFailed', { message: langError })}</Text>}
      </View>

      <Button
        className='fb-button fb-button--secondary me__certificates-link'
        onClick={() => Promise.resolve(Taro.navigateTo({ url: pageUrl(learningPage('certificates')) })).catch(() => undefined)}
      >
        {t('learning.me.certificates')}
      </Button>

      <Button
        className='fb-button fb-button--secondary me__about-link'
        onClick={() => Promise.resolve(Taro.navigateTo({ url: pageUrl(ABOUT_PAGE) })).catch(() => undefined)}
      >
        {t('me.about')}
      </Button>

      <DevIdentitySwitch />
    </View>
  )
}
