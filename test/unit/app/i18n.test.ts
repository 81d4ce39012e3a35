import { en } from '@/i18n/en'
import { interpolate, translate } from '@/i18n/translate'
import { zhCN } from '@/i18n/zh-CN'

describe('i18n dictionaries', () => {
  test('English has exactly the Chinese keys (also enforced by the Messages type)', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort())
  })

  test('no empty translations', () => {
    for (const dict of [zhCN, en]) {
      for (const [key, value] of Object.entries(dict)) {
        expect([key, value.trim().length > 0]).toEqual([key, true])
      }
    }
  })

  test('placeholders match between languages', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort()
    for (const key of Object.keys(zhCN) as Array<keyof typeof zhCN>) {
      expect([key, placeholders(en[key])]).toEqual([key, placeholders(zhCN[key])])
    }
  })

  test('translate picks the language and interpolates', () => {
    expect(translate('zh-CN', 'tab.me')).toBe('我的')
    expect(translate('en', 'me.greeting', { name: 'Li' })).toBe('Hello, Li')
  })

  test('interpolate leaves unknown placeholders visible', () => {
    expect(interpolate('a {x} {y}', { x: 1 })).toBe('a 1 {y}')
  })
})
