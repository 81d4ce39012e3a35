import Taro from '@tarojs/taro'

let initialised = false

/** Initialises wx.cloud once; an empty TARO_APP_CLOUD_ENV means the project's default env. */
export function initCloud(): void {
  if (initialised) return
  initialised = true
  Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV || undefined, traceUser: true })
}
