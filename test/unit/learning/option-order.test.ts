// Quiz options in a per-learner, per-question shuffled order that never changes for a learner.
import { optionOrder } from '../../../src/common/learning/option-order'
import { seededShuffle } from '../../../src/common/learning/seeded'
import { gradeQuiz } from '../../../src/common/learning/grading'

const options = ['a', 'b', 'c'].map((id) => ({ id, correct: id === 'a' }))
const ids = (xs: { id: string }[]) => xs.map((x) => x.id).join('')

test('the same learner and question always give the same order, and every option is shown once', () => {
  const first = optionOrder(options, 'learner-1', 'q1')
  for (let i = 0; i < 5; i++) expect(optionOrder(options, 'learner-1', 'q1')).toEqual(first)
  expect(ids([...first].sort((x, y) => (x.id < y.id ? -1 : 1)))).toBe('abc')
  // the content's own array is left as it is
  expect(ids(options)).toBe('abc')
})

test('over many questions the right option lands in every position about equally often', () => {
  const counts = [0, 0, 0]
  for (let n = 0; n < 900; n++) counts[optionOrder(options, 'learner-1', `m1-s01-q${n}`).findIndex((o) => o.correct)]++
  for (const c of counts) expect(c).toBeGreaterThan(240) // 300 expected each; content order would put all 900 first
  // ... and across learners for one question
  const byLearner = [0, 0, 0]
  for (let n = 0; n < 900; n++) byLearner[optionOrder(options, `learner-${n}`, 'q1').findIndex((o) => o.correct)]++
  for (const c of byLearner) expect(c).toBeGreaterThan(240)
})

test('learners do not all see one question in the same order', () => {
  const orders = new Set(Array.from({ length: 20 }, (_v, n) => ids(optionOrder(options, `learner-${n}`, 'q1'))))
  expect(orders.size).toBeGreaterThan(2)
})

test('every permutation of four options appears, i.e. the shuffle is not biased towards a few orders', () => {
  const seen = new Set<string>()
  for (let seed = 0; seed < 2000; seed++) seen.add(seededShuffle(['a', 'b', 'c', 'd'], seed).join(''))
  expect(seen.size).toBe(24)
})

test('grading does not depend on the order shown: the chosen option id is graded', () => {
  const q = { id: 'q1', prompt: { 'zh-CN': '问', en: 'Q' }, options: options.map((o) => ({ ...o, text: { 'zh-CN': o.id, en: o.id }, explanation: { 'zh-CN': '因', en: 'why' } })) }
  const shown = optionOrder(q.options, 'learner-7', q.id)
  const tapped = shown.find((o) => o.correct)!
  expect(gradeQuiz({ quiz: [{ ...q, options: shown }] }, { q1: tapped.id }).score).toBe(1)
  expect(gradeQuiz({ quiz: [q] }, { q1: tapped.id }).score).toBe(1)
})
