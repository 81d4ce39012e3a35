// Pure parts of asking for subscribe messages (unit-tested): which template ids to put in one
// popup, and how to report WeChat's answer to the server.
import {
  MAX_TEMPLATES_PER_REQUEST,
  type MessageKind,
  type SubscribeOutcome,
  type SubscriptionState
} from '@/common/reminders/schemas'

export interface AskOptions {
  /** A button the user tapped to ask for reminders: ask even when WeChat's main switch is off. */
  explicit?: boolean
}

/**
 * The template ids for these kinds, in order, without duplicates and at most 3 (WeChat's limit
 * per popup). Empty when we must not ask: kinds unknown in this environment, or the user turned
 * WeChat's main message switch off and did not tap a button that asks for reminders.
 */
export function templateIdsToAsk(state: SubscriptionState | null, kinds: readonly MessageKind[], opts: AskOptions = {}): string[] {
  if (!state) return []
  if (state.mainSwitchOff && !opts.explicit) return []
  const ids: string[] = []
  for (const kind of kinds) {
    const info = state.templates.find((tpl) => tpl.kind === kind)
    if (info && !ids.includes(info.templateId)) ids.push(info.templateId)
  }
  return ids.slice(0, Math.min(MAX_TEMPLATES_PER_REQUEST, state.maxPerRequest ?? MAX_TEMPLATES_PER_REQUEST))
}

export type ReportPayload = {
  requestId: string
  results: Array<{ templateId: string; outcome: SubscribeOutcome }>
  errCode?: number
}

/**
 * The `messages.subscribeResult` payload for one popup, or null when there is nothing to record
 * (no popup on this platform, or a failure without an error code we could act on).
 */
export function reportFor(
  requestId: string,
  asked: string[],
  outcome: { decisions: Record<string, SubscribeOutcome> } | { failed: true; errCode: number | null }
): ReportPayload | null {
  if ('failed' in outcome) return outcome.errCode === null ? null : { requestId, results: [], errCode: outcome.errCode }
  const results = asked.filter((id) => outcome.decisions[id]).map((id) => ({ templateId: id, outcome: outcome.decisions[id] }))
  return results.length ? { requestId, results } : null
}

/** What the screen tells the user after the popup. */
export type AskSummary = 'accepted' | 'declined' | 'unavailable'

export function summarize(asked: string[], outcome: { decisions: Record<string, SubscribeOutcome> } | { failed: true } | null): AskSummary {
  if (!outcome || asked.length === 0) return 'unavailable'
  if ('failed' in outcome) return 'declined'
  return asked.some((id) => outcome.decisions[id] === 'accept') ? 'accepted' : 'declined'
}

/** Credit the caller has for a kind (0 when unknown). */
export function creditFor(state: SubscriptionState | null, kind: MessageKind): number {
  return state?.templates.find((tpl) => tpl.kind === kind)?.credit ?? 0
}
