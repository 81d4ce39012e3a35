import dayjs from 'dayjs'
import { AGE_BANDS, type AgeBand } from '../../../src/common/learning/content'
import { ageBandOf, ageBandsOf, NO_REPEAT_DAYS, tipOfTheDay, tipPool } from '../../../src/common/learning/tips'

const bands = (i: number): AgeBand[] => [AGE_BANDS[i % 4]]
const tips = Array.from({ length: 60 }, (_v, i) => ({ id: `tip-${String(i).padStart(2, '0')}`, ageBands: bands(i) }))
const days = (from: string, n: number) => Array.from({ length: n }, (_v, i) => dayjs(from).add(i, 'day').format('YYYY-MM-DD'))

test('the same user gets the same tip all day; different users are not all on the same tip', () => {
  const a = tipOfTheDay(tips, { userKey: 'u1', date: '2025-07-01' })
  expect(tipOfTheDay(tips, { userKey: 'u1', date: '2025-07-01' })).toBe(a)
  const others = ['u2', 'u3', 'u4', 'u5'].map((u) => tipOfTheDay(tips, { userKey: u, date: '2025-07-01' })!.id)
  expect(new Set([a!.id, ...others]).size).toBeGreaterThan(1)
})

test.each(['u1', 'openid-xyz', 'demo-worker'])('no tip repeats within two weeks, across a month boundary and a year (%s)', (userKey) => {
  const seq = days('2025-12-20', 365).map((date) => tipOfTheDay(tips, { userKey, date })!.id)
  for (let i = 0; i + NO_REPEAT_DAYS <= seq.length; i++) expect(new Set(seq.slice(i, i + NO_REPEAT_DAYS)).size).toBe(NO_REPEAT_DAYS)
  // and every tip gets its turn
  expect(new Set(seq.slice(0, 60)).size).toBe(60)
})

test('tips fit the children’s age bands when known', () => {
  const seq = days('2025-07-01', 30).map((date) => tipOfTheDay(tips, { userKey: 'u1', date, ageBands: ['0-2'] })!)
  expect(seq.every((t) => t.ageBands.includes('0-2'))).toBe(true)
  const two = days('2025-07-01', 30).map((date) => tipOfTheDay(tips, { userKey: 'u1', date, ageBands: ['3-5', '12-17'] })!)
  expect(two.every((t) => t.ageBands.includes('3-5') || t.ageBands.includes('12-17'))).toBe(true)
})

test('a small pool for an age band is filled up so two weeks still never repeat', () => {
  const few = [...tips.slice(0, 20).map((t) => ({ ...t, ageBands: ['6-11'] as AgeBand[] })), { id: 'baby-1', ageBands: ['0-2'] as AgeBand[] }]
  expect(tipPool(few, ['0-2'])).toHaveLength(NO_REPEAT_DAYS)
  const seq = days('2025-07-01', NO_REPEAT_DAYS).map((date) => tipOfTheDay(few, { userKey: 'u1', date, ageBands: ['0-2'] })!.id)
  expect(new Set(seq).size).toBe(NO_REPEAT_DAYS)
  expect(seq).toContain('baby-1')
})

test('no tips, no tip', () => {
  expect(tipOfTheDay([], { userKey: 'u', date: '2025-07-01' })).toBeUndefined()
})

describe('age bands of the worker’s own children', () => {
  test('each age falls in one tip band; adults and the unborn in none', () => {
    expect([0, 2, 3, 5, 6, 11, 12, 17, 18, -1].map(ageBandOf)).toEqual(['0-2', '0-2', '3-5', '3-5', '6-11', '6-11', '12-17', '12-17', null, null])
  })
  test('several children give their distinct bands, youngest first', () => {
    expect(ageBandsOf([14, 4, 5, 30])).toEqual(['3-5', '12-17'])
    expect(ageBandsOf([])).toEqual([])
  })
})
