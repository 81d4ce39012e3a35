jest.mock('@tarojs/taro', () => ({}))
import { fontScaleFrom } from '@/services/display/font-scale'

describe('fontScaleFrom', () => {
  test('prefers fontSizeScaleFactor', () => {
    expect(fontScaleFrom({ fontSizeScaleFactor: 1.4, fontSizeSetting: 16 })).toBe(1.4)
  })
  test('falls back to fontSizeSetting relative to 16px', () => {
    expect(fontScaleFrom({ fontSizeSetting: 20 })).toBe(1.25)
  })
  test('defaults to 1 and clamps extremes', () => {
    expect(fontScaleFrom(null)).toBe(1)
    expect(fontScaleFrom({ fontSizeScaleFactor: 5 })).toBe(2)
    expect(fontScaleFrom({ fontSizeScaleFactor: 0.5 })).toBe(0.9)
  })
})
