// Pure statistics of the impact dashboards, from the sums the database aggregation returns.
import { countFigure, meanFigure, MIN_CELL, rateFigure, SMALL, type Figure } from './suppress'

/** Sums over the workers who answered an item both before and after (one pair per worker). */
export interface PairSums {
  n: number
  sumBefore: number
  sumAfter: number
  /** Σ(after − before) and Σ(after − before)² */
  sumDiff: number
  sumDiffSq: number
}

export const EMPTY_PAIRS: PairSums = { n: 0, sumBefore: 0, sumAfter: 0, sumDiff: 0, sumDiffSq: 0 }

export function pairSumsOf(pairs: readonly { before: number; after: number }[]): PairSums {
  const s = { ...EMPTY_PAIRS }
  for (const { before, after } of pairs) {
    const d = after - before
    s.n++
    s.sumBefore += before
    s.sumAfter += after
    s.sumDiff += d
    s.sumDiffSq += d * d
  }
  return s
}

export function addPairSums(a: PairSums, b: PairSums): PairSums {
  return { n: a.n + b.n, sumBefore: a.sumBefore + b.sumBefore, sumAfter: a.sumAfter + b.sumAfter, sumDiff: a.sumDiff + b.sumDiff, sumDiffSq: a.sumDiffSq + b.sumDiffSq }
}

export interface PairedChange {
  n: Figure
  meanBefore: Figure
  meanAfter: Figure
  /** mean of (after − before) over the same people */
  change: Figure
  /** 95% confidence interval of the change (normal approximation), when n ≥ MIN_CELL */
  ci95: [number, number] | null
}

/** Paired before/after change of one item, suppressed below MIN_CELL pairs. */
export function pairedChange(s: PairSums, minCell = MIN_CELL): PairedChange {
  if (s.n < minCell) return { n: countFigure(s.n, minCell), meanBefore: SMALL, meanAfter: SMALL, change: SMALL, ci95: null }
  const mean = s.sumDiff / s.n
  const variance = s.n > 1 ? Math.max(0, (s.sumDiffSq - s.n * mean * mean) / (s.n - 1)) : 0
  const half = 1.96 * Math.sqrt(variance / s.n)
  const r = (x: number) => Math.round(x * 100) / 100
  return {
    n: s.n,
    meanBefore: meanFigure(s.sumBefore, s.n, 2, minCell),
    meanAfter: meanFigure(s.sumAfter, s.n, 2, minCell),
    change: r(mean),
    ci95: [r(mean - half), r(mean + half)]
  }
}

/** One step of a learning funnel: how many people got at least this far. */
export interface FunnelStep {
  id: string
  people: Figure
  /** share of the people who entered the funnel (the first step's count) */
  ofStarted: Figure
}

/**
 * Funnel over ordered steps (counts of people who completed each step). Counts are not
 * additive (one person is in many steps), so no complementary suppression is needed: a
 * suppressed step cannot be worked out from the others.
 */
export function funnel(steps: readonly { id: string; people: number }[], started: number, minCell = MIN_CELL): FunnelStep[] {
  return steps.map((s) => ({ id: s.id, people: countFigure(s.people, minCell), ofStarted: rateFigure(s.people, started, 3, minCell) }))
}

/** The median of values given as a histogram (value → number of people), or null when empty. */
export function medianOfHistogram(histogram: readonly { value: number; count: number }[]): number | null {
  const bins = histogram.filter((b) => b.count > 0).sort((a, b) => a.value - b.value)
  const total = bins.reduce((a, b) => a + b.count, 0)
  if (!total) return null
  const lowRank = Math.floor((total - 1) / 2)
  const highRank = Math.floor(total / 2)
  const at = (rank: number) => {
    let seen = 0
    for (const b of bins) {
      seen += b.count
      if (rank < seen) return b.value
    }
    return bins[bins.length - 1].value
  }
  return (at(lowRank) + at(highRank)) / 2
}

export function histogramTotal(histogram: readonly { count: number }[]): number {
  return histogram.reduce((a, b) => a + b.count, 0)
}

/** Merges histograms (a program pools its factories' people). */
export function mergeHistograms(...hs: (readonly { value: number; count: number }[])[]): { value: number; count: number }[] {
  const m = new Map<number, number>()
  for (const h of hs) for (const b of h) m.set(b.value, (m.get(b.value) ?? 0) + b.count)
  return [...m].map(([value, count]) => ({ value, count })).sort((a, b) => a.value - b.value)
}
