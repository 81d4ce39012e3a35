// The lesson player in the learning subpackage of the REAL weapp build: renders a card,
// advances on tap, saves the position, and offers narration on the card (learning-narration.test.js).
// The recording on a first card: learning-media.test.js.
const { bootApp, waitFor, pageRequests } = require('./harness')
const { byClass, textOf, tap } = require('./dom')
const { fakeLearningApi } = require('./learning-fixtures')

describe('lesson player (packages/learning) on the real weapp build', () => {
  let h
  let api
  let page

  beforeAll(() => {
    api = fakeLearningApi()
    h = bootApp({ cloud: (data) => api.handler(data) })
    page = h.renderPage('packages/learning/pages/lesson/index', { session: 'm1-s01', card: '1' })
  })

  test('opens at the card it was asked for, with one cloud call', async () => {
    await waitFor(() => byClass(page, 'lesson__title'), { what: 'a lesson card' })
    expect(byClass(page, 'lesson__title').textContent).toBe('第2张卡片')
    expect(byClass(page, 'lesson__body').textContent).toBe('卡片2的内容。')
    expect(byClass(page, 'lesson__count').textContent).toBe('第 2 / 4 张')
    expect(pageRequests(api.requests).map((r) => r.action)).toEqual(['learning.session.get'])
    // Narration is offered on every card; nothing is fetched or played before a tap.
    expect(byClass(page, 'narrate__button').textContent).toBe('🔊 读给我听')
  })

  test('tapping 下一张 shows the next card and saves the position (device first, then the cloud)', async () => {
    tap(page, '.lesson__next')
    await waitFor(() => byClass(page, 'lesson__title').textContent === '第3张卡片', { what: 'card 3' })
    expect(byClass(page, 'lesson__count').textContent).toBe('第 3 / 4 张')
    expect(h.storage.get('fb.learning.progress')['m1-s01'].card).toBe(2)
    await waitFor(() => api.requests.some((r) => r.action === 'learning.progress.save'), { what: 'progress.save' })
    expect(api.requests.find((r) => r.action === 'learning.progress.save').payload).toEqual({ sessionId: 'm1-s01', card: 2 })
    await waitFor(() => (h.storage.get('fb.learning.queue') || []).length === 0, { what: 'the queue to empty' })
  })

  test('the last card shows this week’s practice and leads to the quiz', async () => {
    tap(page, '.lesson__next')
    await waitFor(() => byClass(page, 'lesson__to-quiz'), { what: 'the quiz button' })
    expect(byClass(page, 'lesson__practice').textContent).toContain('今晚给孩子打个电话。')
    expect(byClass(page, 'lesson__next')).toBeNull()
    tap(page, '.lesson__prev')
    await waitFor(() => byClass(page, 'lesson__title').textContent === '第3张卡片', { what: 'back to card 3' })
  })

  test('a session without a recording or video shows its first card exactly as before: no media', async () => {
    tap(page, '.lesson__prev')
    await waitFor(() => byClass(page, 'lesson__title').textContent === '第2张卡片', { what: 'card 2' })
    tap(page, '.lesson__prev')
    await waitFor(() => byClass(page, 'lesson__title').textContent === '第1张卡片', { what: 'card 1' })
    expect(byClass(page, 'lesson__media')).toBeNull()
    expect(byClass(page, 'lesson__audio-toggle')).toBeNull()
    expect(textOf(page)).not.toContain('听录音')
  })
})
