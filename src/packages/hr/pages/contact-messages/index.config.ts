import { spacesZhCN } from '../../../../i18n/spaces/zh-CN'

export default definePageConfig({ navigationBarTitleText: spacesZhCN['spaces.title.contactMessages'] })
