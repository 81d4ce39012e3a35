// The local cloud: one HTTP server on loopback that speaks the CloudBase API
// the SDK uses (/admin), runs the cloud functions (host), and serves the H5 app
// with its gateway (/__cloud) and developer endpoints (/__dev).
import { API_FUNCTION } from '../src/common/function-names'
import { isPublicAction } from '../src/common/public-actions'
import fs from 'fs'
import http from 'http'
import path from 'path'
import type { AddressInfo } from 'net'
import { randomBytes } from 'crypto'
import { COLLECTIONS, type CollectionDecl } from '../server/db/schema'
import { DbEngine, DbError } from './db/engine'
import { Store } from './db/store'
import { FunctionHost, type CallerContext, type FunctionGeneration, type InvocationRecord } from './functions/host'
import { flattenHeaders, httpAccessEvent, sendHttpAccessReply } from './functions/http-access'
import { startExternalCron } from './functions/external-cron'
import { loadFunctions } from './functions/registry'
import { decodeOpenApiForm, encodeOpenApiResponse, encodeOpenApiSystemError, OPENAPI_HTTP_CONTENT_TYPE, parseMultipart } from './openapi/wire'
import { FaultSchema, Outbox } from './openapi/outbox'
import { ContentChecker, SecCheckFaultSchema, SecCheckWordsSchema, type SecCheckWords } from './openapi/sec-check'
import { BodyTooLargeError, readBody, sendJson } from './http/body'
import { readJsonBody } from './http/json-body'
import { gatewayReplier } from './http/gateway-errors'
import { serveStatic } from './http/static'
import { DEMO_FACTORY, DEMO_IDENTITIES, seedDemo } from './seed'
import { renderDevPage } from './http/dev-page'
import { checkHostAndOrigin, checkJsonContentType, isLoopbackHost, type Refusal } from './http/guard'
import { issueCredentials, verifyTc3, type Credentials, type SignedBody } from './auth/tc3'
import { FUNCTIONS_DIR, RUNNER_PATH } from './paths'
import { LocalStorage, StorageError } from './storage/storage'
import { LatencyModel, type LatencyOptions } from './latency'

export interface LocalCloudOptions {
  dataDir: string
  port?: number
  host?: string
  /** folders of deployable functions (default: cloudfunctions/) */
  functionsDirs?: string[]
  runnerPath?: string
  staticDir?: string
  envId?: string
  appid?: string
  collections?: CollectionDecl[]
  /** seed the demo factory and identities (npm start) */
  seed?: boolean
  /** with the seed, the demo program's synthetic history (npm start; not in tests unless asked) */
  seedHistory?: boolean
  /** fire timer triggers on their cron (v1); in v2, call the scheduler over HTTP once a minute instead */
  timers?: boolean
  maxInstancesPerFunction?: number
  /** word lists of the emulated security.msgSecCheck (default: DEFAULT_WORDS in openapi/sec-check.ts) */
  contentSecurity?: SecCheckWords
  /** the key pair CloudBase requests must be signed with (default: random, issued at start) */
  credentials?: Credentials
  /** allow binding to a non-loopback host (then any Host name is accepted) */
  unsafeExpose?: boolean
  /** delay added to every CloudBase request (latency.ts); none by default */
  latency?: LatencyOptions
  /**
   * Environment variables of deployed functions, by function name, as set in the CloudBase
   * console (e.g. the `api` function's PRIVACY_OFFICER_NAME). Default: DEMO_FUNCTION_ENV.
   */
  functionEnv?: Record<string, Record<string, string>>
  /** CloudBase function generation to emulate: v1 (default) or v2 (concurrent invocations per instance, no timers) */
  functionGeneration?: FunctionGeneration
  /** v2: invocations one instance serves at once */
  concurrencyPerInstance?: number
  /** the scheduler's SCHEDULER_HTTP_SECRET (default: random per start) */
  schedulerSecret?: string
}

/**
 * What the local cloud's `api` function is configured with unless told otherwise: a demo person
 * in charge of children's data (the notice and About page show it) and the region to name.
 */
