// H5 dev-only: the demo identities offered by the local gateway.
import type { Role } from '@/common/roles'

export interface DevIdentity {
  openid: string
  displayName: string
  /** a factory role, or a program officer (who belongs to a program, not a factory) */
  role: Role | 'program'
  factoryName?: { 'zh-CN': string; en: string }
}

export async function fetchDevIdentities(): Promise<DevIdentity[]> {
  const res = await fetch('/__dev/identities')
  if (!res.ok) throw new Error(`identities HTTP ${res.status}`)
  const body = (await res.json()) as { identities?: DevIdentity[] }
  return Array.isArray(body.identities) ? body.identities : []
}
