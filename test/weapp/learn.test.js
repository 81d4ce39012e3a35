// 学习 tab on the real weapp build: the course map with each session's status, overall
// progress, and the big continue button that resumes at the exact card.
const { bootApp, waitFor, pageRequests } = require('./harness')
const { allByClass, byClass, textOf, tap } = require('./dom')
const { fakeLearningApi } = require('./learning-fixtures')

describe('学习 tab on the real weapp build', () => {
  let h
  let api
  let page

  beforeAll(() => {
    api = fakeLearningApi({
      progress: [{ sessionId: 'm1-s01', card: 2, passed: false, bestScore: 0, updatedAt: '2025-06-01T00:00:00.000Z' }]
    })
    h = bootApp({ cloud: (data) => api.handler(data) })
    page = h.renderPage('pages/learn/index')
  })

  test('shows the course map in Chinese with one cloud call', async () => {
    await waitFor(() => byClass(page, 'learn__module-title'), { what: 'the course map' })
    expect(byClass(page, 'learn__module-title').textContent).toContain('我是好家长')
    expect(byClass(page, 'learn__overall').textContent).toBe('已学完 0 / 2 课')
    const rows = allByClass(page, 'learn__session')
    expect(rows).toHaveLength(2)
    expect(allByClass(page, 'learn__badge').map((b) => b.textContent)).toEqual(['学习中', '未开始'])
    expect(textOf(page)).toContain('学习中')
    // one for the course map (the practice card asks for its own: practice.current)
    expect(pageRequests(api.requests).map((r) => r.action).filter((a) => a !== 'practice.current')).toEqual(['learning.overview'])
    expect(h.calls.titles).toContain('学习')
    // the overview is kept on the device for offline use
    expect(h.storage.get('fb.learning.overview').course.contentVersion).toBe('v1')
  })

  test('继续学习 resumes at the exact card', async () => {
    expect(byClass(page, 'learn__continue-label').textContent).toBe('继续学习')
    expect(byClass(page, 'learn__continue-where').textContent).toBe('第1单元 第1课 · 第3张')
    tap(page, '.learn__continue')
    await waitFor(() => h.calls.navigateTo.length > 0, { what: 'navigation' })
    expect(h.calls.navigateTo[0]).toBe('/packages/learning/pages/lesson/index?session=m1-s01&card=2')
  })

  test('the root font follows the WeChat font setting (scale 1 => 17px)', () => {
    expect(byClass(page, 'fb-page').getAttribute('style')).toContain('font-size: 17px')
  })
})
