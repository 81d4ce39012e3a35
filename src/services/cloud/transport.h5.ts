// H5 (local development only): the dev gateway runs the same function code behind /__cloud/call.
// The caller's identity comes from the dev sign-in, sent as a header the gateway trusts locally.
import { API_FUNCTION } from '@/common/function-names'
import { readDevOpenid } from '@/services/dev-identity/storage'
import type { Transport } from './transport'

interface GatewayReply {
  result?: unknown
  errMsg?: string
}

export const send: Transport = async (request) => {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  const openid = readDevOpenid()
  if (openid) headers['x-dev-openid'] = openid

  const res = await fetch('/__cloud/call', {
    method: 'POST',
    headers,
    body: JSON.stringify({ name: API_FUNCTION, data: request })
  })
  const body = (await res.json().catch(() => ({}))) as GatewayReply
  if (res.status >= 400) {
    throw new Error(body.errMsg || `cloud gateway HTTP ${res.status}`)
  }
  return body.result
}
