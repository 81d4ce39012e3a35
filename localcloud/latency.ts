// The latency model of the local cloud: real CloudBase answers a function's
// database request in several to tens of milliseconds and an openapi call in
// tens, where this machine answers in well under one. With a model set, every
// CloudBase request reaching /admin waits that long (half before it is
// executed, half before its answer leaves, like a network round trip) with a
// little jitter, so code that is slow because of round trips shows it here.
// Configured by options, command-line flags or environment variables:
//   --db-latency-ms       LOCALCLOUD_DB_LATENCY_MS        database.* (and other JSON actions)
//   --openapi-latency-ms  LOCALCLOUD_OPENAPI_LATENCY_MS   openapi calls (subscribeMessage.send)
//   --max-instances       LOCALCLOUD_MAX_INSTANCES        warm instances per function (default 16)

export interface LatencyOptions {
  /** mean delay of a database request, ms (0 = none) */
  dbMs?: number
  /** mean delay of an openapi call, ms (0 = none) */
  openapiMs?: number
  /** relative spread around the mean: 0.2 = uniformly ±20 % (default) */
  jitter?: number
}

export type RequestKind = 'db' | 'openapi'

export const DEFAULT_JITTER = 0.2
export const DEFAULT_MAX_INSTANCES = 16

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export class LatencyModel {
  readonly dbMs: number
  readonly openapiMs: number
  readonly jitter: number

  constructor(opts: LatencyOptions = {}, private readonly random: () => number = Math.random) {
    this.dbMs = nonNegative(opts.dbMs ?? 0, 'db latency')
    this.openapiMs = nonNegative(opts.openapiMs ?? 0, 'openapi latency')
    this.jitter = Math.min(1, nonNegative(opts.jitter ?? DEFAULT_JITTER, 'jitter'))
  }

  get enabled(): boolean {
    return this.dbMs > 0 || this.openapiMs > 0
  }

  /** One sample of the round-trip delay of a request of this kind. */
  sample(kind: RequestKind): number {
    const mean = kind === 'openapi' ? this.openapiMs : this.dbMs
    if (mean <= 0) return 0
    return mean * (1 - this.jitter + 2 * this.jitter * this.random())
  }

  /**
   * Runs `work` inside one simulated round trip: half of the delay before it
   * (the request travelling) and half after (the answer travelling), so two
   * concurrent requests interleave at the database as they would remotely.
   */
  async around<T>(kind: RequestKind, work: () => T | Promise<T>): Promise<T> {
    const total = this.sample(kind)
    if (total <= 0) return work()
    await sleep(total / 2)
    const result = await work()
    await sleep(total / 2)
    return result
  }

  describe(): string {
    return this.enabled ? `db ${this.dbMs} ms, openapi ${this.openapiMs} ms (±${Math.round(this.jitter * 100)} %)` : 'none'
  }
}

function nonNegative(n: number, what: string): number {
  if (!Number.isFinite(n) || n < 0) throw new Error(`${what} must be a number ≥ 0, got ${n}`)
  return n
}

function parseNumber(value: string | undefined, what: string): number | undefined {
  if (value === undefined || value === '') return undefined
  const n = Number(value)
  if (!Number.isFinite(n) || n < 0) throw new Error(`${what} must be a number ≥ 0, got "${value}"`)
  return n
}

/** Flags of `npm run emulator` / `npm start` that configure the model (for util.parseArgs). */
export const LATENCY_ARG_OPTIONS = {
  'db-latency-ms': { type: 'string' },
  'openapi-latency-ms': { type: 'string' },
  'max-instances': { type: 'string' }
} as const

/** Flags win over environment variables; unset means no delay and the default instance limit. */
export function latencySettingsFrom(
  flags: { 'db-latency-ms'?: string; 'openapi-latency-ms'?: string; 'max-instances'?: string },
  env: NodeJS.ProcessEnv = process.env
): { latency: LatencyOptions; maxInstancesPerFunction?: number } {
  const dbMs = parseNumber(flags['db-latency-ms'] ?? env.LOCALCLOUD_DB_LATENCY_MS, '--db-latency-ms')
  const openapiMs = parseNumber(flags['openapi-latency-ms'] ?? env.LOCALCLOUD_OPENAPI_LATENCY_MS, '--openapi-latency-ms')
  const max = parseNumber(flags['max-instances'] ?? env.LOCALCLOUD_MAX_INSTANCES, '--max-instances')
  if (max !== undefined && (!Number.isInteger(max) || max < 1)) throw new Error(`--max-instances must be a whole number ≥ 1, got ${max}`)
  return { latency: { dbMs, openapiMs }, ...(max !== undefined ? { maxInstancesPerFunction: max } : {}) }
}
