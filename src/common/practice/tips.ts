// The tip for what got in the way of a practice: tips tagged with that barrier in content/tips
// (`barriers`), preferring those for the ages of the parent's children, one chosen stably by a
// seed (the practice id: a retried check-in shows the same tip). Pure.
import type { AgeBand, Tip } from '../learning/content'
import { hashString } from '../learning/seeded'
import type { PracticeBarrier } from './barriers'

export interface TipChoice {
  /** ages of the parent's children; absent or empty: any age */
  ageBands?: readonly AgeBand[]
  seed: string
}

const tagged = (tips: readonly Tip[], barrier: PracticeBarrier) => tips.filter((t) => t.barriers?.includes(barrier))

export function tipForBarrier(tips: readonly Tip[], barrier: PracticeBarrier, choice: TipChoice): Tip | null {
  // A barrier without a tip of its own falls back to the general ones ("other").
  const pool = tagged(tips, barrier).length ? tagged(tips, barrier) : tagged(tips, 'other')
  if (!pool.length) return null
  const bands = choice.ageBands ?? []
  const fitting = bands.length ? pool.filter((t) => t.ageBands.some((b) => bands.includes(b))) : pool
  const from = fitting.length ? fitting : pool
  const sorted = [...from].sort((a, b) => (a.id < b.id ? -1 : 1)) // content order must not change the pick
  return sorted[hashString(`practice-tip:${choice.seed}`) % sorted.length]
}
