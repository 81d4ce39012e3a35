import { zhCN } from '../../i18n/zh-CN'

// Chinese title at build time; PageShell switches it to the user's language at runtime.
// Sharing on: the tip of the day can be sent to a chat.
export default definePageConfig({ navigationBarTitleText: zhCN['title.connect'], enableShareAppMessage: true })
