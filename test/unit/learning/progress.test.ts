import { courseStatus, mergeProgress, mergeSessionProgress, type SessionProgress } from '../../../src/common/learning/progress'

const p = (sessionId: string, over: Partial<SessionProgress> = {}): SessionProgress => ({ sessionId, card: 0, passed: false, bestScore: 0, updatedAt: '2025-06-01T00:00:00.000Z', ...over })

describe('merging progress never goes backwards', () => {
  test('furthest card, a pass stays, best score, first pass date, latest change', () => {
    const server = p('m1-s01', { card: 5, passed: true, bestScore: 3, passedAt: '2025-06-02T00:00:00.000Z', updatedAt: '2025-06-02T00:00:00.000Z' })
    const device = p('m1-s01', { card: 2, passed: false, bestScore: 1, updatedAt: '2025-06-03T00:00:00.000Z' })
    const merged = mergeSessionProgress(device, server)
    expect(merged).toEqual({ sessionId: 'm1-s01', card: 5, passed: true, bestScore: 3, passedAt: '2025-06-02T00:00:00.000Z', updatedAt: '2025-06-03T00:00:00.000Z' })
    expect(mergeSessionProgress(server, device)).toEqual(merged)
    expect(mergeSessionProgress(merged, merged)).toEqual(merged)
  })

  test('maps merge per session; sessions known to only one side are kept', () => {
    const out = mergeProgress([p('m1-s01', { card: 3 })], { 'm1-s02': p('m1-s02', { card: 1 }) }, undefined, [p('m1-s01', { card: 1 })])
    expect(Object.keys(out).sort()).toEqual(['m1-s01', 'm1-s02'])
    expect(out['m1-s01'].card).toBe(3)
  })
})

describe('course status', () => {
  const course = {
    modules: [
      { number: 1, sessions: [{ id: 'm1-s01', cards: 5 }, { id: 'm1-s02', cards: 6 }] },
      { number: 2, sessions: [{ id: 'm2-s01', cards: 4 }] }
    ]
  }

  test('a newcomer starts at the first card of the first session', () => {
    const s = courseStatus(course, {})
    expect(s.continueAt).toEqual({ sessionId: 'm1-s01', card: 0 })
    expect(s.statuses).toEqual({ 'm1-s01': 'next', 'm1-s02': 'todo', 'm2-s01': 'todo' })
    expect(s.percent).toBe(0)
  })

  test('done, next, and resuming the exact card of the session touched last', () => {
    const progress = mergeProgress([
      p('m1-s01', { card: 4, passed: true, bestScore: 3 }),
      p('m2-s01', { card: 2, updatedAt: '2025-06-05T00:00:00.000Z' })
    ])
    const s = courseStatus(course, progress)
    expect(s.statuses).toEqual({ 'm1-s01': 'done', 'm1-s02': 'next', 'm2-s01': 'in-progress' })
    expect(s.continueAt).toEqual({ sessionId: 'm2-s01', card: 2 })
    expect(s).toMatchObject({ done: 1, total: 3, percent: 33, modulesDone: [], courseDone: false })
  })

  test('modules and the course complete; nothing left to continue', () => {
    const all = mergeProgress(['m1-s01', 'm1-s02', 'm2-s01'].map((id) => p(id, { passed: true })))
    expect(courseStatus(course, all)).toMatchObject({ modulesDone: [1, 2], courseDone: true, continueAt: null, percent: 100 })
  })

  test('a card beyond a shortened session resumes at its last card', () => {
    expect(courseStatus(course, mergeProgress([p('m1-s01', { card: 7 })])).continueAt).toEqual({ sessionId: 'm1-s01', card: 4 })
  })
})
