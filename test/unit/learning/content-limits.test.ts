// Course-wide limits of issue 9 on the real content: a quiz cannot be passed by picking the
// longest option or a favourite position, and no card is too long for a slow reader.
// The figures themselves: `npm run content:stats` (quizBalance, readability).
import { loadRawContent } from '../../../content/load'
import { SessionSchema } from '../../../src/common/learning/content'
import { courseCards, courseQuestions, hanCount, keyIsUniquelyLongest, LIMITS, quizBalance } from '../../../scripts/content/quality'

const sessions = loadRawContent().sessions.map((s) => SessionSchema.parse(s.data))
const questions = courseQuestions(sessions)

test(`the key is the uniquely longest option (Han characters) in at most a third of the questions`, () => {
  const balance = quizBalance(questions)
  const offenders = questions.filter(keyIsUniquelyLongest).map((q) => q.id)
  if (balance.keyUniquelyLongest > questions.length * LIMITS.keyUniquelyLongestShare) {
    throw new Error(`${balance.keyUniquelyLongest} of ${questions.length} keys are the uniquely longest option (limit: a third): ${offenders.join(', ')}`)
  }
})

test('no option position holds the key in more than 45% of the questions', () => {
  const { keyByPosition, questions: total } = quizBalance(questions)
  for (const [position, count] of Object.entries(keyByPosition)) {
    if (count > total * LIMITS.keyTopPositionShare) throw new Error(`position ${position} holds the key in ${count} of ${total} questions (limit 45%)`)
  }
})

test('every card body has fewer than 60 Han characters in Chinese', () => {
  const long = courseCards(sessions)
    .map((c) => ({ id: c.id, han: hanCount(c.body['zh-CN']) }))
    .filter((c) => c.han >= LIMITS.cardHan)
  expect(long).toEqual([])
})
