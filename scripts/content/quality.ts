// Measures of the course text that a reviewer would count by hand: whether a quiz can be
// answered by picking the longest option or a favourite position, and how long sentences and
// cards are for a reader with primary-school Chinese. Pure functions over the content; used by
// `npm run content:stats` and by the content tests that enforce the limits.
import type { Localized } from '../../src/common/learning/content'

/** The course's limits (issue 9): checked by test/unit/learning/content-limits.test.ts. */
export const LIMITS = {
  /** the key may be the uniquely longest option in at most this share of questions */
  keyUniquelyLongestShare: 1 / 3,
  /** no option position may hold the key in more than this share of questions */
  keyTopPositionShare: 0.45,
  /** every card body's Chinese text is shorter than this many Han characters */
  cardHan: 60
} as const

const HAN = /\p{Script=Han}/gu

/** Han (Chinese) characters in a text: what a reader of the zh-CN text reads. */
export function hanCount(text: string): number {
  return text.match(HAN)?.length ?? 0
}

/** Sentences of a Chinese text (split at 。！？；… and line breaks), those with any Han character. */
export function sentences(text: string): string[] {
  return text
    .split(/[。！？；…!?;\n]+/)
    .map((s) => s.trim())
    .filter((s) => hanCount(s) > 0)
}

export interface QuestionLike {
  id: string
  options: readonly { id: string; text: Localized; correct: boolean }[]
}

/** True when the right option has more Han characters than every other option. */
export function keyIsUniquelyLongest(q: QuestionLike): boolean {
  const key = q.options.find((o) => o.correct)
  if (!key) return false
  const len = hanCount(key.text['zh-CN'])
  return q.options.every((o) => o === key || hanCount(o.text['zh-CN']) < len)
}

const share = (n: number, total: number) => (total === 0 ? 0 : Math.round((n / total) * 1000) / 1000)

export interface QuizBalance {
  questions: number
  /** questions whose key is the uniquely longest option */
  keyUniquelyLongest: number
  keyUniquelyLongestShare: number
  /** how many keys sit at each option position, 1-based ("1" = first option in the file) */
  keyByPosition: Record<string, number>
  /** the largest share of keys held by one position */
  keyTopPositionShare: number
}

export function quizBalance(questions: readonly QuestionLike[]): QuizBalance {
  const longest = questions.filter(keyIsUniquelyLongest).length
  const byPosition: Record<string, number> = {}
  for (const q of questions) {
    const at = q.options.findIndex((o) => o.correct)
    if (at >= 0) byPosition[String(at + 1)] = (byPosition[String(at + 1)] ?? 0) + 1
  }
  const top = Math.max(0, ...Object.values(byPosition))
  return {
    questions: questions.length,
    keyUniquelyLongest: longest,
    keyUniquelyLongestShare: share(longest, questions.length),
    keyByPosition: byPosition,
    keyTopPositionShare: share(top, questions.length)
  }
}

export interface CardLike {
  /** where the card is, e.g. "m2-s10/c6" */
  id: string
  body: Localized
}

export interface Readability {
  cards: number
  sentences: number
  /** mean Han characters per sentence of the card bodies, one decimal */
  meanSentenceHan: number
  longestSentence: { id: string; han: number; text: string } | null
  longestCard: { id: string; han: number } | null
  /** cards whose body has LIMITS.cardHan Han characters or more */
  cardsOverLimit: { id: string; han: number }[]
}

export function readability(cards: readonly CardLike[]): Readability {
  let count = 0
  let total = 0
  let longestSentence: Readability['longestSentence'] = null
  let longestCard: Readability['longestCard'] = null
  const over: Readability['cardsOverLimit'] = []
  for (const card of cards) {
    const zh = card.body['zh-CN']
    for (const s of sentences(zh)) {
      const han = hanCount(s)
      count++
      total += han
      if (!longestSentence || han > longestSentence.han) longestSentence = { id: card.id, han, text: s }
    }
    const han = hanCount(zh)
    if (!longestCard || han > longestCard.han) longestCard = { id: card.id, han }
    if (han >= LIMITS.cardHan) over.push({ id: card.id, han })
  }
  return {
    cards: cards.length,
    sentences: count,
    meanSentenceHan: count === 0 ? 0 : Math.round((total / count) * 10) / 10,
    longestSentence,
    longestCard,
    cardsOverLimit: over
  }
}

/** Every card of the course with a stable id "<session>/<card>". */
export function courseCards(sessions: readonly { id: string; cards: readonly { id: string; body: Localized }[] }[]): CardLike[] {
  return sessions.flatMap((s) => s.cards.map((c) => ({ id: `${s.id}/${c.id}`, body: c.body })))
}

/** Every quiz question of the course with a stable id "<session>/<question>". */
export function courseQuestions(sessions: readonly { id: string; quiz: readonly QuestionLike[] }[]): QuestionLike[] {
  return sessions.flatMap((s) => s.quiz.map((q) => ({ ...q, id: `${s.id}/${q.id}` })))
}
