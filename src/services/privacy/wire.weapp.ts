// Privacy APIs stay pending until the user agrees in our popup (components/privacy-popup).
import Taro from '@tarojs/taro'
import { setPendingPrivacy } from './pending'

let wired = false

export function wirePrivacyAuthorization(): void {
  if (wired || typeof Taro.onNeedPrivacyAuthorization !== 'function') return
  wired = true
  Taro.onNeedPrivacyAuthorization((resolve) => setPendingPrivacy(resolve))
}
