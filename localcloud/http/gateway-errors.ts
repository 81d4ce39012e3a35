// The H5 gateway's refusals in the app's own error shape: a code from the
// shared catalog and its message in the caller's language (Accept-Language),
// plus the developer detail. `errMsg` repeats it for the H5 transport.
import type { IncomingMessage, ServerResponse } from 'http'
import { errorMessage, type ErrorCode } from '../../src/common/errors'
import { sendJson } from './body'

export function gatewayReplier(req: IncomingMessage, res: ServerResponse) {
  const lang = /^\s*en\b/i.test(String(req.headers['accept-language'] ?? '')) ? 'en' : 'zh-CN'
  return (status: number, code: ErrorCode, detail: string): void => {
    // A refusal sent before the body was read: drain it so the next request on this connection parses.
    if (!req.readableEnded) req.resume()
    const message = errorMessage(code, lang)
    sendJson(res, status, { code, message, detail, errMsg: `${message} (${detail})` })
  }
}
