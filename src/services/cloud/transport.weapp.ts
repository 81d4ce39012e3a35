// WeChat: the real cloud function call. Taro.cloud is wx.cloud on this platform.
import Taro from '@tarojs/taro'
import { API_FUNCTION } from '@/common/function-names'
import { initCloud } from './init'
import type { Transport } from './transport'

export const send: Transport = async (request) => {
  initCloud() // idempotent; covers calls that race the app's onLaunch
  const res = await Taro.cloud.callFunction({ name: API_FUNCTION, data: request })
  return res.result
}
