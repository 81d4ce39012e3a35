import { zhCN } from '../../i18n/zh-CN'

// Chinese title at build time; PageShell switches it to the user's language at runtime.
export default definePageConfig({ navigationBarTitleText: zhCN['title.spaces'] })
