// One warm function instance, like an SCF instance: a separate Node process
// that serves one invocation at a time. It loads the UNMODIFIED bundled
// function, which uses the real wx-server-sdk; only environment variables
// point the SDK at the local cloud (see docs: cloud-emulator.md).
import { performance } from 'perf_hooks'

interface InvokeMessage {
  type: 'invoke'
  invocationId: string
  event: unknown
  env: Record<string, string | null>
  context: Record<string, unknown>
}

const entry = process.env.LOCALCLOUD_ENTRY!
let handler: ((event: unknown, context: unknown) => unknown) | undefined
let coldStartMs: number | undefined

function load() {
  if (handler) return
  const t0 = performance.now()
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(entry)
  coldStartMs = performance.now() - t0
  handler = mod.main
  if (typeof handler !== 'function') throw new Error(`${entry} does not export main`)
}

function serializeError(e: unknown) {
  const err = e as { message?: string; stack?: string; errCode?: number }
  return { message: String(err?.message ?? e), stack: err?.stack, errCode: err?.errCode }
}

process.on('message', async (msg: InvokeMessage) => {
  if (msg.type !== 'invoke') return
  for (const [k, v] of Object.entries(msg.env)) {
    if (v === null || v === undefined) delete process.env[k]
    else process.env[k] = v
  }
  let firstLoad: number | undefined
  try {
    const wasCold = !handler
    load()
    if (wasCold) firstLoad = coldStartMs
    const result = await handler!(msg.event, msg.context)
    process.send!({ type: 'result', invocationId: msg.invocationId, ok: true, result: result ?? null, coldStartMs: firstLoad })
  } catch (e) {
    process.send!({ type: 'result', invocationId: msg.invocationId, ok: false, error: serializeError(e), coldStartMs: firstLoad })
  }
})

// An unhandled rejection ends an SCF invocation with an error; here the host
// sees the process exit and reports it for the invocation in flight.
process.on('unhandledRejection', (e) => {
  console.error('[function] unhandled rejection', e)
  process.exit(1)
})

process.send!({ type: 'ready' })
