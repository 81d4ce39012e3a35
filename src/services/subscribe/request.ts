// Typed default for the per-platform popups (request.weapp.ts, request.h5.ts).
// Platforms without WeChat's subscribe popup: nothing is available, nothing is an error.

/** WeChat's answer per template id. */
export type SubscribeDecision = 'accept' | 'reject' | 'ban' | 'filter'

export type PopupOutcome =
  /** no popup on this platform (H5, tests): record nothing */
  | { available: false }
  /** the popup ran: one decision per template id asked */
  | { available: true; decisions: Record<string, SubscribeDecision> }
  /** the popup could not run: 20004 = the user turned WeChat's message switch off */
  | { available: true; failed: true; errCode: number | null; errMsg: string }

/** Must be called synchronously from a tap handler (WeChat refuses otherwise). */
export function showSubscribePopup(_tmplIds: string[]): Promise<PopupOutcome> {
  return Promise.resolve({ available: false })
}
