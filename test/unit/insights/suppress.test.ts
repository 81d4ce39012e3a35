import { countFigure, HIDDEN, meanFigure, rateFigure, SMALL, suppressCounts, suppressWithTotal } from '../../../src/common/insights/suppress'

describe('small-cell suppression', () => {
  it('shows counts of 5 or more and zero, hides 1 to 4 as "<5"', () => {
    expect([0, 1, 4, 5, 120].map((n) => countFigure(n))).toEqual([0, SMALL, SMALL, 5, 120])
  })

  it('a mean over fewer than 5 people is "<5"', () => {
    expect(meanFigure(16, 4)).toBe(SMALL)
    expect(meanFigure(17, 5)).toBe(3.4)
  })

  it('a rate is "<5" when its denominator is small or its numerator would reveal a small count', () => {
    expect(rateFigure(2, 4)).toBe(SMALL)
    expect(rateFigure(3, 100)).toBe(SMALL)
    expect(rateFigure(0, 100)).toBe(0)
    expect(rateFigure(50, 100)).toBe(0.5)
  })

  it('hides a second cell when the total would give the one small cell back', () => {
    // total 25 shown: 3 = 25 − 12 − 10 unless another cell is hidden too
    const { cells, total } = suppressWithTotal([12, 3, 10])
    expect(total).toBe(25)
    expect(cells).toEqual([12, SMALL, HIDDEN])
  })

  it('needs no complementary cell when two cells are already small, or when no total is shown', () => {
    expect(suppressWithTotal([2, 3, 10]).cells).toEqual([SMALL, SMALL, 10])
    expect(suppressCounts([12, 3, 10], [])).toEqual([12, SMALL, 10])
  })

  it('skips zeros when choosing the complementary cell (a zero reveals nothing)', () => {
    expect(suppressWithTotal([0, 3, 9, 7]).cells).toEqual([0, SMALL, 9, HIDDEN])
  })

  it('propagates through rows and columns of a table until no line has a single suppressed cell', () => {
    // 2×3 table with row and column totals shown:
    //  10  2  8
    //   9  7  6
    const cells = [10, 2, 8, 9, 7, 6]
    const lines = [
      [0, 1, 2],
      [3, 4, 5],
      [0, 3],
      [1, 4],
      [2, 5]
    ]
    const out = suppressCounts(cells, lines)
    expect(out[1]).toBe(SMALL)
    for (const line of lines) {
      const hidden = line.filter((i) => typeof out[i] !== 'number').length
      expect(hidden === 0 || hidden >= 2).toBe(true)
    }
    // no small cell can be recovered: sum over any line of shown cells never equals total minus one unknown
    expect(out.filter((f) => f === HIDDEN).length).toBeGreaterThanOrEqual(2)
  })
})
