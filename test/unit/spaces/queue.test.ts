import { arrivalGetsPlace, canOfferPlace, holdsPlace, offerExpiry, offerIsOpen, placedStatus, waitlistOrder, waitlistPosition } from '../../../server/spaces/queue'
import { childSummary } from '../../../server/spaces/export'

describe('places', () => {
  test('a newcomer gets a place only while places remain and nobody waits', () => {
    expect(arrivalGetsPlace({ capacity: 2, taken: 1, waiting: 0 })).toBe(true)
    expect(arrivalGetsPlace({ capacity: 2, taken: 2, waiting: 0 })).toBe(false)
    // a place was freed but a family is waiting: it is theirs, not the newcomer's
    expect(arrivalGetsPlace({ capacity: 2, taken: 1, waiting: 1 })).toBe(false)
    expect(canOfferPlace({ capacity: 2, taken: 1, waiting: 1 })).toBe(true)
    expect(canOfferPlace({ capacity: 2, taken: 2, waiting: 3 })).toBe(false)
    expect(canOfferPlace({ capacity: 2, taken: 1, waiting: 0 })).toBe(false)
  })
  test('a place means pending when HR approves registrations, else confirmed', () => {
    expect(placedStatus(true)).toBe('pending')
    expect(placedStatus(false)).toBe('confirmed')
    expect(['pending', 'confirmed', 'offered'].every((s) => holdsPlace(s as never))).toBe(true)
    expect(['waitlisted', 'cancelled', 'expired'].some((s) => holdsPlace(s as never))).toBe(false)
  })
})

describe('waitlist order', () => {
  const at = (ms: number) => new Date(Date.UTC(2026, 6, 1, 10, 0, 0, ms))
  const regs = [
    { id: 'late', status: 'waitlisted' as const, queuedAt: at(40) },
    { id: 'conf', status: 'confirmed' as const },
    { id: 'b-same-ms', status: 'waitlisted' as const, queuedAt: at(33).toISOString() },
    { id: 'early', status: 'waitlisted' as const, queuedAt: at(31) },
    { id: 'gone', status: 'cancelled' as const, queuedAt: at(1) },
    { id: 'a-same-ms', status: 'waitlisted' as const, queuedAt: at(33) }
  ]
  test('follows the order arrivals were queued on the server (id breaks a tie), never list order, and skips those not waiting', () => {
    expect(waitlistOrder(regs).map((r) => r.id)).toEqual(['early', 'a-same-ms', 'b-same-ms', 'late'])
    expect(waitlistPosition(regs, 'early')).toBe(1)
    expect(waitlistPosition(regs, 'late')).toBe(4)
    expect(waitlistPosition(regs, 'conf')).toBeUndefined()
  })
})

describe('offer expiry', () => {
  const now = new Date('2026-07-01T10:00:00Z')
  test('an offer is held 48 hours by default', () => {
    expect(offerExpiry(now).toISOString()).toBe('2026-07-03T10:00:00.000Z')
    expect(offerExpiry(now, 2).toISOString()).toBe('2026-07-01T12:00:00.000Z')
  })
  test('it can be accepted until, but not at, its deadline', () => {
    const offer = { status: 'offered', offerExpiresAt: offerExpiry(now) }
    expect(offerIsOpen(offer, new Date('2026-07-03T09:59:59Z'))).toBe(true)
    expect(offerIsOpen(offer, new Date('2026-07-03T10:00:00Z'))).toBe(false)
    expect(offerIsOpen({ ...offer, status: 'confirmed' }, now)).toBe(false)
  })
})

describe('export summary', () => {
  const child = {
    id: 'c',
    givenName: '小明',
    birthDate: '2017-05-20',
    relation: 'mother' as const,
    allergies: '花生',
    medicalNotes: null,
    emergencyContacts: [{ name: '李奶奶', relation: '奶奶', phone: '13800138000' }],
    pickupPeople: [{ id: 'p', name: '李奶奶', relation: '奶奶', phone: '13800138000' }],
    createdAt: '2026-06-01T00:00:00.000Z',
    updatedAt: '2026-06-01T00:00:00.000Z'
  }
  test('is readable in the guardian’s language and says when details were purged', () => {
    const zh = childSummary('zh-CN', child, [], [])
    expect(zh).toContain('过敏: 花生')
    expect(zh).toContain('健康情况: （已按保存期限删除）')
    expect(childSummary('en', child, [], [])).toContain('Your relation to the child: mother')
  })
})
