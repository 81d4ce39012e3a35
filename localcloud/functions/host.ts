// A function host that behaves like SCF: per function a pool of warm
// instances (child processes), with the caller's identity set per invocation,
// timeouts from config.json enforced. Two generations, as CloudBase has:
// - v1: one invocation per instance at a time; timer triggers fire on their
//   cron (7 fields, UTC+8); a timed-out instance is killed.
// - v2: several invocations share one instance at once (so module-scope state
//   is shared); no timer triggers; a timeout ends only that invocation.
import { fork, type ChildProcess } from 'child_process'
import { randomBytes } from 'crypto'
import { performance } from 'perf_hooks'
import { nextFireTime, parseCron } from './cron'
import type { FunctionDef } from './registry'
import { sdkEnv } from '../sdk-env'
import type { Credentials } from '../auth/tc3'
import { DEFAULT_MAX_INSTANCES } from '../latency'

export interface CallerContext {
  openid?: string
  unionid?: string
  clientIp?: string
  /** wx_client for app calls, wx_trigger for timers, "<parent>,scf" for function-to-function */
  source: string
  timer?: { name: string }
}

export interface InvocationRecord {
  invocationId: string
  functionName: string
  ok: boolean
  result?: unknown
  error?: { errCode: number; errMsg: string }
  durationMs: number
  coldStartMs?: number
  /** the instance's CPU time for this invocation (undefined when it shared the instance, V2) */
  cpuMs?: number
}

export type FunctionGeneration = 'v1' | 'v2'

/** Invocations one v2 instance serves at once unless told otherwise. */
export const V2_DEFAULT_CONCURRENCY = 10

interface Instance {
  child: ChildProcess
  /** invocations in flight on this instance (v1: at most one) */
  load: number
  /** killed after a timeout: never handed out again */
  dead?: boolean
  ready: Promise<void>
  pending: Map<string, (m: any) => void>
}

export interface HostOptions {
  functions: FunctionDef[]
  /** Base URL the SDK must call, e.g. http://127.0.0.1:PORT/admin */
  adminUrl: string
  envId: string
  appid: string
  runnerPath: string
  /** the key pair instances sign their CloudBase requests with */
  credentials: Credentials
  maxInstancesPerFunction?: number
  /** v1 (default) or v2 (concurrent invocations per instance, no timers) */
  generation?: FunctionGeneration
  /** v2 only: invocations one instance serves at once */
  concurrencyPerInstance?: number
  /** extra environment for a function's instances, by function name (the console's 环境变量) */
  functionEnv?: (name: string) => Record<string, string>
  /** Called around every invocation so the server can attribute database requests. */
  onInvocationEnd?: (rec: InvocationRecord) => void
}

export const TIMEOUT_ERRCODE = -504003

export class FunctionHost {
  private readonly pools = new Map<string, Instance[]>()
  private readonly waiters = new Map<string, (() => void)[]>()
  private readonly timers: NodeJS.Timeout[] = []
  private readonly defs: Map<string, FunctionDef>
  private stopped = false
  /** invocations in flight, so requests they make can be attributed to them */
  private readonly active = new Map<string, { functionName: string; caller: CallerContext }>()

  readonly generation: FunctionGeneration

  constructor(private readonly opts: HostOptions) {
    sdkEnv(opts.adminUrl, opts.credentials) // refuses a non-loopback URL up front
    this.defs = new Map(opts.functions.map((f) => [f.name, f]))
    this.generation = opts.generation ?? 'v1'
  }

  private get perInstance(): number {
    return this.generation === 'v2' ? (this.opts.concurrencyPerInstance ?? V2_DEFAULT_CONCURRENCY) : 1
  }

  /** Live instances of a function (tests check how invocations were spread). */
  instanceCount(name: string): number {
    return (this.pools.get(name) ?? []).filter((i) => !i.dead).length
  }

  activeInvocation(invocationId: string) {
    return this.active.get(invocationId)
  }

  functionNames(): string[] {
    return [...this.defs.keys()]
  }

  definition(name: string): FunctionDef | undefined {
    return this.defs.get(name)
  }

