// Subscribe-message credits, pure: WeChat grants exactly one message per
// "accept" of a one-time template. We count them per user and template so we
// never send without one (a send without credit fails with 43101 and spends
// quota and trust).
import type { SubscribeOutcome } from './schemas'

/** WeChat error codes that change what we know about a user's credit. */
export const ERR_NO_CREDIT = 43101
/** requestSubscribeMessage: the user turned the main switch for messages off. */
export const ERR_MAIN_SWITCH_OFF = 20004

export interface CreditState {
  credit: number
  /** set by 20004: we stop asking until the user accepts again */
  mainSwitchOff: boolean
}

export type CreditEvent =
  | { type: 'subscribe'; outcome: SubscribeOutcome }
  | { type: 'request_failed'; errCode: number }
  | { type: 'sent' }
  | { type: 'send_failed'; errCode: number }

/** The next state after one event. Never below zero. */
export function applyCreditEvent(state: CreditState, event: CreditEvent): CreditState {
  switch (event.type) {
    case 'subscribe':
      // accept: one more message allowed; an accept also proves the main switch is on again
      if (event.outcome === 'accept') return { credit: state.credit + 1, mainSwitchOff: false }
      return state // reject / ban / filter: nothing granted, earlier credits stay valid
    case 'request_failed':
      return event.errCode === ERR_MAIN_SWITCH_OFF ? { credit: 0, mainSwitchOff: true } : state
    case 'sent':
      return { ...state, credit: Math.max(0, state.credit - 1) }
    case 'send_failed':
      // 43101: WeChat says there is no credit left, whatever we counted
      if (event.errCode === ERR_NO_CREDIT) return { ...state, credit: 0 }
      if (event.errCode === ERR_MAIN_SWITCH_OFF) return { credit: 0, mainSwitchOff: true }
      return state
  }
}

export const canSend = (state: CreditState): boolean => state.credit > 0 && !state.mainSwitchOff

/** Credits to add per template from one report (duplicates in one report count once). */
export function acceptedTemplates(results: readonly { templateId: string; outcome: SubscribeOutcome }[]): string[] {
  return [...new Set(results.filter((r) => r.outcome === 'accept').map((r) => r.templateId))]
}

/**
 * How a send error is handled:
 *  no_credit  – 43101: credit is 0; not retried, inbox only
 *  permanent  – bad data / template / user (47003, 40037, 40003…): recorded, not retried
 *  transient  – system busy, quota (45009), network: the credit is given back and the send retried later
 */
export type SendErrorClass = 'no_credit' | 'switch_off' | 'permanent' | 'transient'

const TRANSIENT = new Set([-1, 45009, 45047, 40001, 42001])

export function classifySendError(errCode: number | undefined): SendErrorClass {
  if (errCode === ERR_NO_CREDIT) return 'no_credit'
  if (errCode === ERR_MAIN_SWITCH_OFF) return 'switch_off'
  if (errCode === undefined || TRANSIENT.has(errCode) || errCode < 0) return 'transient'
  return 'permanent'
}
