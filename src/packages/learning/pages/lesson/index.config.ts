import { zhCN } from '../../../../i18n/zh-CN'

// a card can be shared to a chat (CardShare)
export default definePageConfig({ navigationBarTitleText: zhCN['learning.title.lesson'], enableShareAppMessage: true })
