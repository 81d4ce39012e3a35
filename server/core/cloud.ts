// The one adapter over wx-server-sdk: initialised once per instance (warm
// instances reuse it), env taken from the platform (DYNAMIC_CURRENT_ENV).
import cloud from 'wx-server-sdk'

// DYNAMIC_CURRENT_ENV is a symbol the SDK resolves to the calling env; its typing says string.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })

export const db = cloud.database()
export const _ = db.command

/** Who called this invocation, as the platform says (never from the request payload). */
export interface Invocation {
  openid?: string
  /** wx_client, wx_trigger, "<parent>,scf"... ('' when the platform says nothing) */
  source: string
}

/** The per-invocation context the runtime passes to main (SCF: `environment` is a JSON string). */
export interface FunctionContext {
  environment?: string
  time_limit_in_ms?: number
}

/**
 * Reads the caller once, at the top of `main`, before any await: on Cloud Functions V2 several
 * invocations share one instance (and its process.env), so identity is passed down from here,
 * never read again later. The invocation's own context wins over process.env, the same order
 * the CloudBase SDK uses (context > process.env); V1 puts it in process.env (getWXContext).
 */
export function readInvocation(context?: FunctionContext): Invocation {
  const fromContext = parseEnvironment(context?.environment)
  if (fromContext && ('WX_OPENID' in fromContext || 'TCB_SOURCE' in fromContext)) {
    return { openid: openidOf(fromContext.WX_OPENID), source: String(fromContext.TCB_SOURCE ?? '') }
  }
  const wx = cloud.getWXContext()
  return { openid: openidOf(wx.OPENID), source: String(wx.SOURCE ?? '') }
}

/** Source of this invocation (for functions that only check who started them). */
export function callerSource(context?: FunctionContext): string {
  return readInvocation(context).source
}

function parseEnvironment(environment: string | undefined): Record<string, string> | undefined {
  if (!environment) return undefined
  try {
    const parsed = JSON.parse(environment) as unknown
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : undefined
  } catch {
    return undefined
  }
}

/**
 * getWXContext turns an all-digit value into a number ("007" → 7, long ones lose digits). WeChat
 * openids never are all digits, so such an identity is no identity (not someone else's), on
 * either path.
 */
function openidOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' && !/^\d+$/.test(value) ? value : undefined
}

export { cloud }

// The SDK's typings mix callback and promise styles (results typed `| void`);
// these narrow what the promise form actually resolves to.
export async function rows<T>(request: Promise<unknown> | unknown): Promise<T[]> {
  return ((await request) as { data: T[] }).data
}

export async function updatedCount(request: Promise<unknown> | unknown): Promise<number> {
  return ((await request) as { stats: { updated: number } }).stats.updated
}

export type Collection = ReturnType<typeof db.collection>

export async function countOf(request: Promise<unknown> | unknown): Promise<number> {
  return ((await request) as { total: number }).total
}

/** One document by id, or null (`doc(id).get()` throws when it is missing). */
export async function byId<T>(c: Collection, id: string): Promise<T | null> {
  const data = await rows<T>(c.where({ _id: id }).limit(1).get())
  return data[0] ?? null
}

/** Documents by id, any number of ids (read in pages of 1000, the SDK's limit); `fields` as in field(). */
export async function byIds<T>(c: Collection, ids: string[], fields?: Record<string, boolean>): Promise<T[]> {
  const out: T[] = []
  for (let i = 0; i < ids.length; i += 1000) {
    const q = c.where({ _id: _.in(ids.slice(i, i + 1000)) })
    out.push(...(await rows<T>((fields ? q.field(fields) : q).limit(1000).get())))
  }
  return out
}

/** A unique index (or the _id) refused an insert: someone already did it. */
export function isDuplicateKeyError(e: unknown): boolean {
  const err = e as { errMsg?: string; message?: string } | undefined
  return /duplicate|E11000|exist/i.test(String(err?.errMsg ?? err?.message ?? e))
}

/** Inserts; false when a unique index refused it (the caller re-reads to see who won). */
export async function addUnlessDuplicate(c: Collection, doc: Record<string, unknown>): Promise<boolean> {
  try {
    await c.add({ data: doc })
    return true
  } catch (e) {
    if (isDuplicateKeyError(e)) return false
    throw e
  }
}
