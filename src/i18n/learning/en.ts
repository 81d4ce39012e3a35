// learning: English messages; exactly the keys of ./zh-CN (a missing key is a type error).
import type { learningZhCN } from './zh-CN'

export const learningEn: Record<keyof typeof learningZhCN, string> = {}
