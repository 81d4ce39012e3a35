// "How did the call go?" → one tip that fits the answer and the child's age. Pure and
// deterministic per call, so asking again shows the same tip.
import { hashString } from '../learning/tips'
import type { AgeBand, Situation } from '../learning/content'
import type { CallMood } from './schemas'

/** Situations that fit each face, most fitting first. */
export const MOOD_SITUATIONS: Record<CallMood, readonly Situation[]> = {
  good: ['praise', 'everyday'],
  okay: ['everyday', 'first-call-after-long-time'],
  hard: ['child-upset-or-silent', 'caregiver-conflict']
}

interface TipLike {
  id: string
  situations: readonly string[]
  ageBands?: readonly AgeBand[]
}

/**
 * Only tips for the given age bands (the child of the call, else the caller's children)
 * are considered: a hard call with a toddler must not get a tip written for teenagers.
 * Without known ages every tip may be shown. Tips about calls (ids 'tip-call-…') are
 * preferred over other tips of the same situation; within the best group one is picked
 * by the call's id.
 */
export function tipForMood<T extends TipLike>(tips: readonly T[], mood: CallMood, seed: string, ageBands?: readonly AgeBand[]): T | null {
  const forAge = ageBands?.length ? tips.filter((t) => !t.ageBands || t.ageBands.some((b) => ageBands.includes(b))) : tips
  for (const situation of MOOD_SITUATIONS[mood]) {
    const fitting = forAge.filter((t) => t.situations.includes(situation)).sort((a, b) => (a.id < b.id ? -1 : 1))
    if (!fitting.length) continue
    const aboutCalls = fitting.filter((t) => t.id.startsWith('tip-call-'))
    const group = aboutCalls.length ? aboutCalls : fitting
    return group[hashString(seed) % group.length]
  }
  return null
}
