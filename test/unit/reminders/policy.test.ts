// Scheduler leases and budgets, and the lesson-nudge rule.
import { isClaimable, leaseUntil, LEASE_MARGIN_MS, nextAttemptAt, workBudgetMs } from '../../../server/scheduler/policy'
import { needsNudge, nudgeWeek } from '../../../src/common/reminders/nudge'
import { tipForMood } from '../../../src/common/reminders/call-tips'

const t = (iso: string) => new Date(iso)

describe('leases', () => {
  test('a lease lasts until the claiming run is certainly dead (its time limit + a margin)', () => {
    const started = Date.parse('2026-07-01T00:00:00Z')
    expect(leaseUntil(started, 60_000).getTime()).toBe(started + 60_000 + LEASE_MARGIN_MS)
  })

  test('a running job can be taken over only after its lease expired', () => {
    const job = { status: 'running' as const, runAt: t('2026-07-01T00:00:00Z'), leaseUntil: t('2026-07-01T00:01:05Z') }
    expect(isClaimable(job, t('2026-07-01T00:01:04Z'))).toBe(false)
    expect(isClaimable(job, t('2026-07-01T00:01:05Z'))).toBe(true)
    expect(isClaimable({ ...job, leaseUntil: undefined }, t('2026-07-02T00:00:00Z'))).toBe(false)
  })

  test('pending jobs are due at runAt; finished ones never', () => {
    expect(isClaimable({ status: 'pending', runAt: t('2026-07-01T00:00:00Z') }, t('2026-06-30T23:59:59Z'))).toBe(false)
    expect(isClaimable({ status: 'pending', runAt: t('2026-07-01T00:00:00Z') }, t('2026-07-01T00:00:00Z'))).toBe(true)
    expect(isClaimable({ status: 'done', runAt: t('2026-07-01T00:00:00Z') }, t('2026-08-01T00:00:00Z'))).toBe(false)
    expect(isClaimable({ status: 'failed', runAt: t('2026-07-01T00:00:00Z') }, t('2026-08-01T00:00:00Z'))).toBe(false)
  })

  test('a run stops well before the timeout', () => {
    expect(workBudgetMs(60_000)).toBe(45_000)
    expect(workBudgetMs(10_000)).toBe(5_000)
    expect(workBudgetMs(3_000)).toBe(1_500)
    expect(workBudgetMs(500)).toBe(1_000)
  })

  test('retries back off exponentially, then give up', () => {
    const now = t('2026-07-01T00:00:00Z')
    expect(nextAttemptAt(1, now)!.getTime() - now.getTime()).toBe(30_000)
    expect(nextAttemptAt(3, now)!.getTime() - now.getTime()).toBe(120_000)
    expect(nextAttemptAt(5, now)).toBeNull()
  })
})

describe('lesson nudge', () => {
  const now = t('2026-07-15T12:00:00Z')
  const base = { passedSessions: 3, totalSessions: 30, lastNudgeAt: null, now }
  test('after 7 days without progress, not before', () => {
    expect(needsNudge({ ...base, lastActivityAt: t('2026-07-08T12:00:00Z') })).toBe(true)
    expect(needsNudge({ ...base, lastActivityAt: t('2026-07-08T12:00:01Z') })).toBe(false)
  })
  test('at most once a week, never after the course is done', () => {
    expect(needsNudge({ ...base, lastActivityAt: t('2026-06-01T00:00:00Z'), lastNudgeAt: t('2026-07-10T00:00:00Z') })).toBe(false)
    expect(needsNudge({ ...base, lastActivityAt: t('2026-06-01T00:00:00Z'), lastNudgeAt: t('2026-07-08T11:00:00Z') })).toBe(true)
    expect(needsNudge({ ...base, passedSessions: 30, lastActivityAt: t('2026-06-01T00:00:00Z') })).toBe(false)
  })
  test('one week key per 7 days', () => {
    expect(nudgeWeek(t('2026-07-15T00:00:00Z'))).toBe(nudgeWeek(t('2026-07-15T23:00:00Z')))
    expect(nudgeWeek(t('2026-07-22T12:00:00Z')) - nudgeWeek(t('2026-07-15T12:00:00Z'))).toBe(1)
  })
})

describe('call feedback tip', () => {
  const tips = [
    { id: 'tip-call-01', situations: ['everyday'] },
    { id: 'tip-feel-01', situations: ['child-upset-or-silent'] },
    { id: 'tip-call-03', situations: ['everyday', 'child-upset-or-silent'] },
    { id: 'tip-praise-01', situations: ['praise'] }
  ]
  test('a hard call gets a tip for an upset or silent child, call tips first; stable per call', () => {
    expect(tipForMood(tips, 'hard', 'call-1')!.id).toBe('tip-call-03')
    expect(tipForMood(tips, 'good', 'call-1')!.id).toBe('tip-praise-01')
    expect(tipForMood(tips, 'okay', 'x')).toBe(tipForMood(tips, 'okay', 'x'))
    expect(tipForMood([], 'okay', 'x')).toBeNull()
  })
})
