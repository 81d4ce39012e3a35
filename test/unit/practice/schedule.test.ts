import { dayChoices, isChoosableDay, isDue, reminderAt, streakWeeks, targetDay, weekOf } from '../../../src/common/practice/schedule'
import { isTried } from '../../../src/common/practice/barriers'

/** An instant given as China wall-clock time. */
const china = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00+08:00`)

describe('the days a parent can pick', () => {
  test('today and the 6 days after it, across a month and a year boundary', () => {
    expect(dayChoices('2026-12-29')).toEqual(['2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04'])
    expect(isChoosableDay('2026-12-29', '2026-12-29')).toBe(true)
    expect(isChoosableDay('2027-01-04', '2026-12-29')).toBe(true)
    expect(isChoosableDay('2027-01-05', '2026-12-29')).toBe(false) // an 8th day
    expect(isChoosableDay('2026-12-28', '2026-12-29')).toBe(false) // yesterday
  })

  test('"this week" runs to the 7th day; a picked day is itself', () => {
    expect(targetDay('week', '2026-12-01')).toBe('2026-12-07')
    expect(targetDay('day', '2026-12-01', '2026-12-03')).toBe('2026-12-03')
  })
})

describe('when the reminder goes out', () => {
  test('a later day: at noon China time on that day', () => {
    expect(reminderAt('day', '2026-12-01', '2026-12-03', china('2026-12-01', '09:00')).toISOString()).toBe(china('2026-12-03', '12:00').toISOString())
  })
  test('today before 11:00: at noon; later: at 19:00; after 18:00: at once (the inbox line still appears)', () => {
    expect(reminderAt('day', '2026-12-01', '2026-12-01', china('2026-12-01', '10:30')).toISOString()).toBe(china('2026-12-01', '12:00').toISOString())
    expect(reminderAt('day', '2026-12-01', '2026-12-01', china('2026-12-01', '11:30')).toISOString()).toBe(china('2026-12-01', '19:00').toISOString())
    const late = china('2026-12-01', '21:00')
    expect(reminderAt('day', '2026-12-01', '2026-12-01', late)).toEqual(late)
  })
  test('"this week": the third day at noon', () => {
    expect(reminderAt('week', '2026-12-01', '2026-12-07', china('2026-12-01', '22:00')).toISOString()).toBe(china('2026-12-03', '12:00').toISOString())
  })
})

test('"did you try it?" is asked from the day after the target day, not on it', () => {
  expect(isDue('2026-12-03', '2026-12-03')).toBe(false)
  expect(isDue('2026-12-03', '2026-12-04')).toBe(true)
  expect(isDue('2026-12-31', '2027-01-01')).toBe(true)
})

test('weeks run Monday to Sunday', () => {
  expect(weekOf('2026-11-30')).toBe('2026-11-30') // a Monday
  expect(weekOf('2026-12-06')).toBe('2026-11-30') // the Sunday after
  expect(weekOf('2026-12-07')).toBe('2026-12-07')
  expect(weekOf('2027-01-01')).toBe('2026-12-28') // across the year
})

describe('the streak of weeks tried', () => {
  const today = '2026-12-09' // Wednesday of the week of 12-07
  test('counts consecutive weeks back from this week', () => {
    expect(streakWeeks(['2026-12-08', '2026-12-02', '2026-11-24'], today)).toBe(3)
  })
  test('a week not tried yet this week does not break it (the week is not over)', () => {
    expect(streakWeeks(['2026-12-02', '2026-11-24'], today)).toBe(2)
  })
  test('a gap ends it; two practices in one week count once', () => {
    expect(streakWeeks(['2026-12-08', '2026-12-07', '2026-11-24'], today)).toBe(1)
    expect(streakWeeks(['2026-11-17'], today)).toBe(0)
    expect(streakWeeks([], today)).toBe(0)
  })
  test('"yes" and "a bit" count as tried, "not yet" does not', () => {
    expect([isTried('yes'), isTried('a-bit'), isTried('not-yet'), isTried(null)]).toEqual([true, true, false, false])
  })
})
