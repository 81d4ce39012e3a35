// The audit log: every HR/staff read of child records, with ids only.
import { coll } from './db'

export interface AuditEntry {
  actorOpenid: string
  actorRole: 'hr' | 'staff'
  factoryId: string
  action: string
  spaceId?: string
  childIds: string[]
}

export async function audit(entry: AuditEntry): Promise<void> {
  if (!entry.childIds.length) return
  await coll.audit().add({ data: { ...entry, childIds: [...new Set(entry.childIds)], at: new Date() } })
}
