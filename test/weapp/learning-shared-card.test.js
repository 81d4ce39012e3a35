// A lesson card shared to a chat (REAL weapp build): the shared page shows that card to anyone
// (learning.card.get, a public action), can be shared on as the same card, and leads into the course.
const { bootApp, waitFor } = require('./harness')
const { byClass, tap } = require('./dom')
const { fakeLearningApi } = require('./learning-fixtures')

const CARD = { id: 'c-listen', emoji: '👂', title: { 'zh-CN': '先听孩子说完', en: 'Let your child finish' }, body: { 'zh-CN': '孩子说话时，别急着讲道理。', en: 'When your child talks, do not rush to lecture.' } }
const SESSION = { id: 'm1-s01', module: 1, number: 1, title: { 'zh-CN': '第一课', en: 'Session one' } }

test('a shared card: shown large for anyone, shared on as the same card, then the course starts', async () => {
  const api = fakeLearningApi()
  const base = api.handler
  api.handler = (request) => {
    if (request.action === 'learning.card.get') {
      api.requests.push(request)
      return { ok: true, data: { session: SESSION, card: CARD } }
    }
    return base(request)
  }
  const h = bootApp({ cloud: (data) => api.handler(data) })
  const page = h.renderPage('packages/learning/pages/shared/index', { session: 'm1-s01', card: '2' })
  await waitFor(() => byClass(page, 'shared-tip__title'), { what: 'the card' })
  expect(byClass(page, 'shared-tip__title').textContent).toBe('先听孩子说完')
  expect(byClass(page, 'shared-tip__kicker').textContent).toBe('家里人发给您的课程卡片 · 第 1 单元')
  expect(api.requests.find((r) => r.action === 'learning.card.get').payload).toEqual({ sessionId: 'm1-s01', card: 2 })
  const share = page.instance.onShareAppMessage({ from: 'button' })
  expect(share.path).toBe('/packages/learning/pages/shared/index?session=m1-s01&card=2')
  expect(share.title).toBe('先听孩子说完 · 第一课')
  expect(byClass(page, 'share-picture__save')).toBeTruthy()
  tap(page, '.shared-tip__start-button')
  await waitFor(() => h.calls.navigateTo.length > 0, { what: 'the lesson' })
  expect(h.calls.navigateTo.at(-1)).toBe('/packages/learning/pages/lesson/index?session=m1-s01&card=0')
})
