// Small-cell suppression: no figure computed from fewer than MIN_CELL people leaves the
// server. Pure (no I/O); the insights actions apply it before answering.
//
// Rules (documented in README "Program impact"):
// - a count of people from 1 to MIN_CELL-1 is shown as "<5" (0 is shown: it names nobody);
// - a mean or a median over fewer than MIN_CELL people is "<5";
// - a rate is "<5" when its denominator is under MIN_CELL or its numerator is 1..MIN_CELL-1
//   (with the denominator known, the rate would give the small count back);
// - complementary suppression: in a line of cells whose total is shown (or can be worked out
//   from other figures), one suppressed cell could be recovered by subtraction, so the smallest
//   other non-zero cell of that line is hidden too ("hidden"), repeated until no line has
//   exactly one suppressed cell.

export const MIN_CELL = 5
export const SMALL = '<5' as const
export const HIDDEN = 'hidden' as const
/** A figure as it leaves the server: a number, "<5" (small cell) or "hidden" (protects a small cell). */
export type Figure = number | typeof SMALL | typeof HIDDEN

export const isShown = (f: Figure): f is number => typeof f === 'number'

export function isSmall(n: number, minCell = MIN_CELL): boolean {
  return n > 0 && n < minCell
}

/** A count of people. */
export function countFigure(n: number, minCell = MIN_CELL): Figure {
  return isSmall(n, minCell) ? SMALL : n
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits

/** A mean of `sum` over `n` people. */
export function meanFigure(sum: number, n: number, digits = 2, minCell = MIN_CELL): Figure {
  if (n < minCell) return SMALL
  return round(sum / n, digits)
}

/** A share (0..1) of `part` people among `of`. */
export function rateFigure(part: number, of: number, digits = 3, minCell = MIN_CELL): Figure {
  if (of < minCell || isSmall(part, minCell)) return SMALL
  return round(part / of, digits)
}

/** A median known only through its people count `n` (computed elsewhere). */
export function medianFigure(median: number | null, n: number, minCell = MIN_CELL): Figure {
  if (n < minCell || median === null) return SMALL
  return median
}

/**
 * Suppresses a table of people counts. `lines` lists, for every line whose total is shown or
 * derivable, the indexes of its cells (a row, a column, or all cells when a grand total is shown).
 * Returns the cells as figures: small ones "<5", complementary ones "hidden".
 */
export function suppressCounts(cells: readonly number[], lines: readonly (readonly number[])[], minCell = MIN_CELL): Figure[] {
  const out: Figure[] = cells.map((n) => countFigure(n, minCell))
  for (let changed = true; changed; ) {
    changed = false
    for (const line of lines) {
      const suppressed = line.filter((i) => !isShown(out[i]))
      if (suppressed.length !== 1) continue
      // The one suppressed cell = total − the others: hide the smallest other non-zero cell.
      const candidates = line.filter((i) => isShown(out[i]) && cells[i] > 0).sort((a, b) => cells[a] - cells[b])
      if (!candidates.length) continue
      out[candidates[0]] = HIDDEN
      changed = true
    }
  }
  return out
}

/** A list of counts with its total shown: one line over all cells. */
export function suppressWithTotal(cells: readonly number[], minCell = MIN_CELL): { cells: Figure[]; total: Figure } {
  const total = cells.reduce((a, b) => a + b, 0)
  return { cells: suppressCounts(cells, [cells.map((_, i) => i)], minCell), total: countFigure(total, minCell) }
}
