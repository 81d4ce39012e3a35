// A client-made key that makes a create safe to retry (the server returns the same record).
import Taro from '@tarojs/taro'

export function newRequestId(): string {
  return `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`
}

// Request ids waiting for their answer, kept on the device (Taro storage) so a retry after
// the app was closed (or killed) mid-request resumes the same request instead of making a
// second one: the server finishes what the first attempt left half-made.
const STORAGE_KEY = 'fb.spaces.pendingRequests'

type Pending = Record<string, string>

function readPending(): Pending {
  try {
    const v = Taro.getStorageSync(STORAGE_KEY) as unknown
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Pending) : {}
  } catch {
    return {}
  }
}

function writePending(p: Pending): void {
  try {
    if (Object.keys(p).length) Taro.setStorageSync(STORAGE_KEY, p)
    else Taro.removeStorageSync(STORAGE_KEY)
  } catch {
    /* storage full or unavailable: the id still lives in memory for this session */
  }
}

/** The request id of `scope` (e.g. one child's registration for one space), made and stored if none waits. */
export function pendingRequestId(scope: string): string {
  const p = readPending()
  if (!p[scope]) {
    p[scope] = newRequestId()
    writePending(p)
  }
  return p[scope]
}

/** The request of `scope` has its answer (done, or refused for good): forget its id. */
export function settleRequestId(scope: string): void {
  const p = readPending()
  if (!(scope in p)) return
  delete p[scope]
  writePending(p)
}

/** Is a request of `scope` still waiting for its answer (e.g. the app closed before it came)? */
export function hasPendingRequest(scope: string): boolean {
  return !!readPending()[scope]
}

/** Only a transport failure or a function that died leaves the request open; any typed answer settles it. */
export function isAnswer(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code
  return code !== 'NETWORK' && code !== 'INTERNAL'
}
