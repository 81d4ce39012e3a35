// Demo data for `npm start`: one factory and a user in each role. Written once
// (skipped when the factory exists) so a developer's own changes persist.
import type { Store } from './db/store'
import { addDays, chinaDate } from '../src/common/china-time'
import { builtCourse, insightsHistory, surveyWorkplaceItems } from './history/insights-history'
import { REPO_ROOT } from './paths'

export interface DemoIdentity {
  openid: string
  displayName: string
  role: 'worker' | 'hr' | 'staff' | 'program'
}

export const DEMO_FACTORY = {
  _id: 'demo-factory',
  name: { 'zh-CN': '华南电子厂（演示）', en: 'South China Electronics (demo)' },
  inviteCode: 'SUMMER26'
}

export const DEMO_IDENTITIES: DemoIdentity[] = [
  { openid: 'demo-worker', displayName: '李秀英', role: 'worker' },
  { openid: 'demo-hr', displayName: '张敏', role: 'hr' },
  { openid: 'demo-staff', displayName: '陈静', role: 'staff' },
  // a program officer of the demo program (both demo factories): aggregates only
  { openid: 'demo-program', displayName: '周洁', role: 'program' }
]

export const DEMO_FACTORY_2 = {
  _id: 'demo-factory-2',
  name: { 'zh-CN': '东莞制衣厂（演示）', en: 'Dongguan Garments (demo)' },
  inviteCode: 'DEMO2027'
}

export const DEMO_PROGRAM = {
  _id: 'demo-program',
  name: { 'zh-CN': '安心工厂家庭项目（演示）', en: 'Family-Friendly Factories (demo)' },
  factoryIds: [DEMO_FACTORY._id, DEMO_FACTORY_2._id],
  officerOpenids: ['demo-program']
}

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

export interface SeedOptions {
  /** ~100 workers' learning history, a past season, notices with reads and calls (npm start; --no-demo-history skips) */
  history?: boolean
}

export function seedDemo(store: Store, now = new Date(), opts: SeedOptions = {}): boolean {
  if (store.get('factories', DEMO_FACTORY._id)) return false
  if (opts.history) store.commit(demoHistory(now))
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
    // the program officer only with the history (the demo program is part of it)
    ...DEMO_IDENTITIES.filter((p) => p.role !== 'program' || opts.history).map((p) => ({
      coll: 'users',
      id: p.openid,
      doc: {
        _id: p.openid,
        displayName: p.displayName,
        language: 'zh-CN',
        roles: p.role === 'program' ? [] : [{ factoryId: DEMO_FACTORY._id, role: p.role }],
        ...(p.role === 'program' ? { programIds: [DEMO_PROGRAM._id] } : {}),
        createdAt: now,
        updatedAt: now
      }
    }))
  ])
  return true
}

/**
 * The demo program's history, so every dashboard chart shows something on first start: the
 * second demo factory, the program, 60 + 45 synthetic workers with course progress, quizzes and
 * before/after surveys, a past season in the demo factory, notices with reads, calls.
 * Needs the built course (build/content/course.json); without it there is no history.
 */
function demoHistory(now: Date) {
  let course
  try {
    course = builtCourse(REPO_ROOT)
  } catch {
    return []
  }
  const common = {
    course,
    surveyVersion: course.survey?.version ?? 1,
    surveyItems: course.survey?.statements.map((s) => s.id) ?? [],
    workplaceItems: surveyWorkplaceItems(course.survey),
    now,
    names: true,
    notices: 2,
    calls: true,
    practice: true
  }
  return [
    { coll: 'factories', id: DEMO_FACTORY_2._id, doc: { ...DEMO_FACTORY_2, createdAt: now } },
    { coll: 'programs', id: DEMO_PROGRAM._id, doc: { ...DEMO_PROGRAM, createdAt: now } },
    ...insightsHistory({ ...common, factoryId: DEMO_FACTORY._id, workers: 60, openidPrefix: 'demo-hist-a', seed: 2026, season: { spaceId: 'demo-space-past', staffOpenid: 'demo-staff', hrOpenid: 'demo-hr' } }),
    ...insightsHistory({ ...common, factoryId: DEMO_FACTORY_2._id, workers: 45, openidPrefix: 'demo-hist-b', seed: 2027 })
  ]
}
