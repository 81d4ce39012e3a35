import Taro from '@tarojs/taro'
import { learningPage, pageUrl, TAB_PAGES } from '@/navigation/routes'

const ignore = () => undefined
export const lessonUrl = (sessionId: string, card = 0) => `${pageUrl(learningPage('lesson'))}?session=${sessionId}&card=${card}`
export const quizUrl = (sessionId: string) => `${pageUrl(learningPage('quiz'))}?session=${sessionId}`
export const certificatesUrl = pageUrl(learningPage('certificates'))
export const redirect = (url: string) => Promise.resolve(Taro.redirectTo({ url })).catch(ignore)
export const navigate = (url: string) => Promise.resolve(Taro.navigateTo({ url })).catch(ignore)
export const backToCourse = () => Promise.resolve(Taro.switchTab({ url: pageUrl(TAB_PAGES[0].path) })).catch(ignore)
