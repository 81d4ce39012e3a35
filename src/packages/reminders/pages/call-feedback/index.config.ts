import { remindersZhCN } from '../../../../i18n/reminders/zh-CN'

export default definePageConfig({ navigationBarTitleText: remindersZhCN['reminders.title.callFeedback'] })
