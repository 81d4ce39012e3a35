// Subscribe messages done right: WeChat gives ONE message per "accept", the popup may only open
// from a tap, with at most 3 templates. Screens call `askSubscribe(kinds)` synchronously inside a
// tap handler (before any await); the answer is reported to the server, which keeps the credits.
// Template ids come from `messages.templates`, fetched ahead (prepareSubscribe) and kept on the
// device, because there is no time to fetch them between the tap and the popup.
// H5 has no popup: nothing is asked, nothing is recorded, nothing is an error.
import Taro from '@tarojs/taro'
import type { MessageKind, SubscriptionState } from '@/common/reminders/schemas'
import { callAction } from '@/services/cloud'
import { reportFor, summarize, templateIdsToAsk, type AskOptions, type AskSummary } from './plan'
import { showSubscribePopup } from './request'

export type { AskSummary } from './plan'
export { creditFor } from './plan'

const STORAGE_KEY = 'fb.subscribe.state'
const SUPPORTED = process.env.TARO_ENV === 'weapp'

let state: SubscriptionState | null = null
let loading: Promise<SubscriptionState | null> | null = null
let fetchedAt = 0
/** Credits change only through our own reports (which return the new state): refetch rarely. */
const FRESH_MS = 5 * 60_000

function readStored(): SubscriptionState | null {
  try {
    const stored = Taro.getStorageSync(STORAGE_KEY) as SubscriptionState | ''
    return stored && Array.isArray(stored.templates) ? stored : null
  } catch {
    return null
  }
}

function remember(next: SubscriptionState): SubscriptionState {
  state = next
  Promise.resolve(Taro.setStorage({ key: STORAGE_KEY, data: next })).catch(() => undefined)
  return next
}

/** The last known template ids and credits (from this session or the device). */
export function subscriptionState(): SubscriptionState | null {
  if (!state) state = readStored()
  return state
}

/** Fetch template ids and credits ahead of a screen that may ask. Never throws. */
export function prepareSubscribe(): Promise<SubscriptionState | null> {
  if (!SUPPORTED) return Promise.resolve(null)
  if (state && Date.now() - fetchedAt < FRESH_MS) return Promise.resolve(state)
  if (!loading) {
    loading = callAction('messages.templates', {})
      .then((next) => {
        fetchedAt = Date.now()
        return remember(next)
      })
      .catch(() => subscriptionState())
      .finally(() => {
        loading = null
      })
  }
  return loading
}

function newRequestId(): string {
  return `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`
}

/**
 * Opens WeChat's popup for these kinds and reports the answer. CALL IT SYNCHRONOUSLY FROM A TAP
 * (before any await in the handler). Resolves with what to tell the user; never rejects.
 */
export function askSubscribe(kinds: readonly MessageKind[], opts: AskOptions = {}): Promise<AskSummary> {
  if (!SUPPORTED) return Promise.resolve('unavailable')
  const asked = templateIdsToAsk(subscriptionState(), kinds, opts)
  if (asked.length === 0) {
    void prepareSubscribe() // ids unknown yet: the next tap can ask
    return Promise.resolve('unavailable')
  }
  const requestId = newRequestId()
  return showSubscribePopup(asked).then(async (outcome) => {
    if (!outcome.available) return 'unavailable'
    const payload = reportFor(requestId, asked, 'failed' in outcome ? { failed: true, errCode: outcome.errCode } : outcome)
    if (payload) {
      // The credits live on the server; a lost report only costs a missed reminder.
      await callAction('messages.subscribeResult', payload)
        .then(remember)
        .catch(() => undefined)
    }
    return summarize(asked, 'failed' in outcome ? { failed: true } : outcome)
  })
}

/** Whether this platform can show the popup at all (H5: no). */
export const subscribeSupported = SUPPORTED

/**
 * For the spaces screens: call synchronously in the "register" tap handler. Asks for the
 * registration-status and place-offer messages (the news a family waits for after registering).
 */
export function askAfterRegistering(): Promise<AskSummary> {
  return askSubscribe(['registration_status', 'space_offer'])
}
