// Demo data for `npm start`: one factory and a user in each role. Written once
// (skipped when the factory exists) so a developer's own changes persist.
import type { Store } from './db/store'
import { addDays, chinaDate } from '../src/common/china-time'

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

export const DEMO_SPACE_ID = 'demo-space'

/** A China calendar day `days` after `now`'s. */
const chinaDay = (now: Date, days: number) => addDays(chinaDate(now), days)

/** The demo summer space: open now, running from today for six weeks, the demo staff assigned. */
function demoSpace(now: Date) {
  const endDate = chinaDay(now, 41)
  return {
    _id: DEMO_SPACE_ID,
    factoryId: DEMO_FACTORY._id,
    name: '2026 暑期爱心托管班',
    location: '厂区 B 栋一楼活动室',
    startDate: chinaDay(now, 0),
    endDate,
    dailyHours: { start: '08:00', end: '18:00' },
    capacity: 30,
    minAge: 3,
    maxAge: 14,
    registrationOpens: chinaDay(now, -7),
    registrationCloses: chinaDay(now, 30),
    requiresApproval: false,
    notesForParents: '请给孩子带水杯和午睡用的小毯子。',
    status: 'open',
    taken: 0,
    waiting: 0,
    seq: 0,
    staffOpenids: ['demo-staff'],
    retentionDays: 90,
    createdBy: 'demo-hr',
    createdAt: now,
    updatedAt: now
  }
}

export function seedDemo(store: Store, now = new Date()): boolean {
  if (store.get('factories', DEMO_FACTORY._id)) return false
  const space = demoSpace(now)
  // the season's retention purge (server/spaces/retention.ts): end date + 90 days + 1, at 00:00 China time
  const purgeAt = new Date(Date.parse(`${space.endDate}T00:00:00Z`) + 91 * 86_400_000 - 8 * 3600_000)
  store.commit([
    { coll: 'factories', id: DEMO_FACTORY._id, doc: { ...DEMO_FACTORY, createdAt: now } },
    { coll: 'spaces', id: DEMO_SPACE_ID, doc: space },
    {
      coll: 'jobs',
      id: `demo-retention-${DEMO_SPACE_ID}`,
      doc: {
        _id: `demo-retention-${DEMO_SPACE_ID}`,
        key: `spaces.retention:${DEMO_SPACE_ID}:${purgeAt.getTime()}`,
        kind: 'spaces.retention',
        status: 'pending',
        runAt: purgeAt,
        attempts: 0,
        payload: { spaceId: DEMO_SPACE_ID }
      }
    },
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
