// Every page's root: scales text to the WeChat font setting, keeps titles and tab texts in the
// user's language, and hosts the cross-cutting overlays (privacy popup, H5 dev sign-in gate).
import { View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useEffect, type PropsWithChildren } from 'react'
import DevSignInGate from '@/components/dev-sign-in'
import PrivacyPopup from '@/components/privacy-popup'
import { useI18n, type MessageKey } from '@/i18n'
import { applyNavigationTitle, applyTabBarTexts } from '@/navigation/chrome'
import { getFontScale } from '@/services/display/font-scale'
import './index.scss'

/** Body text size before the user's scale; large on purpose (small Android phones, tired eyes). */
const BASE_FONT_PX = 17
const LARGE_TEXT_SCALE = 1.2

export interface PageShellProps {
  titleKey: MessageKey
  /** Tab pages also re-label the tab bar. */
  isTab?: boolean
  /** Pages that call the backend need an identity (only matters in the H5 dev build). */
  needsIdentity?: boolean
  className?: string
}

export default function PageShell({
  titleKey,
  isTab = false,
  needsIdentity = true,
  className = '',
  children
}: PropsWithChildren<PageShellProps>): JSX.Element {
  const { lang } = useI18n()
  const scale = getFontScale()

  const applyChrome = (): void => {
    applyNavigationTitle(lang, titleKey)
    if (isTab) applyTabBarTexts(lang)
  }
  useEffect(applyChrome, [lang, titleKey, isTab])
  useDidShow(applyChrome)

  const classes = ['fb-page', scale >= LARGE_TEXT_SCALE ? 'fb-page--large-text' : '', className]
  return (
    <View
      className={classes.filter(Boolean).join(' ')}
      style={{ fontSize: `${Math.round(BASE_FONT_PX * scale)}px`, ['--fb-font-scale' as string]: String(scale) }}
    >
      {needsIdentity ? <DevSignInGate>{children}</DevSignInGate> : children}
      <PrivacyPopup />
    </View>
  )
}