export const DEMO_FUNCTION_ENV: Record<string, Record<string, string>> = {
  api: { PRIVACY_OFFICER_NAME: '王丽（演示）', PRIVACY_OFFICER_CONTACT: 'privacy@example.com', DATA_REGION: 'ap-shanghai' }
}

export interface Stats {
  dbRequests: number
  byAction: Record<string, number>
  /** database requests made by each finished invocation, most recent last (bounded) */
  invocations: (Omit<InvocationRecord, 'result'> & { dbRequests: number })[]
}

const OPENID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

export class LocalCloud {
  readonly store: Store
  readonly engine: DbEngine
  /** cloud storage (files under <dataDir>/storage) */
  readonly storage: LocalStorage
  readonly outbox = new Outbox()
  /** security.msgSecCheck: word lists, fault injection and the record of checks */
  readonly secCheck = new ContentChecker()
  host!: FunctionHost
  private server!: http.Server
  private readonly perInvocation = new Map<string, number>()
  readonly stats: Stats = { dbRequests: 0, byAction: {}, invocations: [] }
  url = ''
  adminUrl = ''
  /** what a program needs to sign its requests: see sdkEnv() */
  readonly credentials: Credentials
  private port = 0
  readonly latency: LatencyModel
  /** what an outside cron must send as `Authorization: Bearer …` to /__http/scheduler */
  readonly schedulerSecret: string
  private stopExternalCron?: () => void

  constructor(readonly opts: LocalCloudOptions) {
    fs.mkdirSync(opts.dataDir, { recursive: true })
    this.schedulerSecret = opts.schedulerSecret ?? randomBytes(24).toString('hex')
    this.store = new Store(path.join(opts.dataDir, 'cloud.sqlite'))
    this.engine = new DbEngine(this.store)
    this.storage = new LocalStorage(opts.dataDir, opts.envId ?? 'local-env', () => this.url)
    this.credentials = opts.credentials ?? issueCredentials()
    this.latency = new LatencyModel(opts.latency)
    this.applySchema(opts.collections ?? COLLECTIONS)
    if (opts.contentSecurity) this.secCheck.configure(opts.contentSecurity)
    if (opts.seed) seedDemo(this.store, undefined, { history: opts.seedHistory === true })
  }

  /** Creates missing collections and sets their declared indexes (what deploy:db does remotely). */
  applySchema(collections: CollectionDecl[]): void {
    for (const c of collections) {
      this.store.createCollection(c.name)
      this.store.setIndexes(c.name, c.indexes)
    }
  }

