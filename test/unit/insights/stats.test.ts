import { funnel, medianOfHistogram, mergeHistograms, pairedChange, pairSumsOf, addPairSums } from '../../../src/common/insights/stats'
import { SMALL } from '../../../src/common/insights/suppress'

describe('paired before/after change', () => {
  const pairs = [
    { before: 2, after: 4 },
    { before: 3, after: 4 },
    { before: 3, after: 3 },
    { before: 4, after: 5 },
    { before: 1, after: 3 },
    { before: 2, after: 2 }
  ]

  it('gives mean before, after and the mean of each person’s change, with n', () => {
    const c = pairedChange(pairSumsOf(pairs))
    expect(c.n).toBe(6)
    expect(c.meanBefore).toBe(2.5)
    expect(c.meanAfter).toBe(3.5)
    expect(c.change).toBe(1)
    // differences 2,1,0,1,2,0: sd = sqrt(0.8) → half width 1.96·sqrt(0.8/6) = 0.7157
    expect(c.ci95).toEqual([0.28, 1.72])
  })

  it('sums of two factories pool into the same result as one pass over everyone', () => {
    const pooled = addPairSums(pairSumsOf(pairs.slice(0, 2)), pairSumsOf(pairs.slice(2)))
    expect(pairedChange(pooled)).toEqual(pairedChange(pairSumsOf(pairs)))
  })

  it('is suppressed below 5 pairs', () => {
    const c = pairedChange(pairSumsOf(pairs.slice(0, 4)))
    expect(c).toEqual({ n: SMALL, meanBefore: SMALL, meanAfter: SMALL, change: SMALL, ci95: null })
  })
})

describe('learning funnel', () => {
  it('counts people per step with their share of starters, small steps as "<5"', () => {
    const f = funnel(
      [
        { id: 'm1-s01', people: 40 },
        { id: 'm1-s02', people: 30 },
        { id: 'm1-s03', people: 3 }
      ],
      50
    )
    expect(f).toEqual([
      { id: 'm1-s01', people: 40, ofStarted: 0.8 },
      { id: 'm1-s02', people: 30, ofStarted: 0.6 },
      { id: 'm1-s03', people: SMALL, ofStarted: SMALL }
    ])
  })
})

describe('median from a histogram', () => {
  it('finds the middle person (the mean of the two middle ones for an even count)', () => {
    expect(medianOfHistogram([{ value: 3, count: 1 }, { value: 1, count: 1 }, { value: 9, count: 1 }])).toBe(3)
    expect(medianOfHistogram([{ value: 2, count: 2 }, { value: 6, count: 2 }])).toBe(4)
    expect(medianOfHistogram([])).toBeNull()
  })

  it('merges factories’ histograms', () => {
    expect(mergeHistograms([{ value: 1, count: 2 }], [{ value: 1, count: 1 }, { value: 4, count: 5 }])).toEqual([
      { value: 1, count: 3 },
      { value: 4, count: 5 }
    ])
  })
})
