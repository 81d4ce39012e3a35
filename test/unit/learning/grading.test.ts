import { answersProblem, gradeQuiz, passMark } from '../../../src/common/learning/grading'

const q = (id: string, correct: string) => ({
  id,
  prompt: { 'zh-CN': '问', en: 'Q' },
  options: ['a', 'b', 'c'].map((o) => ({ id: o, text: { 'zh-CN': o, en: o }, correct: o === correct, explanation: { 'zh-CN': '因为', en: 'because' } }))
})
const session = { quiz: [q('q1', 'a'), q('q2', 'b'), q('q3', 'c')] }

test('pass mark is two thirds, rounded up', () => {
  expect([3, 4, 5].map(passMark)).toEqual([2, 3, 4])
})

test('2 of 3 right passes, 1 of 3 fails; each question says what was right', () => {
  const pass = gradeQuiz(session, { q1: 'a', q2: 'b', q3: 'a' })
  expect(pass).toMatchObject({ score: 2, total: 3, passMark: 2, passed: true })
  expect(pass.questions[2]).toEqual({ questionId: 'q3', chosen: 'a', correctOptionId: 'c', correct: false })
  expect(gradeQuiz(session, { q1: 'a', q2: 'a', q3: 'a' })).toMatchObject({ score: 1, passed: false })
  expect(gradeQuiz(session, { q1: 'a', q2: 'b', q3: 'c' })).toMatchObject({ score: 3, passed: true })
})

test('incomplete or foreign answers cannot be graded', () => {
  expect(answersProblem(session, { q1: 'a', q2: 'b' })).toMatch(/unanswered: q3/)
  expect(answersProblem(session, { q1: 'a', q2: 'b', q3: 'z' })).toMatch(/unknown option/)
  expect(answersProblem(session, { q1: 'a', q2: 'b', q3: 'c', q9: 'a' })).toMatch(/unknown question/)
  expect(answersProblem(session, { q1: 'a', q2: 'b', q3: 'c' })).toBeNull()
})
