// WeChat: Taro.requestSubscribeMessage. Only from a tap; at most 3 template ids per call (the
// caller trims); one decision per id comes back as `{ [tmplId]: 'accept' | 'reject' | 'ban' | 'filter' }`.
import Taro from '@tarojs/taro'
import type { PopupOutcome, SubscribeDecision } from './request'

export type { PopupOutcome, SubscribeDecision } from './request'

const DECISIONS: readonly string[] = ['accept', 'reject', 'ban', 'filter']

/** Picks the per-template answers out of WeChat's reply (which also carries errMsg). */
export function decisionsOf(reply: Record<string, unknown>, tmplIds: string[]): Record<string, SubscribeDecision> {
  const out: Record<string, SubscribeDecision> = {}
  for (const id of tmplIds) {
    const value = reply[id]
    if (typeof value === 'string' && DECISIONS.includes(value)) out[id] = value as SubscribeDecision
  }
  return out
}

export function showSubscribePopup(tmplIds: string[]): Promise<PopupOutcome> {
  if (tmplIds.length === 0 || typeof Taro.requestSubscribeMessage !== 'function') return Promise.resolve({ available: false })
  // Called in the same tick as the tap: no await may come before this call.
  let pending: Promise<unknown>
  try {
    pending = Promise.resolve(Taro.requestSubscribeMessage({ tmplIds } as Taro.requestSubscribeMessage.Option))
  } catch (err) {
    pending = Promise.reject(err)
  }
  return pending
    .then((reply): PopupOutcome => ({ available: true, decisions: decisionsOf(reply as unknown as Record<string, unknown>, tmplIds) }))
    .catch((err: { errCode?: number; errMsg?: string }): PopupOutcome => ({
      available: true,
      failed: true,
      errCode: typeof err?.errCode === 'number' ? err.errCode : null,
      errMsg: err?.errMsg ?? String(err)
    }))
}
