// Display of suppressed figures: "<5" stays "<5", a complementary cell reads "hidden".
import type { FigureValue } from '@/common/insights/actions'

export function num(f: FigureValue, hidden: string, digits = 0): string {
  if (f === '<5') return '<5'
  if (f === 'hidden') return hidden
  return digits ? f.toFixed(digits) : String(Math.round(f))
}

export function pct(f: FigureValue, hidden: string): string {
  if (typeof f !== 'number') return num(f, hidden)
  return `${Math.round(f * 100)}%`
}

export function signed(f: FigureValue, hidden: string): string {
  if (typeof f !== 'number') return num(f, hidden)
  return `${f > 0 ? '+' : ''}${f.toFixed(2)}`
}

/** A figure for a chart: suppressed ones are left out (a gap), never drawn as a number. */
export function plotted(f: FigureValue): number | null {
  return typeof f === 'number' ? f : null
}
