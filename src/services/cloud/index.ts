// The app's only door to the backend: typed by the shared contract in src/common/api.ts.
import type { ActionName, ActionPayload, ActionResult, ApiRequest } from '@/common/api'
import type { Lang } from '@/common/lang'
import { getLang } from '@/i18n/store'
import { CloudError } from './errors'
import { readResponse } from './response'
import { send } from './transport'

export { CloudError, isCloudError } from './errors'

export interface CallOptions {
  /** Language for server messages; defaults to the current UI language. */
  lang?: Lang
}

export async function callAction<A extends ActionName>(
  action: A,
  payload: ActionPayload<A>,
  options: CallOptions = {}
): Promise<ActionResult<A>> {
  const lang = options.lang ?? getLang()
  const request: ApiRequest = { action, payload, lang }
  let raw: unknown
  try {
    raw = await send(request)
  } catch (cause) {
    // Transport failures (offline, function not deployed, gateway down) all read as "network".
    console.warn(`[cloud] ${action} transport failed`, cause)
    throw CloudError.fromCode('NETWORK', lang)
  }
  return readResponse(action, raw, lang)
}
