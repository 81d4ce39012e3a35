import { createElement, type PropsWithChildren } from 'react'
import { useDidShow, useLaunch } from '@tarojs/taro'
import { I18nProvider } from './i18n'
import { initCloud } from './services/cloud/init'
import { wirePrivacyAuthorization } from './services/privacy/wire'
import { startLearningSync } from './services/learning/sync'
import { refreshInboxBadge } from './services/inbox/badge'
import './app.scss'

function App({ children }: PropsWithChildren): JSX.Element {
  useLaunch(() => {
    // Both are no-ops on H5 (platform files); on WeChat they must run before any page asks.
    initCloud()
    wirePrivacyAuthorization()
  })
  // Learning answered offline waits on the device: send it whenever the app comes to the front.
  useDidShow(() => {
    startLearningSync()
    // The unread badge on 我的: notices may have arrived while the app was in the background.
    void refreshInboxBadge()
  })
  // children are the pages; the provider gives them all one language state.
  return createElement(I18nProvider, null, children)
}

export default App
