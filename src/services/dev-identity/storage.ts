// H5 dev-only identity (imported only from *.h5.ts[x] files, so it never reaches the weapp build).
// Raw localStorage, not Taro storage, so browser tests can seed it with a plain string.
export const DEV_OPENID_KEY = 'fb.dev.openid'

export function readDevOpenid(): string | null {
  try {
    return window.localStorage.getItem(DEV_OPENID_KEY) || null
  } catch {
    return null
  }
}

export function writeDevOpenid(openid: string): void {
  window.localStorage.setItem(DEV_OPENID_KEY, openid)
}

export function clearDevOpenid(): void {
  window.localStorage.removeItem(DEV_OPENID_KEY)
}