  async listen(): Promise<this> {
    const bindHost = this.opts.host ?? '127.0.0.1'
    if (!isLoopbackHost(bindHost) && !this.opts.unsafeExpose) {
      throw new Error(`refusing to listen on ${bindHost}: the local cloud is for this machine only (pass --unsafe-expose to override)`)
    }
    this.server = http.createServer((req, res) => {
      this.route(req, res).catch((e) => {
        if (res.headersSent) res.end()
        else if (e instanceof BodyTooLargeError) sendJson(res, 413, { code: 'PAYLOAD_TOO_LARGE', message: e.message })
        else sendJson(res, 500, { code: 'INTERNAL', message: String((e as Error).message) })
      })
    })
    this.server.keepAliveTimeout = 5000
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(this.opts.port ?? 0, this.opts.host ?? '127.0.0.1', () => resolve())
    })
    const { port } = this.server.address() as AddressInfo
    this.port = port
    const shownHost = (this.opts.host ?? '127.0.0.1') === '0.0.0.0' ? '127.0.0.1' : (this.opts.host ?? '127.0.0.1')
    this.url = `http://${shownHost}:${port}`
    this.adminUrl = `http://127.0.0.1:${port}/admin`
    this.host = new FunctionHost({
      functions: (this.opts.functionsDirs ?? [FUNCTIONS_DIR]).flatMap((dir) => loadFunctions(dir)),
      adminUrl: this.adminUrl,
      envId: this.opts.envId ?? 'local-env',
      appid: this.opts.appid ?? 'wxlocalappid0000',
      runnerPath: this.opts.runnerPath ?? RUNNER_PATH,
      credentials: this.credentials,
      maxInstancesPerFunction: this.opts.maxInstancesPerFunction,
      generation: this.opts.functionGeneration,
      concurrencyPerInstance: this.opts.concurrencyPerInstance,
      // the environment variables a deployment sets in the console; the scheduler's HTTP secret is per start
      functionEnv: (name) => ({
        ...((this.opts.functionEnv ?? DEMO_FUNCTION_ENV)[name] ?? {}),
        ...(name === 'scheduler' ? { SCHEDULER_HTTP_SECRET: this.schedulerSecret } : {})
      }),
      onInvocationEnd: (rec) => this.recordInvocation(rec)
    })
    if (this.opts.timers) {
      if (this.host.generation === 'v2') {
        this.stopExternalCron = startExternalCron({ functionName: 'scheduler', secret: this.schedulerSecret, invoke: (n, e, c) => this.host.invoke(n, e, c) })
      } else {
        this.host.startTimers()
      }
    }
    return this
  }

  private recordInvocation(rec: InvocationRecord): void {
    const dbRequests = this.perInvocation.get(rec.invocationId) ?? 0
    this.perInvocation.delete(rec.invocationId)
    const { result: _omit, ...rest } = rec
    this.stats.invocations.push({ ...rest, dbRequests })
    if (this.stats.invocations.length > 1000) this.stats.invocations.splice(0, 500)
  }

  /** Invoke a function as a caller would (tests, the gateway, bench). */
  invoke(name: string, event: unknown, caller: CallerContext): Promise<InvocationRecord> {
    return this.host.invoke(name, event, caller)
  }

  async close(): Promise<void> {
    this.stopExternalCron?.()
    await this.host?.stop()
    await new Promise<void>((resolve) => {
      if (!this.server) return resolve()
      this.server.closeAllConnections?.()
      this.server.close(() => resolve())
    })
    this.store.close()
  }

  // ---- routing -------------------------------------------------------------

  private async route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const refused = checkHostAndOrigin(req, { port: this.port, exposed: !!this.opts.unsafeExpose })
    if (refused) return this.refuse(req, res, refused)
    const url = new URL(req.url ?? '/', 'http://local')
    const admin = /^\/admin(?:\/inv\/([0-9a-f]+)|\/fn\/([A-Za-z0-9_-]+))?\/?$/.exec(url.pathname)
    if (admin && req.method === 'POST') return this.withLatency(req, res, (r) => this.handleAdmin(req, r, admin[1], admin[2]))
    if (url.pathname === '/__cloud/call' && req.method === 'POST') return this.handleGateway(req, res)
    const httpAccess = /^\/__http\/([A-Za-z0-9_-]+)\/?$/.exec(url.pathname)
    if (httpAccess) return this.handleHttpAccess(req, res, httpAccess[1], url)
    if (url.pathname.startsWith('/__dev')) return this.handleDev(req, res, url)
    if (url.pathname.startsWith('/__storage/')) return this.storage.handleHttp(req, res, url)
    serveStatic(this.opts.staticDir, req, res)
  }

  /** Answers a refused request with a typed error, after draining its body so the connection stays usable. */
  private async refuse(req: http.IncomingMessage, res: http.ServerResponse, r: Refusal): Promise<void> {
    req.resume()
    sendJson(res, r.status, { code: r.code, message: r.message })
  }

  // ---- the CloudBase API the SDK calls --------------------------------------

  /** The CloudBase round trip as the latency model says (openapi calls come as multipart forms). */
  private async withLatency(req: http.IncomingMessage, res: http.ServerResponse, handle: (res: http.ServerResponse) => Promise<void> | void): Promise<void> {
    if (!this.latency.enabled) return handle(res)
    const kind = String(req.headers['content-type'] ?? '').startsWith('multipart/form-data') ? 'openapi' : 'db'
    // the answer is held back for the second half of the trip (writeHead/end replayed after the delay)
    const held: { head?: unknown[]; body?: unknown[] } = {}
    res.writeHead = ((...a: unknown[]) => ((held.head = a), res)) as never
    res.end = ((...a: unknown[]) => ((held.body = a), res)) as never
    try {
      await this.latency.around(kind, () => handle(res))
    } finally {
      // the instance's own stand-ins go: the prototype's real methods show again
      delete (res as Partial<http.ServerResponse>).writeHead
      delete (res as Partial<http.ServerResponse>).end
    }
    if (held.head) (res.writeHead as (...a: unknown[]) => void)(...held.head)
    ;(res.end as (...a: unknown[]) => void)(...(held.body ?? []))
  }

  /** `invocationId` (v1) or `functionName` (v2 instances) say who made the request. */
  private async handleAdmin(req: http.IncomingMessage, res: http.ServerResponse, invocationId?: string, functionName?: string): Promise<void> {
    const contentType = req.headers['content-type'] ?? ''
    const multipart = contentType.startsWith('multipart/form-data')
    if (!multipart) {
      const refused = checkJsonContentType(req)
      if (refused) return this.refuse(req, res, refused)
    }
    const body = await readBody(req)
    const requestId = randomBytes(8).toString('hex')
    let signed: SignedBody
    try {
      signed = multipart ? { kind: 'multipart', fields: parseMultipart(body, contentType) } : { kind: 'json', params: JSON.parse(body.toString('utf8')) }
      if (signed.kind === 'json' && (typeof signed.params !== 'object' || signed.params === null || Array.isArray(signed.params))) throw new Error('not an object')
    } catch {
      return sendJson(res, 200, { code: 'INVALID_PARAM', message: multipart ? 'body is not multipart/form-data' : 'body is not a JSON object', requestId })
    }
    const verdict = verifyTc3({ method: req.method ?? 'POST', url: req.url ?? '/', headers: req.headers, body: signed }, this.credentials)
    // HTTP 200 with a code, as CloudBase answers its errors: the SDK then reports the code.
    if (!verdict.ok) return sendJson(res, 200, { code: 'SIGN_PARAM_INVALID', message: `request refused: ${verdict.reason}`, requestId })
    if (signed.kind === 'multipart') return this.handleOpenApi(signed.fields, res, invocationId, functionName)
    const params: Record<string, any> = signed.params
    const action = String(params.action ?? '')
    this.count(action, invocationId)
    if (action.startsWith('database.')) {
      try {
        return sendJson(res, 200, { ...this.engine.handle(action, params), requestId })
      } catch (e) {
        const err = e as DbError
        return sendJson(res, 200, { code: err.code ?? 'DATABASE_REQUEST_FAILED', message: err.message, requestId })
      }
    }
    if (action.startsWith('storage.')) {
      try {
        return sendJson(res, 200, { ...this.storage.handle(action, params), requestId })
      } catch (e) {
        const err = e as StorageError
        return sendJson(res, 200, { code: err.code ?? 'STORAGE_REQUEST_FAIL', message: err.message, requestId })
      }
    }
    if (action === 'functions.invokeFunction') {
      const parent = invocationId ? this.host.activeInvocation(invocationId) : undefined
      const caller: CallerContext = {
        openid: parent?.caller.openid,
        source: parent ? `${parent.caller.source},scf` : 'scf'
      }
      let event: unknown = {}
      try {
        event = params.request_data ? JSON.parse(params.request_data) : {}
      } catch {
        return sendJson(res, 200, { code: 'INVALID_PARAM', message: 'request_data is not JSON', requestId })
      }
      const rec = await this.host.invoke(String(params.function_name), event, caller)
      if (!rec.ok) return sendJson(res, 200, { code: 'FUNCTIONS_EXECUTE_FAIL', message: rec.error!.errMsg, requestId })
      return sendJson(res, 200, { data: { response_data: JSON.stringify(rec.result) }, requestId })
    }
    return sendJson(res, 200, { code: 'INVALID_ACTION', message: `unsupported action: ${action}`, requestId })
  }

  private count(action: string, invocationId?: string): void {
    if (!action.startsWith('database.')) return
    this.stats.dbRequests++
    this.stats.byAction[action] = (this.stats.byAction[action] ?? 0) + 1
    if (invocationId) this.perInvocation.set(invocationId, (this.perInvocation.get(invocationId) ?? 0) + 1)
  }

  private handleOpenApi(fields: Record<string, Buffer>, res: http.ServerResponse, invocationId?: string, functionName?: string): void {
    const form = decodeOpenApiForm(fields)
    const reply = (buf: Buffer) => {
      res.writeHead(200, { 'content-type': OPENAPI_HTTP_CONTENT_TYPE, 'content-length': buf.length })
      res.end(buf)
    }
    const parent = invocationId ? this.host.activeInvocation(invocationId) : undefined
    const callerFunction = parent?.functionName ?? functionName
    const def = callerFunction ? this.host.definition(callerFunction) : undefined
    const apiName = String(form.apiName ?? '')
    // The platform refuses openapi calls a function's config.json does not declare.
    if (!def?.config.permissions?.openapi?.includes(apiName)) return reply(encodeOpenApiSystemError(-604101))
    if (apiName === 'security.msgSecCheck') {
      const { body, delayMs } = this.secCheck.check(form.data, callerFunction)
      if (!delayMs) return reply(encodeOpenApiResponse(body))
      // a late reply: the caller's own timeout (or the function's) decides what happens
      setTimeout(() => reply(encodeOpenApiResponse(body)), delayMs).unref()
      return
    }
    if (apiName !== 'subscribeMessage.send') {
      return reply(encodeOpenApiResponse({ errcode: 40001, errmsg: `api ${apiName} is not emulated` }))
    }
    reply(encodeOpenApiResponse(this.outbox.send(form.data, callerFunction)))
  }

  // ---- the H5 gateway and developer endpoints ------------------------------

  private async handleGateway(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const reply = gatewayReplier(req, res)
    const refused = checkJsonContentType(req)
    if (refused) return reply(refused.status, 'BAD_REQUEST', refused.message)
    const openid = String(req.headers['x-dev-openid'] ?? '')
    // All-digit values would reach the function as numbers (getWXContext parses them: "007" acts as 7);
    // real openids never are, so such a dev identity is refused instead of silently changed.
    const signedIn = OPENID_PATTERN.test(openid) && !/^-?\d+$/.test(openid)
    const signInFirst = () => reply(401, 'UNAUTHENTICATED', 'sign in first: no or invalid x-dev-openid header (letters, digits, _ or -, not digits only)')
    if (!signedIn && openid !== '') return signInFirst()
    const body = await readJsonBody(req)
    if (!body.ok) {
      if (body.problem === 'TOO_LARGE') return reply(413, 'PAYLOAD_TOO_LARGE', 'body too large')
      return reply(400, 'BAD_REQUEST', body.problem === 'TOO_DEEP' ? 'body nested too deep' : 'body must be JSON {name, data}')
    }
    const call = body.value as { name?: unknown; data?: unknown } | null
    if (typeof call !== 'object' || call === null || Array.isArray(call) || typeof call.name !== 'string') {
      return reply(400, 'BAD_REQUEST', 'body must be JSON {name, data}')
    }
    // Without a sign-in, only the api's public actions (a shared tip) go through, as nobody.
    if (!signedIn && !(call.name === API_FUNCTION && isPublicAction((call.data as { action?: unknown } | null)?.action))) return signInFirst()
    if (!this.host.definition(call.name)) return reply(404, 'NOT_FOUND', `no such cloud function: ${call.name}`)
    const rec = await this.host.invoke(call.name, call.data ?? {}, {
      openid: signedIn ? openid : undefined,
      source: 'wx_client',
      clientIp: req.socket.remoteAddress ?? undefined
    })
    if (!rec.ok) return reply(502, 'INTERNAL', `${rec.error!.errCode}: ${rec.error!.errMsg}`)
    sendJson(res, 200, { result: rec.result, requestID: rec.invocationId })
  }

  /** CloudBase HTTP access to a function (the outside cron's way in on V2). */
  private async handleHttpAccess(req: http.IncomingMessage, res: http.ServerResponse, name: string, url: URL): Promise<void> {
    if (!this.host.definition(name)) return sendJson(res, 404, { errMsg: `no such cloud function: ${name}` })
    const event = httpAccessEvent({
      method: req.method ?? 'GET',
      path: url.pathname,
      headers: flattenHeaders(req.headers),
      query: Object.fromEntries(url.searchParams),
      body: (await readBody(req)).toString('utf8')
    })
    const rec = await this.host.invoke(name, event, { source: '', clientIp: req.socket.remoteAddress ?? undefined })
    if (!rec.ok) return sendJson(res, 502, { errCode: rec.error!.errCode, errMsg: rec.error!.errMsg })
    sendHttpAccessReply(res, rec.result)
  }

  private async handleDev(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const route = `${req.method} ${url.pathname.replace(/\/$/, '')}`
    // Writes take a JSON body only (see http/guard.ts); an empty body reads as {}.
    let body: unknown = {}
    if (req.method === 'POST' || req.method === 'PUT') {
      const refused = checkJsonContentType(req)
      if (refused) return this.refuse(req, res, refused)
      const read = await readJsonBody(req)
      if (!read.ok) return sendJson(res, read.problem === 'TOO_LARGE' ? 413 : 400, { code: 'BAD_REQUEST', message: `body: ${read.problem}` })
      body = read.value ?? {}
    }
    switch (route) {
      case 'GET /__dev':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        res.end(renderDevPage(this.identities(), this.outbox.list()))
        return
      case 'GET /__dev/identities':
        return sendJson(res, 200, { identities: this.identities() })
      case 'GET /__dev/outbox':
        return sendJson(res, 200, { messages: this.outbox.list() })
      case 'DELETE /__dev/outbox':
        this.outbox.clear()
        this.outbox.clearFaults()
        return sendJson(res, 200, { ok: true })
      case 'POST /__dev/openapi/faults': {
        const parsed = FaultSchema.safeParse(body)
        if (!parsed.success) return sendJson(res, 400, { errMsg: parsed.error.message })
        this.outbox.arm(parsed.data)
        return sendJson(res, 200, { ok: true })
      }
      case 'GET /__dev/sec-check':
        return sendJson(res, 200, { words: this.secCheck.wordLists(), checks: this.secCheck.list() })
      case 'PUT /__dev/sec-check/words': {
        const parsed = SecCheckWordsSchema.safeParse(body)
        if (!parsed.success) return sendJson(res, 400, { errMsg: parsed.error.message })
        this.secCheck.configure(parsed.data)
        return sendJson(res, 200, { words: this.secCheck.wordLists() })
      }
      case 'POST /__dev/sec-check/faults': {
        const parsed = SecCheckFaultSchema.safeParse(body)
        if (!parsed.success) return sendJson(res, 400, { errMsg: parsed.error.message })
        this.secCheck.arm(parsed.data)
        return sendJson(res, 200, { ok: true })
      }
      case 'DELETE /__dev/sec-check':
        this.secCheck.reset()
        if (this.opts.contentSecurity) this.secCheck.configure(this.opts.contentSecurity)
        return sendJson(res, 200, { ok: true })
      case 'GET /__dev/stats':
        return sendJson(res, 200, this.stats)
      default:
        return sendJson(res, 404, { errMsg: 'unknown dev endpoint' })
    }
  }

  private identities() {
    const factory = this.store.get('factories', DEMO_FACTORY._id)?.doc
    return DEMO_IDENTITIES.filter((i) => this.store.get('users', i.openid)).map((i) => ({
      ...i,
      factoryName: (factory?.name as Record<string, string>) ?? DEMO_FACTORY.name
    }))
  }
}

export async function startLocalCloud(opts: LocalCloudOptions): Promise<LocalCloud> {
  return new LocalCloud(opts).listen()
}
