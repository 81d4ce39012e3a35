// When guardians are told and when profiles may go (pure).
import { profileDeletionAt, purgeDueAt, retentionNoticeAt } from '../../../server/spaces/retention'

const DAY = 86_400_000

test('the purge is due the day after end + retention (China midnight); the notice 14 days before', () => {
  const due = purgeDueAt({ endDate: '2026-08-31', retentionDays: 90 })
  expect(due.toISOString()).toBe('2026-11-29T16:00:00.000Z') // 2026-11-30 00:00 China time
  expect(due.getTime() - retentionNoticeAt(due).getTime()).toBe(14 * DAY)
})

test('profiles go at the due date when told in time, else 14 days after the late notice', () => {
  const due = new Date('2026-11-29T16:00:00.000Z')
  expect(profileDeletionAt(due, retentionNoticeAt(due))).toEqual(due)
  const late = new Date(due.getTime() + 3 * DAY)
  expect(profileDeletionAt(due, late).getTime()).toBe(late.getTime() + 14 * DAY)
})
