import { insightsZhCN } from '../../../../i18n/insights/zh-CN'

export default definePageConfig({ navigationBarTitleText: insightsZhCN['insights.title'] })
