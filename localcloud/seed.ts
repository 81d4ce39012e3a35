// Demo data for `npm start`: one factory and a user in each role. Written once
// (skipped when the factory exists) so a developer's own changes persist.
import type { Store } from './db/store'

export interface DemoIdentity {
  openid: string
  displayName: string
  role: 'worker' | 'hr' | 'staff'
}

export const DEMO_FACTORY = {
  _id: 'demo-factory',
  name: { 'zh-CN': '华南电子厂（演示）', en: 'South China Electronics (demo)' },
  inviteCode: 'DEMO2026'
}

export const DEMO_IDENTITIES: DemoIdentity[] = [
  { openid: 'demo-worker', displayName: '李秀英', role: 'worker' },
  { openid: 'demo-hr', displayName: '张敏', role: 'hr' },
  { openid: 'demo-staff', displayName: '陈静', role: 'staff' }
]

export function seedDemo(store: Store, now = new Date()): boolean {
  if (store.get('factories', DEMO_FACTORY._id)) return false
  store.commit([
    { coll: 'factories', id: DEMO_FACTORY._id, doc: { ...DEMO_FACTORY, createdAt: now } },
    ...DEMO_IDENTITIES.map((p) => ({
      coll: 'users',
      id: p.openid,
      doc: {
        _id: p.openid,
        displayName: p.displayName,
        language: 'zh-CN',
        roles: [{ factoryId: DEMO_FACTORY._id, role: p.role }],
        createdAt: now,
        updatedAt: now
      }
    }))
  ])
  return true
}
