// What msgSecCheck's answers mean for one write, and the review mark (pure).
import { AppError } from '../../../src/common/errors'
import { nextMark, outcomeOf, pieces, verdictOf } from '../../../server/core/content-verdict'

describe('outcomeOf', () => {
  test('reads result.suggest of a resolved reply', () => {
    for (const suggest of ['pass', 'review', 'risky'] as const) {
      expect(outcomeOf({ resolved: { errCode: 0, result: { suggest, label: 100 } } })).toEqual({ suggest })
    }
  })
  test('a thrown errCode is a failure, except v1’s 87014 which means risky', () => {
    expect(outcomeOf({ thrown: { errCode: -1, errMsg: 'system error' } })).toEqual({ failed: expect.stringContaining('-1') })
    expect(outcomeOf({ thrown: { errCode: 87014, errMsg: 'risky content' } })).toEqual({ suggest: 'risky' })
  })
  test('a reply without a known suggest is a failure, not a pass', () => {
    expect(outcomeOf({ resolved: { errCode: 0 } })).toHaveProperty('failed')
    expect(outcomeOf({ resolved: { result: { suggest: 'maybe' } } })).toHaveProperty('failed')
  })
})

describe('verdictOf', () => {
  const pass = { suggest: 'pass' as const }
  const review = { suggest: 'review' as const }
  const risky = { suggest: 'risky' as const }
  const failed = { failed: 'errCode -1' }

  test('all pass: nothing to mark', () => {
    expect(verdictOf([{ field: 'title', outcome: pass }])).toEqual({ review: [] })
  })
  test('review fields are returned once each', () => {
    expect(verdictOf([{ field: 'body', outcome: review }, { field: 'body', outcome: review }, { field: 'title', outcome: pass }])).toEqual({ review: ['body'] })
  })
  test('risky throws CONTENT_RISKY naming the fields, even when another check failed', () => {
    try {
      verdictOf([{ field: 'title', outcome: risky }, { field: 'body', outcome: failed }])
      throw new Error('no throw')
    } catch (e) {
      expect(e).toBeInstanceOf(AppError)
      expect(e).toMatchObject({ code: 'CONTENT_RISKY', details: { fields: ['title'] } })
    }
  })
  test('a failed check with no risky one is CONTENT_CHECK_UNAVAILABLE (fail closed)', () => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    expect(() => verdictOf([{ field: 'title', outcome: pass }, { field: 'body', outcome: failed }])).toThrow(
      expect.objectContaining({ code: 'CONTENT_CHECK_UNAVAILABLE' })
    )
  })
})

describe('pieces', () => {
  test('splits at the limit without breaking a surrogate pair', () => {
    expect(pieces('abcdef', 4)).toEqual(['abcd', 'ef'])
    expect(pieces('abc\u{1F600}de', 4)).toEqual(['abc', '\u{1F600}de'])
    expect(pieces('', 4)).toEqual([])
    expect(pieces('x'.repeat(2500))).toHaveLength(1)
    expect(pieces('x'.repeat(2501))).toHaveLength(2)
  })
})

describe('nextMark', () => {
  const t0 = new Date('2026-11-30T10:00:00Z')
  const t1 = new Date('2026-11-30T11:00:00Z')
  test('no review and no earlier mark: no mark', () => {
    expect(nextMark(null, ['name'], [], t0)).toBeNull()
  })
  test('a new review field is marked', () => {
    expect(nextMark(null, [], ['notesForParents'], t0)).toEqual({ state: 'review', fields: ['notesForParents'], at: t0 })
  })
  test('marks of fields not written stay; a re-checked field takes the new verdict', () => {
    const prev = { state: 'review' as const, fields: ['name', 'notesForParents'], at: t0 }
    expect(nextMark(prev, ['name'], [], t1)).toEqual({ state: 'review', fields: ['notesForParents'], at: t0 })
    expect(nextMark(prev, ['name', 'notesForParents'], [], t1)).toBeNull()
    expect(nextMark(prev, ['location'], ['location'], t1)).toEqual({ state: 'review', fields: ['name', 'notesForParents', 'location'], at: t1 })
  })
  test('a written array field clears the marks of its elements', () => {
    const prev = { state: 'review' as const, fields: ['pickupPeople.0.name', 'givenName'], at: t0 }
    expect(nextMark(prev, ['pickupPeople'], [], t1)).toEqual({ state: 'review', fields: ['givenName'], at: t0 })
  })
})
