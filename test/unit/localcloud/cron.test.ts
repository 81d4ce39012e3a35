import { isDue, nextFireTime, nextFireTimeOf, parseCron } from '../../../localcloud/functions/cron'

const at = (iso: string) => new Date(iso)
const next = (expr: string, after: string) => nextFireTimeOf(expr, at(after))?.toISOString() ?? null

describe('parseCron', () => {
  it('parses the CloudBase example', () => {
    const s = parseCron('0 */5 * * * * *')
    expect(s.second).toEqual([0])
    expect(s.minute).toEqual([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])
    expect(s.hour).toHaveLength(24)
    expect(s.week).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect(s.dayRestricted).toBe(false)
    expect(s.weekRestricted).toBe(false)
  })

  it('supports ranges, lists, steps and a/n', () => {
    expect(parseCron('1,2,3 10-12 9-17/4 * * * *')).toMatchObject({
      second: [1, 2, 3],
      minute: [10, 11, 12],
      hour: [9, 13, 17]
    })
    expect(parseCron('0 10/20 * * * * *').minute).toEqual([10, 30, 50])
    expect(parseCron('0 0 0 */10 * * *').day).toEqual([1, 11, 21, 31])
    expect(parseCron('0 0 0 1,15-16 * * *').day).toEqual([1, 15, 16])
  })

  it('supports month and weekday names case-insensitively', () => {
    expect(parseCron('0 0 0 * jan,Jul,DEC * *').month).toEqual([1, 7, 12])
    expect(parseCron('0 0 0 * MAR-may * *').month).toEqual([3, 4, 5])
    expect(parseCron('0 0 0 ? * mon-FRI *').week).toEqual([1, 2, 3, 4, 5])
    expect(parseCron('0 0 0 ? * SUN,sat *').week).toEqual([0, 6])
  })

  it('accepts 7 as Sunday', () => {
    expect(parseCron('0 0 0 ? * 7 *').week).toEqual([0])
    expect(parseCron('0 0 0 ? * 5-7 *').week).toEqual([0, 5, 6])
    expect(parseCron('0 0 0 ? * 0,7 *').week).toEqual([0])
  })

  it('treats ? like * and records restriction', () => {
    const s = parseCron('0 0 0 ? * ? *')
    expect(s.day).toHaveLength(31)
    expect(s.dayRestricted).toBe(false)
    expect(s.weekRestricted).toBe(false)
    expect(parseCron('0 0 0 1 * MON *')).toMatchObject({ dayRestricted: true, weekRestricted: true })
  })

  it('parses years', () => {
    expect(parseCron('0 0 0 1 1 * 2026-2030').year).toEqual([2026, 2027, 2028, 2029, 2030])
    expect(parseCron('0 0 0 1 1 * 2026,2028').year).toEqual([2026, 2028])
  })

  it.each([
    ['0 * * * * *', /expected 7 fields.*got 6/],
    ['0 * * * * * * *', /expected 7 fields.*got 8/],
    ['', /expected 7 fields.*got 0/],
    ['60 * * * * * *', /field "second".*60 out of range 0-59/],
    ['0 60 * * * * *', /field "minute".*out of range/],
    ['0 0 24 * * * *', /field "hour".*24 out of range 0-23/],
    ['0 0 0 0 * * *', /field "day".*0 out of range 1-31/],
    ['0 0 0 32 * * *', /field "day".*32 out of range/],
    ['0 0 0 * 13 * *', /field "month".*13 out of range 1-12/],
    ['0 0 0 * FOO * *', /field "month".*invalid value "FOO"/],
    ['0 0 0 ? * 8 *', /field "week".*8 out of range 0-7/],
    ['0 0 0 ? * MONDAY *', /field "week".*invalid value/],
    ['0 0 0 * * * 1969', /field "year".*out of range 1970-2099/],
    ['0 0 0 * * * abc', /field "year".*invalid value "abc"/],
    ['*/0 * * * * * *', /field "second".*invalid step "0"/],
    ['0 5-1 * * * * *', /field "minute".*reversed/],
    ['0 1- * * * * *', /field "minute".*invalid range/],
    ['0 1,,2 * * * * *', /field "minute".*empty list item/],
    ['0 0 -1 * * * *', /field "hour".*invalid range/],
    ['0 0 1.5 * * * *', /field "hour".*invalid value/],
    ['0 0 0 * JAN * *x', /field "year"/]
  ])('rejects %p', (expr, msg) => {
    expect(() => parseCron(expr)).toThrow(msg)
  })

  it('names the field in an Error instance', () => {
    try {
      parseCron('0 0 0 * * SUNDAY *')
      throw new Error('should have thrown')
    } catch (e) {
      expect(e).toBeInstanceOf(Error)
      expect((e as Error).message).toMatch(/^Invalid cron expression "0 0 0 \* \* SUNDAY \*": field "week"/)
    }
  })
})

