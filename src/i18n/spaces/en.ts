// spaces: English messages; exactly the keys of ./zh-CN (a missing key is a type error).
import type { spacesZhCN } from './zh-CN'

export const spacesEn: Record<keyof typeof spacesZhCN, string> = {}
