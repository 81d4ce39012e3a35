import { ageAt, chinaDate, chinaDayStart, rangesOverlap } from '../../../src/common/spaces/dates'
import { checkEligibility, refusalCode, type EligibilityInput } from '../../../src/common/spaces/eligibility'
import { spaceFieldProblems } from '../../../src/common/spaces/schemas'
import { spacesActions } from '../../../src/common/spaces/actions'

describe('age at a date', () => {
  test('counts whole years, the birthday itself included', () => {
    expect(ageAt('2018-07-01', '2026-06-30')).toBe(7)
    expect(ageAt('2018-07-01', '2026-07-01')).toBe(8)
    expect(ageAt('2018-07-01', '2026-07-02')).toBe(8)
  })
  test('a 29 February child turns a year older on 1 March in common years', () => {
    expect(ageAt('2016-02-29', '2026-02-28')).toBe(9)
    expect(ageAt('2016-02-29', '2026-03-01')).toBe(10)
  })
})

describe('China calendar days', () => {
  test('an instant late in the UTC evening is already the next day in China', () => {
    expect(chinaDate(new Date('2026-07-01T15:59:59Z'))).toBe('2026-07-01')
    expect(chinaDate(new Date('2026-07-01T16:00:00Z'))).toBe('2026-07-02')
    expect(chinaDayStart('2026-07-02').toISOString()).toBe('2026-07-01T16:00:00.000Z')
  })
  test('date ranges overlap when they share a day', () => {
    expect(rangesOverlap({ startDate: '2026-07-01', endDate: '2026-07-10' }, { startDate: '2026-07-10', endDate: '2026-07-20' })).toBe(true)
    expect(rangesOverlap({ startDate: '2026-07-01', endDate: '2026-07-10' }, { startDate: '2026-07-11', endDate: '2026-07-20' })).toBe(false)
  })
})

const base = (): EligibilityInput => ({
  space: {
    id: 's1',
    status: 'open',
    startDate: '2026-07-10',
    endDate: '2026-08-20',
    minAge: 6,
    maxAge: 12,
    registrationOpens: '2026-06-01',
    registrationCloses: '2026-07-05'
  },
  child: { birthDate: '2018-07-10' }, // exactly 8 on the first day
  today: '2026-06-15',
  guardianIsMember: true,
  activeRegistrations: []
})

describe('eligibility', () => {
  test('an eligible child has no reasons', () => {
    expect(checkEligibility(base())).toEqual({ eligible: true, reasons: [], ageAtStart: 8 })
  })
  test('age is computed at the start date, not today', () => {
    // 5 today, 6 on the first day: eligible for a 6+ space
    const i = { ...base(), child: { birthDate: '2020-07-10' } }
    expect(checkEligibility(i)).toMatchObject({ eligible: true, ageAtStart: 6 })
    // turns 6 the day after the start: too young
    const j = { ...base(), child: { birthDate: '2020-07-11' } }
    expect(checkEligibility(j)).toMatchObject({ eligible: false, reasons: ['too_young'], ageAtStart: 5 })
    expect(refusalCode(checkEligibility(j).reasons)).toBe('NOT_ELIGIBLE_AGE')
    const k = { ...base(), child: { birthDate: '2013-07-10' } }
    expect(checkEligibility(k).reasons).toEqual(['too_old'])
  })
  test('the registration window is inclusive on both ends', () => {
    expect(checkEligibility({ ...base(), today: '2026-06-01' }).eligible).toBe(true)
    expect(checkEligibility({ ...base(), today: '2026-07-05' }).eligible).toBe(true)
    expect(checkEligibility({ ...base(), today: '2026-05-31' }).reasons).toEqual(['window_not_open_yet'])
    expect(refusalCode(['window_not_open_yet'])).toBe('REGISTRATION_NOT_OPEN')
    expect(checkEligibility({ ...base(), today: '2026-07-06' }).reasons).toEqual(['window_closed'])
    expect(checkEligibility({ ...base(), today: '2026-08-21' }).reasons).toEqual(['season_over'])
    expect(refusalCode(['season_over'])).toBe('REGISTRATION_CLOSED')
  })
  test('a space that is not open refuses, whatever the dates', () => {
    for (const status of ['draft', 'closed', 'cancelled'] as const) {
      const r = checkEligibility({ ...base(), space: { ...base().space, status } })
      expect(r.reasons).toEqual(['space_not_open'])
      expect(refusalCode(r.reasons)).toBe('REGISTRATION_CLOSED')
    }
  })
  test('already registered here, or in another space at the same time', () => {
    const here = checkEligibility({ ...base(), activeRegistrations: [{ spaceId: 's1', startDate: '2026-07-10', endDate: '2026-08-20' }] })
    expect(here.reasons).toEqual(['already_registered'])
    expect(refusalCode(here.reasons)).toBe('ALREADY_REGISTERED')
    const overlap = checkEligibility({ ...base(), activeRegistrations: [{ spaceId: 's0', startDate: '2026-08-20', endDate: '2026-08-30' }] })
    expect(overlap.reasons).toEqual(['dates_overlap'])
    const later = checkEligibility({ ...base(), activeRegistrations: [{ spaceId: 's0', startDate: '2026-08-21', endDate: '2026-08-30' }] })
    expect(later.eligible).toBe(true)
  })
  test('every applicable reason is given; the error names the most useful', () => {
    const r = checkEligibility({ ...base(), guardianIsMember: false, today: '2026-07-06', child: { birthDate: '2022-01-01' } })
    expect(r.reasons).toEqual(['not_a_member', 'window_closed', 'too_young'])
    expect(refusalCode(r.reasons)).toBe('FORBIDDEN')
    expect(refusalCode(['window_closed', 'too_young'])).toBe('REGISTRATION_CLOSED')
  })
})

