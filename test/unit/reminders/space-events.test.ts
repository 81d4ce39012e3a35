import { offerExpiringAt, seasonStartNoticeAt, spaceEventKey, spaceEventPush } from '../../../src/common/reminders/space-events'

const now = new Date('2026-07-01T02:00:00Z')

describe('space event messages', () => {
  test('status changes use the registration template with a Chinese status word and a hint in the family’s language', () => {
    const zh = spaceEventPush('registration_confirmed', { spaceName: '暑期班', childGivenName: '小明' }, 'zh-CN', now)
    expect(zh).toEqual({ kind: 'registration_status', values: { spaceName: '暑期班', status: '报名成功', hint: '小明有名额了', updatedAt: now } })
    const en = spaceEventPush('registration_waitlisted', { spaceName: 'Summer', waitlistPosition: 3 }, 'en', now)
    expect(en?.values).toMatchObject({ status: '排队中', hint: 'Number 3 on the list' })
    expect(spaceEventPush('registration_rejected', { reason: '年龄不符' }, 'zh-CN', now)?.values.hint).toBe('年龄不符')
  })

  test('offers use the offer template with the deadline', () => {
    const offer = spaceEventPush('offer_made', { spaceName: '暑期班', offerExpiresAt: '2026-07-03T02:00:00.000Z' }, 'zh-CN', now)
    expect(offer).toMatchObject({ kind: 'space_offer', values: { offerExpiresAt: '2026-07-03T02:00:00.000Z' } })
    expect(spaceEventPush('offer_expiring', {}, 'zh-CN', now)?.kind).toBe('space_offer')
  })

  test('the family’s own cancellation and other domains’ kinds are not pushed', () => {
    expect(spaceEventPush('registration_cancelled', {}, 'zh-CN', now)).toBeNull()
    expect(spaceEventPush('notice', {}, 'zh-CN', now)).toBeNull()
  })

  test('one key per registration and status, per offer deadline, per family of a cancelled space', () => {
    expect(spaceEventKey('o1', 'registration_confirmed', { registrationId: 'r1' })).toBe('space-event:r1:registration_confirmed')
    const a = spaceEventKey('o1', 'offer_made', { registrationId: 'r1', offerExpiresAt: '2026-07-03T02:00:00.000Z' })
    const b = spaceEventKey('o1', 'offer_made', { registrationId: 'r1', offerExpiresAt: '2026-07-05T02:00:00.000Z' })
    expect(a).not.toBe(b)
    expect(spaceEventKey('o1', 'space_cancelled', { spaceId: 's1' })).not.toBe(spaceEventKey('o2', 'space_cancelled', { spaceId: 's1' }))
  })

  test('offer reminder 12 h before the deadline, none for an offer shorter than that', () => {
    expect(offerExpiringAt(now, new Date('2026-07-03T02:00:00Z'))).toEqual(new Date('2026-07-02T14:00:00Z'))
    expect(offerExpiringAt(now, new Date('2026-07-01T12:00:00Z'))).toBeNull()
  })

  test('"starts tomorrow" at 18:00 China time the day before', () => {
    expect(seasonStartNoticeAt('2026-07-10').toISOString()).toBe('2026-07-09T10:00:00.000Z')
  })
})
