// The content measures behind `npm run content:stats`, on small fixtures.
import { hanCount, keyIsUniquelyLongest, quizBalance, readability, sentences, courseCards, courseQuestions } from '../../../scripts/content/quality'

const L = (zh: string) => ({ 'zh-CN': zh, en: 'x' })
/** A question whose options are the given zh-CN texts; `key` is the index of the right one. */
const q = (id: string, texts: string[], key: number) => ({ id, options: texts.map((t, i) => ({ id: `o${i}`, text: L(t), correct: i === key })) })

test('Han characters only: punctuation, digits, Latin letters and spaces do not count', () => {
  expect(hanCount('打12356心理援助热线，别让他一个人待着！')).toBe(15)
  expect(hanCount('Call 110 now.')).toBe(0)
  expect(hanCount('“温和又坚定”')).toBe(5)
})

test('sentences split at Chinese and Latin end marks and line breaks; empty pieces are dropped', () => {
  expect(sentences('先深呼吸。再说话！好吗？\n好；…”')).toEqual(['先深呼吸', '再说话', '好吗', '好'])
})

test('the key is uniquely longest only when it beats every other option by Han characters', () => {
  expect(keyIsUniquelyLongest(q('q', ['短', '长一点的答案', '中等长度'], 1))).toBe(true)
  // a tie with a distractor is not "uniquely" longest
  expect(keyIsUniquelyLongest(q('q', ['一样长的', '一样长的', '短'], 1))).toBe(false)
  // ASCII padding does not make an option longer for a Chinese reader
  expect(keyIsUniquelyLongest(q('q', ['短 (110, 120, 12356)', '长一点', '短'], 0))).toBe(false)
  expect(keyIsUniquelyLongest(q('q', ['最长的那个选项', '正确', '短'], 1))).toBe(false)
})

test('quiz balance: longest-key share and the largest share held by one position', () => {
  const questions = [
    q('q1', ['短', '最长的答案', '中等的'], 1), // key longest, position 2
    q('q2', ['正确答案', '错误答案', '别的答案'], 0), // tie: not uniquely longest, position 1
    q('q3', ['短', '很长很长的错误', '对的'], 2), // position 3
    q('q4', ['短', '最长的答案啊', '中'], 1) // key longest, position 2
  ]
  expect(quizBalance(questions)).toEqual({
    questions: 4,
    keyUniquelyLongest: 2,
    keyUniquelyLongestShare: 0.5,
    keyByPosition: { '1': 1, '2': 2, '3': 1 },
    keyTopPositionShare: 0.5
  })
  expect(quizBalance([])).toMatchObject({ questions: 0, keyUniquelyLongestShare: 0, keyTopPositionShare: 0 })
})

test('readability: mean sentence length, the longest sentence and card, and cards at or over 60 Han characters', () => {
  const long = '好'.repeat(60)
  const r = readability([
    { id: 'm1-s01/c1', body: L('先深呼吸。再说话。') }, // 4 + 3
    { id: 'm1-s01/c2', body: L('别打孩子，讲道理。') }, // 7 (a comma does not end a sentence)
    { id: 'm1-s02/c1', body: L(long) }
  ])
  expect(r).toMatchObject({ cards: 3, sentences: 4, meanSentenceHan: 18.5, longestCard: { id: 'm1-s02/c1', han: 60 } })
  expect(r.longestSentence).toMatchObject({ id: 'm1-s02/c1', han: 60 })
  expect(r.cardsOverLimit).toEqual([{ id: 'm1-s02/c1', han: 60 }])
  expect(readability([{ id: 'a/b', body: L('好'.repeat(59)) }]).cardsOverLimit).toEqual([])
})

test('course cards and questions get ids that say which session they are in', () => {
  const sessions = [{ id: 'm2-s10', cards: [{ id: 'c6', body: L('卡') }], quiz: [q('q1', ['a', 'b'], 0)] }]
  expect(courseCards(sessions)).toEqual([{ id: 'm2-s10/c6', body: L('卡') }])
  expect(courseQuestions(sessions).map((x) => x.id)).toEqual(['m2-s10/q1'])
})