describe('space fields', () => {
  const good = {
    factoryId: 'f',
    name: 'Summer',
    location: 'B1',
    startDate: '2026-07-10',
    endDate: '2026-08-20',
    dailyHours: { start: '08:00', end: '18:00' },
    capacity: 30,
    minAge: 3,
    maxAge: 12,
    registrationOpens: '2026-06-01',
    registrationCloses: '2026-07-05',
    requiresApproval: false,
    notesForParents: ''
  }
  test('a consistent season is accepted', () => {
    expect(spacesActions['spaces.create'].payload.safeParse(good).success).toBe(true)
  })
  test('inconsistent dates, ages, hours and impossible calendar days are refused at the field', () => {
    const paths = (p: object) => {
      const r = spacesActions['spaces.create'].payload.safeParse({ ...good, ...p })
      return r.success ? [] : r.error.issues.map((i) => i.path.join('.'))
    }
    expect(paths({ endDate: '2026-07-08' })).toEqual(['endDate'])
    expect(paths({ maxAge: 2 })).toEqual(['maxAge'])
    expect(paths({ dailyHours: { start: '18:00', end: '08:00' } })).toEqual(['dailyHours'])
    expect(paths({ registrationCloses: '2026-09-01' })).toEqual(['registrationCloses'])
    expect(paths({ startDate: '2026-02-30' })).toEqual(['startDate'])
    expect(paths({ capacity: 0 })).toEqual(['capacity'])
    expect(spaceFieldProblems({ startDate: '2026-07-10', endDate: '2026-07-10' })).toEqual([])
  })
  test('a new child needs a PIN for every pickup person, and exactly two emergency contacts', () => {
    const child = {
      givenName: '小明',
      birthDate: '2017-05-20',
      relation: 'mother',
      allergies: '',
      medicalNotes: '',
      emergencyContacts: [
        { name: 'A', relation: 'x', phone: '13800138000' },
        { name: 'B', relation: 'y', phone: '13900139000' }
      ],
      pickupPeople: [{ name: 'A', relation: 'x', phone: '13800138000', pin: '1234' }]
    }
    const create = spacesActions['children.create'].payload
    expect(create.safeParse(child).success).toBe(true)
    expect(create.safeParse({ ...child, pickupPeople: [{ ...child.pickupPeople[0], pin: undefined }] }).success).toBe(false)
    expect(create.safeParse({ ...child, pickupPeople: [{ ...child.pickupPeople[0], pin: '12a4' }] }).success).toBe(false)
    expect(create.safeParse({ ...child, emergencyContacts: child.emergencyContacts.slice(0, 1) }).success).toBe(false)
  })
})
