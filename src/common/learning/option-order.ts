// The order a quiz's options are shown in: shuffled per question and per learner, so the right
// answer is not always in the same place, but stable (the same learner sees the same order on
// every visit, retry and device). Only the display changes: answers are option ids, and the
// server grades by id (grading.ts), never by position.
import { hashString, seededShuffle } from './seeded'

export function optionOrder<T extends { id: string }>(options: readonly T[], learnerKey: string, questionId: string): T[] {
  return seededShuffle(options, hashString(`${learnerKey}\u0000${questionId}`))
}
