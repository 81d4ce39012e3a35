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

/**
 * Invocations in flight, and those that shared the instance with another (V2): the instance's
 * CPU time is one invocation's only when it ran alone (always in V1).
 */
const active = new Set<string>()
const shared = new Set<string>()

/** Ends an invocation's CPU accounting: its CPU time in ms, or undefined when it was shared. */
function cpuTimeOf(invocationId: string, since: NodeJS.CpuUsage): number | undefined {
  active.delete(invocationId)
  const alone = !shared.delete(invocationId)
  if (!alone) return undefined
  const d = process.cpuUsage(since)
  return (d.user + d.system) / 1000
}

process.on('message', async (msg: InvokeMessage) => {
  if (msg.type !== 'invoke') return
  if (active.size) for (const id of [...active, msg.invocationId]) shared.add(id)
  active.add(msg.invocationId)
  const cpu0 = process.cpuUsage()
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
    const cpuMs = cpuTimeOf(msg.invocationId, cpu0)
    process.send!({ type: 'result', invocationId: msg.invocationId, ok: true, result: result ?? null, coldStartMs: firstLoad, cpuMs })
  } catch (e) {
    const cpuMs = cpuTimeOf(msg.invocationId, cpu0)
    process.send!({ type: 'result', invocationId: msg.invocationId, ok: false, error: serializeError(e), coldStartMs: firstLoad, cpuMs })
  }
})

// An unhandled rejection ends an SCF invocation with an error; here the host
// sees the process exit and reports it for the invocation in flight.
process.on('unhandledRejection', (e) => {
  console.error('[function] unhandled rejection', e)
  process.exit(1)
})

process.send!({ type: 'ready' })
