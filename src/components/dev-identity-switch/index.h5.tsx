// H5 dev build only: forget the demo identity and reload into the dev sign-in screen.
import { Button } from '@tarojs/components'
import { devT } from '@/components/dev-sign-in/messages'
import { useI18n } from '@/i18n'
import { clearDevOpenid } from '@/services/dev-identity/storage'

export default function DevIdentitySwitch(): JSX.Element {
  const { lang } = useI18n()
  return (
    <Button
      className='fb-button fb-button--link dev-identity-switch'
      onClick={() => {
        clearDevOpenid()
        // A reload drops every cached profile, so nothing from the old identity lingers.
        window.location.reload()
      }}
    >
      {devT(lang, 'dev.switch')}
    </Button>
  )
}
