import { offerLessonNudge } from '../../../src/common/learning/nudge'
import type { SubscriptionState } from '../../../src/common/reminders/schemas'

const state = (over: Partial<SubscriptionState> = {}, credit = 0): SubscriptionState => ({
  templates: [
    { kind: 'notice', templateId: 'TPL-notice', credit: 0 },
    { kind: 'lesson_nudge', templateId: 'TPL-nudge', credit }
  ],
  mainSwitchOff: false,
  maxPerRequest: 3,
  ...over
})

describe('offerLessonNudge (after a passed quiz)', () => {
  test('offered when the template is known and no nudge is waiting', () => {
    expect(offerLessonNudge(state())).toBe(true)
  })

  test('not offered when the user switched WeChat messages off', () => {
    expect(offerLessonNudge(state({ mainSwitchOff: true }))).toBe(false)
  })

  test('not offered when a nudge is already arranged (credit left)', () => {
    expect(offerLessonNudge(state({}, 1))).toBe(false)
  })

  test('not offered when templates are unknown (H5, offline, no lesson-nudge template here)', () => {
    expect(offerLessonNudge(null)).toBe(false)
    expect(offerLessonNudge(state({ templates: [{ kind: 'notice', templateId: 'TPL-notice', credit: 0 }] }))).toBe(false)
  })
})
