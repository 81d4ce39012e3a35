import { createElement, type PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { I18nProvider } from './i18n'
import { initCloud } from './services/cloud/init'
import { wirePrivacyAuthorization } from './services/privacy/wire'
import './app.scss'

function App({ children }: PropsWithChildren): JSX.Element {
  useLaunch(() => {
    // Both are no-ops on H5 (platform files); on WeChat they must run before any page asks.
    initCloud()
    wirePrivacyAuthorization()
  })
  // children are the pages; the provider gives them all one language state.
  return createElement(I18nProvider, null, children)
}

export default App
