// H5: browsers have no subscribe-message popup. Treat as "not available": no popup, no record, no error.
import type { PopupOutcome } from './request'

export type { PopupOutcome, SubscribeDecision } from './request'

export function showSubscribePopup(_tmplIds: string[]): Promise<PopupOutcome> {
  return Promise.resolve({ available: false })
}
