import { zhCN } from '@/i18n/zh-CN'
import { learningScreensEn } from '@/packages/learning/lib/i18n/en'
import { learningScreensZhCN } from '@/packages/learning/lib/i18n/zh-CN'

describe('learning subpackage dictionary (recording, "remind me next week")', () => {
  test('English has exactly the Chinese keys, none empty, all learning.*', () => {
    expect(Object.keys(learningScreensEn).sort()).toEqual(Object.keys(learningScreensZhCN).sort())
    for (const [key, value] of [...Object.entries(learningScreensZhCN), ...Object.entries(learningScreensEn)]) {
      expect([key, key.startsWith('learning.'), value.trim().length > 0]).toEqual([key, true, true])
    }
  })

  test('no key shadows one of the app dictionaries (it would silently win)', () => {
    expect(Object.keys(learningScreensZhCN).filter((key) => key in zhCN)).toEqual([])
  })
})
