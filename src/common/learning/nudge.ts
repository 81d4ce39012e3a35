// When to offer "remind me to keep learning next week" after a passed quiz (pure, unit-tested).
import type { SubscriptionState } from '../reminders/schemas'

/**
 * Offer the lesson-nudge popup only where it can work and is not already arranged: the template
 * is known in this environment, the user has not switched WeChat messages off, and no nudge is
 * waiting yet (one accept = one message, so a credit already covers the next weekly nudge).
 */
export function offerLessonNudge(state: SubscriptionState | null): boolean {
  if (!state || state.mainSwitchOff) return false
  const template = state.templates.find((tpl) => tpl.kind === 'lesson_nudge')
  return !!template && template.credit === 0
}
