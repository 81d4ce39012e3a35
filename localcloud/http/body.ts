import type { IncomingMessage, ServerResponse } from 'http'

export const MAX_BODY = 10 * 1024 * 1024

/** Thrown once the whole over-limit body has been drained, so the keep-alive connection stays in step. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`request body too large (limit ${limit} bytes)`)
  }
}

export async function readBody(req: IncomingMessage, limit = MAX_BODY): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    // Keep reading (and dropping) the rest: answering mid-body would leave its
    // tail to be parsed as the next request on this connection.
    if (size > limit) chunks.length = 0
    else chunks.push(chunk as Buffer)
  }
  if (size > limit) throw new BodyTooLargeError(limit)
  return Buffer.concat(chunks)
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) })
  res.end(text)
}