describe('nextFireTime', () => {
  // 2024-01-01T00:00:00Z is Monday 2024-01-01 08:00:00 in China.
  const T0 = '2024-01-01T00:00:00.000Z'

  it('every 5 minutes', () => {
    expect(next('0 */5 * * * * *', T0)).toBe('2024-01-01T00:05:00.000Z')
    expect(next('0 */5 * * * * *', '2024-01-01T00:03:17.500Z')).toBe('2024-01-01T00:05:00.000Z')
    expect(next('0 */5 * * * * *', '2024-01-01T00:57:00.000Z')).toBe('2024-01-01T01:00:00.000Z')
  })

  it('is strictly after, on whole seconds', () => {
    expect(next('0 */5 * * * * *', '2024-01-01T00:05:00.000Z')).toBe('2024-01-01T00:10:00.000Z')
    expect(next('0 */5 * * * * *', '2024-01-01T00:04:59.999Z')).toBe('2024-01-01T00:05:00.000Z')
    expect(next('* * * * * * *', '2024-01-01T00:00:00.300Z')).toBe('2024-01-01T00:00:01.000Z')
  })

  it('evaluates in UTC+8: 02:00 China is 18:00 UTC the previous day', () => {
    expect(next('0 0 2 * * * *', T0)).toBe('2024-01-01T18:00:00.000Z')
    expect(next('0 0 2 * * * *', '2024-01-01T18:00:00.000Z')).toBe('2024-01-02T18:00:00.000Z')
    // 00:00 China on the 1st of the month = 16:00 UTC on the last day of the previous month.
    expect(next('0 0 0 1 * * *', T0)).toBe('2024-01-31T16:00:00.000Z')
  })

  it('uses the China weekday, not the UTC one', () => {
    // Saturday 2024-01-06 00:30 China is Friday 16:30 UTC.
    expect(next('0 30 0 ? * SAT *', T0)).toBe('2024-01-05T16:30:00.000Z')
    const spec = parseCron('0 30 0 ? * SAT *')
    expect(isDue(spec, at('2024-01-05T16:30:00.000Z'))).toBe(true)
    expect(isDue(spec, at('2024-01-06T16:30:00.000Z'))).toBe(false)
  })

  it('ORs day-of-month and day-of-week when both are restricted', () => {
    // 1st of the month OR Monday (2024-01-01 is a Monday).
    const spec = parseCron('0 0 0 1 * MON *')
    const fires: string[] = []
    let t: Date | null = at(T0)
    for (let i = 0; i < 6 && t; i++) {
      t = nextFireTime(spec, t)
      if (t) fires.push(t.toISOString())
    }
    // China dates: Jan 8, 15, 22, 29 (Mondays), Feb 1 (Thursday, the 1st), Feb 5 (Monday).
    expect(fires).toEqual([
      '2024-01-07T16:00:00.000Z',
      '2024-01-14T16:00:00.000Z',
      '2024-01-21T16:00:00.000Z',
      '2024-01-28T16:00:00.000Z',
      '2024-01-31T16:00:00.000Z',
      '2024-02-04T16:00:00.000Z'
    ])
  })

  it('applies only the restricted one of day/week otherwise', () => {
    expect(next('0 0 0 15 * * *', T0)).toBe('2024-01-14T16:00:00.000Z')
    expect(next('0 0 0 15 * ? *', T0)).toBe('2024-01-14T16:00:00.000Z')
    expect(next('0 0 0 * * FRI *', T0)).toBe('2024-01-04T16:00:00.000Z') // Fri Jan 5 China
    expect(next('0 0 0 ? * 5 *', T0)).toBe('2024-01-04T16:00:00.000Z')
    expect(next('0 0 0 ? * 7 *', T0)).toBe('2024-01-06T16:00:00.000Z') // Sun Jan 7 China
  })

  it('handles ranges, lists, steps and names', () => {
    // Working-hours every 4 h on weekdays; from Friday 17:30 China -> Monday 09:00 China.
    expect(next('0 0 9-17/4 * * MON-FRI *', '2024-01-05T09:30:00.000Z')).toBe('2024-01-08T01:00:00.000Z')
    expect(next('0 0 9-17/4 * * MON-FRI *', '2024-01-05T01:00:00.000Z')).toBe('2024-01-05T05:00:00.000Z')
    expect(next('15,45 10/20 * * * * *', '2024-01-01T00:10:15.000Z')).toBe('2024-01-01T00:10:45.000Z')
    expect(next('15,45 10/20 * * * * *', '2024-01-01T00:10:45.000Z')).toBe('2024-01-01T00:30:15.000Z')
    expect(next('15,45 10/20 * * * * *', '2024-01-01T00:50:45.000Z')).toBe('2024-01-01T01:10:15.000Z')
    expect(next('0 0 0 1 jan,Jul * *', T0)).toBe('2024-06-30T16:00:00.000Z')
  })

  it('handles month ends and leap days', () => {
    expect(next('0 0 0 31 * * *', '2024-02-01T00:00:00.000Z')).toBe('2024-03-30T16:00:00.000Z')
    expect(next('0 0 12 29 2 * *', '2024-03-01T00:00:00.000Z')).toBe('2028-02-29T04:00:00.000Z')
    expect(next('0 0 0 30 2 * *', T0)).toBeNull()
  })

  it('respects year bounds', () => {
    expect(next('0 0 0 1 1 * 2030', T0)).toBe('2029-12-31T16:00:00.000Z')
    expect(next('0 0 0 1 1 * 2026-2030', '2026-06-01T00:00:00.000Z')).toBe('2026-12-31T16:00:00.000Z')
    expect(next('0 0 0 1 1 * 2020-2023', T0)).toBeNull()
    // Last second of 2024 in China is 2024-12-31T15:59:59Z.
    expect(next('* * * * * * 2024', '2024-12-31T15:59:58.000Z')).toBe('2024-12-31T15:59:59.000Z')
    expect(next('* * * * * * 2024', '2024-12-31T15:59:59.000Z')).toBeNull()
    expect(next('* * * * * * 2099', '2099-12-31T15:59:59.000Z')).toBeNull()
  })

  it('is efficient (skips by field)', () => {
    const spec = parseCron('59 59 23 31 12 * *')
    const t0 = Date.now()
    let t: Date | null = at(T0)
    for (let i = 0; i < 50 && t; i++) t = nextFireTime(spec, t)
    expect(t?.toISOString()).toBe('2073-12-31T15:59:59.000Z')
    const never = parseCron('0 0 0 31 2 * *')
    expect(nextFireTime(never, at(T0))).toBeNull()
    expect(Date.now() - t0).toBeLessThan(1000)
  })

  it('agrees with a brute-force isDue scan', () => {
    const exprs = [
      '*/7 */13 * * * * *',
      '0 0-10/3 1,5,22 * * * *',
      '30 0 0 1,15 * WED *',
      '0 0 */6 ? * SAT,SUN *',
      '0 0 0 28-31 * * *'
    ]
    for (const expr of exprs) {
      const spec = parseCron(expr)
      // From an odd instant, find the next 3 fire times both ways over a 9-day window.
      let t = at('2024-02-26T13:17:23.456Z')
      for (let k = 0; k < 3; k++) {
        const fast = nextFireTime(spec, t)
        let s = Math.floor(t.getTime() / 1000) * 1000 + 1000
        const limit = s + 9 * 86400 * 1000
        while (s < limit && !isDue(spec, new Date(s))) s += 1000
        expect(fast?.getTime()).toBe(s < limit ? s : fast?.getTime())
        if (!fast) break
        expect(isDue(spec, fast)).toBe(true)
        t = fast
      }
    }
  })
})
