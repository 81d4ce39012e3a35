// Client-side reminders logic: which templates one WeChat popup asks for, what is reported to
// the server, the tab badge text, plain-word call times, and the screens' dictionaries.
import type { SubscriptionState } from '@/common/reminders/schemas'
import { badgeText } from '@/services/inbox/badge-text'
import { creditFor, reportFor, summarize, templateIdsToAsk } from '@/services/subscribe/plan'
import { remindersScreensEn } from '@/packages/reminders/shared/i18n/en'
import { remindersScreensZhCN } from '@/packages/reminders/shared/i18n/zh-CN'
import { chinaDate, chinaInstant, chinaParts, suggestedSlot, whenParts } from '@/packages/reminders/shared/when'

const state = (overrides: Partial<SubscriptionState> = {}): SubscriptionState => ({
  templates: [
    { kind: 'lesson_nudge', templateId: 'T-lesson', credit: 0 },
    { kind: 'call_reminder', templateId: 'T-call', credit: 2 },
    { kind: 'registration_status', templateId: 'T-reg', credit: 0 },
    { kind: 'space_offer', templateId: 'T-offer', credit: 0 },
    { kind: 'notice', templateId: 'T-notice', credit: 0 }
  ],
  mainSwitchOff: false,
  maxPerRequest: 3,
  ...overrides
})

describe('subscribe popup plan', () => {
  test('asks for the templates of the kinds, in order, never more than 3 in one popup', () => {
    expect(templateIdsToAsk(state(), ['registration_status', 'space_offer'])).toEqual(['T-reg', 'T-offer'])
    expect(templateIdsToAsk(state(), ['notice', 'call_reminder', 'space_offer', 'lesson_nudge'])).toEqual(['T-notice', 'T-call', 'T-offer'])
  })

  test('two kinds on the same template ask once', () => {
    const shared = state({ templates: [{ kind: 'registration_status', templateId: 'T-x', credit: 0 }, { kind: 'space_offer', templateId: 'T-x', credit: 0 }] })
    expect(templateIdsToAsk(shared, ['registration_status', 'space_offer'])).toEqual(['T-x'])
  })

  test('nothing is asked without template ids, for unknown kinds, or on its own when the main switch is off', () => {
    expect(templateIdsToAsk(null, ['notice'])).toEqual([])
    expect(templateIdsToAsk(state({ templates: [] }), ['notice'])).toEqual([])
    expect(templateIdsToAsk(state({ mainSwitchOff: true }), ['notice'])).toEqual([])
    // …but a button the user tapped to ask for reminders still opens the popup
    expect(templateIdsToAsk(state({ mainSwitchOff: true }), ['notice'], { explicit: true })).toEqual(['T-notice'])
  })

  test('reports each answer WeChat gave for the ids asked, or the error code of a failed popup', () => {
    expect(reportFor('req-12345', ['T-reg', 'T-offer'], { decisions: { 'T-reg': 'accept', 'T-offer': 'reject' } })).toEqual({
      requestId: 'req-12345',
      results: [
        { templateId: 'T-reg', outcome: 'accept' },
        { templateId: 'T-offer', outcome: 'reject' }
      ]
    })
    // an id WeChat did not answer for is not invented
    expect(reportFor('req-12345', ['T-reg', 'T-offer'], { decisions: { 'T-reg': 'ban' } })?.results).toEqual([{ templateId: 'T-reg', outcome: 'ban' }])
    expect(reportFor('req-12345', ['T-reg'], { failed: true, errCode: 20004 })).toEqual({ requestId: 'req-12345', results: [], errCode: 20004 })
    // nothing to record: no answers, or a failure without a code
    expect(reportFor('req-12345', ['T-reg'], { decisions: {} })).toBeNull()
    expect(reportFor('req-12345', ['T-reg'], { failed: true, errCode: null })).toBeNull()
  })

  test('what the user is told afterwards', () => {
    expect(summarize(['T-a', 'T-b'], { decisions: { 'T-a': 'reject', 'T-b': 'accept' } })).toBe('accepted')
    expect(summarize(['T-a'], { decisions: { 'T-a': 'reject' } })).toBe('declined')
    expect(summarize(['T-a'], { failed: true })).toBe('declined')
    expect(summarize([], null)).toBe('unavailable')
  })

  test('credit per kind', () => {
    expect(creditFor(state(), 'call_reminder')).toBe(2)
    expect(creditFor(state(), 'notice')).toBe(0)
    expect(creditFor(null, 'notice')).toBe(0)
  })
})

describe('我的 tab badge', () => {
  test('no badge at 0, the count up to 99, then 99+', () => {
    expect(badgeText(0)).toBeNull()
    expect(badgeText(-1)).toBeNull()
    expect(badgeText(1)).toBe('1')
    expect(badgeText(99)).toBe('99')
    expect(badgeText(100)).toBe('99+')
  })
})

describe('call times in China time', () => {
  // 2025-06-03 23:30 in China = 15:30 UTC
  const now = Date.parse('2025-06-03T15:30:00Z')

  test('today and tomorrow are said as such, across the UTC date line', () => {
    expect(chinaDate(now)).toBe('2025-06-03')
    expect(whenParts('2025-06-03', '23:45', now)).toEqual({ kind: 'today', time: '23:45' })
    expect(whenParts('2025-06-04', '08:00', now)).toEqual({ kind: 'tomorrow', time: '08:00' })
    // 00:30 UTC on the 4th is already the 4th in China
    expect(chinaDate(Date.parse('2025-06-03T16:30:00Z'))).toBe('2025-06-04')
  })

  test('other days get month, day and weekday', () => {
    expect(whenParts('2025-06-07', '20:00', now)).toEqual({ kind: 'date', month: 6, monthName: 'Jun', day: 7, weekday: 6, time: '20:00' })
  })

  test('the wheels start at the next full hour at least an hour ahead, rolling over midnight', () => {
    expect(suggestedSlot(Date.parse('2025-06-03T06:10:00Z'))).toEqual({ date: '2025-06-03', time: '16:00' }) // 14:10 China
    expect(suggestedSlot(Date.parse('2025-06-03T15:30:00Z'))).toEqual({ date: '2025-06-04', time: '01:00' }) // 23:30 China
  })

  test('instants to and from China time', () => {
    expect(chinaInstant('2025-06-07', '20:00')).toBe('2025-06-07T20:00:00+08:00')
    expect(chinaParts('2025-06-07T12:00:00.000Z')).toEqual({ date: '2025-06-07', time: '20:00' })
    expect(chinaParts('not a date')).toBeNull()
  })
})

describe('reminders screens dictionaries', () => {
  test('English has exactly the Chinese keys, none empty, all reminders.*', () => {
    expect(Object.keys(remindersScreensEn).sort()).toEqual(Object.keys(remindersScreensZhCN).sort())
    for (const [key, value] of [...Object.entries(remindersScreensZhCN), ...Object.entries(remindersScreensEn)]) {
      expect([key, key.startsWith('reminders.'), value.trim().length > 0]).toEqual([key, true, true])
    }
  })
})
