import { toProfile } from '../../../server/me/profile'
import { nextAttemptAt, MAX_ATTEMPTS } from '../../../server/scheduler/policy'

const factory = { _id: 'f1', name: { 'zh-CN': '一厂', en: 'Plant One' }, inviteCode: 'X' }
const user = {
  _id: 'u1',
  displayName: '李秀英',
  language: 'zh-CN' as const,
  roles: [
    { factoryId: 'f1', role: 'worker' as const },
    { factoryId: 'f1', role: 'staff' as const },
    { factoryId: 'gone', role: 'worker' as const }
  ],
  createdAt: new Date('2026-06-01T00:00:00Z'),
  updatedAt: new Date('2026-06-01T00:00:00Z')
}

test('a profile groups roles by factory and names each factory', () => {
  expect(toProfile(user, new Map([['f1', factory]]))).toEqual({
    openid: 'u1',
    displayName: '李秀英',
    language: 'zh-CN',
    memberships: [
      { factoryId: 'f1', factoryName: factory.name, roles: ['worker', 'staff'] },
      { factoryId: 'gone', factoryName: { 'zh-CN': 'gone', en: 'gone' }, roles: ['worker'] }
    ],
    createdAt: '2026-06-01T00:00:00.000Z'
  })
})

test('job retries back off exponentially and stop after the last attempt', () => {
  const now = new Date('2026-07-01T00:00:00Z')
  const delays = [1, 2, 3, 4].map((n) => nextAttemptAt(n, now)!.getTime() - now.getTime())
  expect(delays).toEqual([30_000, 60_000, 120_000, 240_000])
  expect(nextAttemptAt(MAX_ATTEMPTS, now)).toBeNull()
})
