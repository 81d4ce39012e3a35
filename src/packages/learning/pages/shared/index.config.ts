import { zhCN } from '../../../../i18n/zh-CN'

// Opened from a tip shared to a chat: it may be shared on again.
export default definePageConfig({ navigationBarTitleText: zhCN['learning.tip.heading'], enableShareAppMessage: true })
