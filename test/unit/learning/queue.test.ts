import { dequeue, enqueue, isTransient, newKey, parseQueue, type QueuedOp, type Queue } from '../../../src/services/learning/queue'

const at = '2025-07-01T00:00:00.000Z'
const progress = (sessionId: string, card: number, key = `p-${sessionId}-${card}`): QueuedOp => ({ kind: 'progress', key, payload: { sessionId, card }, queuedAt: at })
const quiz = (key: string): QueuedOp => ({ kind: 'quiz', key, payload: { sessionId: 'm1-s01', key, answers: { q1: 'a' } }, queuedAt: at })
const survey = (key: string, phase: 'pre' | 'post', v = 3): QueuedOp => ({ kind: 'survey', key, payload: { phase, key, answers: { s1: v } }, queuedAt: at })

test('a retried quiz submission (same key) is queued once', () => {
  let q: Queue = []
  q = enqueue(q, quiz('quiz-key-0001'))
  q = enqueue(q, quiz('quiz-key-0001'))
  expect(q).toHaveLength(1)
  // a second attempt is a different submission
  expect(enqueue(q, quiz('quiz-key-0002'))).toHaveLength(2)
})

test('card positions for one session collapse into one entry with the furthest card', () => {
  let q: Queue = []
  for (const card of [1, 3, 2]) q = enqueue(q, progress('m1-s01', card))
  q = enqueue(q, progress('m1-s02', 1))
  expect(q.filter((o) => o.kind === 'progress')).toHaveLength(2)
  expect(q[0].payload).toEqual({ sessionId: 'm1-s01', card: 3 })
})

test('order is kept (progress before the quiz that follows it) and a confirmed entry leaves', () => {
  let q: Queue = []
  q = enqueue(q, progress('m1-s01', 4))
  q = enqueue(q, quiz('quiz-key-0001'))
  q = enqueue(q, progress('m1-s01', 5))
  expect(q.map((o) => o.kind)).toEqual(['progress', 'quiz'])
  q = dequeue(q, q[0].key)
  expect(q.map((o) => o.key)).toEqual(['quiz-key-0001'])
})

test('a survey phase keeps its first answers', () => {
  let q: Queue = enqueue([], survey('survey-key-01', 'pre', 2))
  q = enqueue(q, survey('survey-key-02', 'pre', 5))
  q = enqueue(q, survey('survey-key-03', 'post', 4))
  expect(q.map((o) => o.key)).toEqual(['survey-key-01', 'survey-key-03'])
})

test('survives a restart: what storage gives back is read, junk is dropped', () => {
  const q = enqueue(enqueue([], quiz('quiz-key-0001')), progress('m1-s01', 2))
  const restored = parseQueue(JSON.parse(JSON.stringify(q)))
  expect(restored).toEqual(q)
  expect(parseQueue([null, 5, { kind: 'nope', key: 'x', payload: {} }, ...q])).toEqual(q)
  expect(parseQueue('')).toEqual([])
})

test('network trouble is retried later; refusals are not', () => {
  expect(isTransient('NETWORK')).toBe(true)
  expect(isTransient('INTERNAL')).toBe(true)
  expect(isTransient('VALIDATION_FAILED')).toBe(false)
  expect(isTransient('LEARNING_ANSWERS_INCOMPLETE')).toBe(false)
})

test('keys are unique and in the alphabet the server accepts', () => {
  const keys = Array.from({ length: 1000 }, () => newKey())
  expect(new Set(keys).size).toBe(1000)
  for (const k of keys) expect(k).toMatch(/^[A-Za-z0-9_-]{8,64}$/)
})