  private spawn(def: FunctionDef): Instance {
    const child = fork(this.opts.runnerPath, [], {
      cwd: def.dir,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        LOCALCLOUD_ENTRY: def.entry,
        ...sdkEnv(this.opts.adminUrl, this.opts.credentials, this.opts.envId),
        // v2: invocations overlap, so requests are attributed to the function, not to one invocation
        ...(this.generation === 'v2' ? { TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${this.opts.adminUrl}/fn/${def.name}` }) } : {}),
        ...(this.opts.functionEnv?.(def.name) ?? {}),
        SCF_FUNCTIONNAME: def.name,
        WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID,WX_CLIENTIP',
        WX_APPID: this.opts.appid,
        TZ: 'Asia/Shanghai'
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      execArgv: [`--max-old-space-size=${def.config.memorySize ?? 256}`]
    })
    const inst: Instance = {
      child,
      load: 0,
      pending: new Map(),
      ready: new Promise((resolve, reject) => {
        const onMsg = (m: any) => {
          if (m?.type === 'ready') {
            child.off('message', onMsg)
            resolve()
          }
        }
        child.on('message', onMsg)
        child.once('exit', () => reject(new Error(`instance of ${def.name} exited before it was ready`)))
      })
    }
    inst.ready.catch(() => undefined)
    child.on('message', (m: any) => {
      if (m?.type === 'result') inst.pending.get(m.invocationId)?.(m)
    })
    // An instance killed (crash, timeout, a test's SIGKILL) just as an invocation is handed to it
    // makes the IPC write fail with EPIPE: that is the instance dying, reported by its exit below,
    // not an error of the host.
    child.on('error', (e) => {
      inst.dead = true
      for (const resolve of [...inst.pending.values()]) resolve({ ok: false, error: { message: `function instance exited (${e.message})` }, exited: true })
    })
    child.once('exit', (code, signal) => {
      const pool = this.pools.get(def.name) ?? []
      this.pools.set(
        def.name,
        pool.filter((i) => i !== inst)
      )
      for (const resolve of [...inst.pending.values()]) {
        resolve({ ok: false, error: { message: `function instance exited (${signal ?? code})` }, exited: true })
      }
      this.release(def.name)
    })
    return inst
  }

  /** Takes an idle instance, starts a new one, or waits for one to free up. */
  private async acquire(def: FunctionDef): Promise<Instance> {
    const max = this.opts.maxInstancesPerFunction ?? DEFAULT_MAX_INSTANCES
    for (;;) {
      if (this.stopped) throw new Error('function host stopped')
      const pool = this.pools.get(def.name) ?? []
      this.pools.set(def.name, pool)
      const free = pool.find((i) => i.load < this.perInstance && !i.dead)
      if (free) {
        free.load++
        return free
      }
      if (pool.filter((i) => !i.dead).length < max) {
        const inst = this.spawn(def)
        inst.load++
        pool.push(inst)
        return inst
      }
      await new Promise<void>((resolve) => {
        const list = this.waiters.get(def.name) ?? []
        list.push(resolve)
        this.waiters.set(def.name, list)
      })
    }
  }

  private release(name: string): void {
    const next = this.waiters.get(name)?.shift()
    if (next) next()
  }

  async invoke(name: string, event: unknown, caller: CallerContext): Promise<InvocationRecord> {
    const def = this.defs.get(name)
    const invocationId = randomBytes(8).toString('hex')
    if (!def) {
      return { invocationId, functionName: name, ok: false, error: { errCode: -501000, errMsg: `FunctionName parameter could not be found: ${name}` }, durationMs: 0 }
    }
    const inst = await this.acquire(def)
    const t0 = performance.now()
    this.active.set(invocationId, { functionName: name, caller })
    let rec: InvocationRecord
    try {
      await inst.ready
      const timeoutMs = def.config.timeout * 1000
      const reply = await new Promise<any>((resolve) => {
        const timer = setTimeout(() => {
          inst.pending.delete(invocationId)
          resolve({ ok: false, timedOut: true })
          // v1 ends a timed-out instance; v2 ends only the invocation (others share the instance)
          if (this.generation === 'v1') {
            inst.dead = true
            inst.child.kill('SIGKILL')
          }
        }, timeoutMs)
        inst.pending.set(invocationId, (m) => {
          clearTimeout(timer)
          inst.pending.delete(invocationId)
          resolve(m)
        })
        // A message IPC cannot serialise (e.g. nested too deep) throws here: disarm the
        // timer, or it would kill this healthy instance during a later invocation.
        const sent = (fn: () => void) => {
          try {
            fn()
          } catch (e) {
            clearTimeout(timer)
            inst.pending.delete(invocationId)
            resolve({ ok: false, error: { message: `event could not be delivered: ${(e as Error).message}` } })
          }
        }
        const env = this.invocationEnv(invocationId, caller)
        sent(() => inst.child.send({
          type: 'invoke',
          invocationId,
          event,
          env,
          context: {
            // the per-invocation context the SDK itself reads before process.env ("environment", JSON)
            environment: JSON.stringify(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== null))),
            request_id: invocationId,
            function_name: def.name,
            namespace: this.opts.envId,
            memory_limit_in_mb: def.config.memorySize ?? 256,
            time_limit_in_ms: timeoutMs
          }
        }))
      })
      const durationMs = performance.now() - t0
      if (reply.ok) {
        rec = { invocationId, functionName: name, ok: true, result: reply.result, durationMs, coldStartMs: reply.coldStartMs, cpuMs: reply.cpuMs }
      } else if (reply.timedOut) {
        rec = {
          invocationId,
          functionName: name,
          ok: false,
          error: { errCode: TIMEOUT_ERRCODE, errMsg: `Invoking task timed out after ${def.config.timeout} seconds` },
          durationMs
        }
      } else {
        rec = { invocationId, functionName: name, ok: false, error: { errCode: -504002, errMsg: `functions execute fail: ${reply.error?.message}` }, durationMs, coldStartMs: reply.coldStartMs, cpuMs: reply.cpuMs }
      }
    } catch (e) {
      rec = { invocationId, functionName: name, ok: false, error: { errCode: -504002, errMsg: String((e as Error).message) }, durationMs: performance.now() - t0 }
    } finally {
      this.active.delete(invocationId)
      inst.load--
      this.release(name)
    }
    this.opts.onInvocationEnd?.(rec)
    return rec
  }

  /** null = unset: IPC drops undefined, and a previous caller's identity must not leak. */
  private invocationEnv(invocationId: string, caller: CallerContext): Record<string, string | null> {
    const env: Record<string, string | undefined> = {
      // Per-invocation URL path lets the local cloud attribute database requests (v1: one
      // invocation per process; v2 keeps the per-function URL its instances started with).
      TCB_CONTEXT_CNFG: this.generation === 'v1' ? JSON.stringify({ URL: `${this.opts.adminUrl}/inv/${invocationId}` }) : undefined,
      WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID,WX_CLIENTIP',
      WX_APPID: this.opts.appid,
      WX_OPENID: caller.openid,
      WX_UNIONID: caller.unionid,
      WX_CLIENTIP: caller.clientIp,
      TCB_SOURCE: caller.source,
      TRIGGER_SRC: caller.timer ? 'timer' : undefined
    }
    const entries = Object.entries(env).map(([k, v]) => [k, v ?? null] as const)
    // v2 never unsets the shared TCB_CONTEXT_CNFG of the instance
    return Object.fromEntries(this.generation === 'v1' ? entries : entries.filter(([k]) => k !== 'TCB_CONTEXT_CNFG'))
  }

  /** Schedules every function's timer trigger; each fires on its own cron. */
  startTimers(onFire?: (name: string, rec: InvocationRecord) => void): void {
    // CloudBase V2 has no timer triggers: something outside must call the scheduler (HTTP).
    if (this.generation === 'v2') return
    for (const def of this.defs.values()) {
      for (const trigger of def.config.triggers ?? []) {
        const spec = parseCron(trigger.config)
        const schedule = () => {
          if (this.stopped) return
          const next = nextFireTime(spec, new Date())
          if (!next) return
          const t = setTimeout(async () => {
            const event = { Type: 'Timer', TriggerName: trigger.name, Time: new Date().toISOString(), Message: '' }
            const rec = await this.invoke(def.name, event, { source: 'wx_trigger', timer: { name: trigger.name } })
            onFire?.(def.name, rec)
            schedule()
          }, Math.max(0, next.getTime() - Date.now()))
          t.unref()
          this.timers.push(t)
        }
        schedule()
      }
    }
  }

  async stop(): Promise<void> {
    this.stopped = true
    for (const t of this.timers) clearTimeout(t)
    const all = [...this.pools.values()].flat()
    await Promise.all(
      all.map(
        (i) =>
          new Promise<void>((resolve) => {
            if (i.child.exitCode !== null || i.child.signalCode !== null) return resolve()
            i.child.once('exit', () => resolve())
            i.child.kill('SIGKILL')
          })
      )
    )
    for (const list of this.waiters.values()) list.splice(0).forEach((w) => w())
  }
}
