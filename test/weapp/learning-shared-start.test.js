// "Start the course" on a shared page when the course cannot be opened (REAL weapp build): the
// Learn tab (with its retry) instead of a button that does nothing. (One app boot per file.)
const { bootApp, waitFor } = require('./harness')
const { byClass, tap } = require('./dom')
const { fakeLearningApi } = require('./learning-fixtures')

const CARD = { id: 'c-listen', emoji: '👂', title: { 'zh-CN': '先听孩子说完', en: 'Let your child finish' }, body: { 'zh-CN': '孩子说话时，别急着讲道理。', en: 'When your child talks, do not rush to lecture.' } }
const SESSION = { id: 'm1-s01', module: 1, number: 1, title: { 'zh-CN': '第一课', en: 'Session one' } }

test('when the course cannot be opened from the shared page (no network), "start" goes to the Learn tab (its retry), never a dead button', async () => {
  const api = fakeLearningApi()
  const base = api.handler
  api.handler = (request) => {
    if (request.action === 'learning.card.get') return { ok: true, data: { session: SESSION, card: CARD } }
    if (request.action === 'learning.overview') return { ok: false, error: { code: 'NETWORK', message: '网络不通。' } }
    return base(request)
  }
  const tabs = []
  const h = bootApp({ cloud: (data) => api.handler(data), wx: { switchTab: (o) => { tabs.push(o.url); o.success && o.success({}) } } })
  const page = h.renderPage('packages/learning/pages/shared/index', { session: 'm1-s01', card: '0' })
  await waitFor(() => byClass(page, 'shared-tip__title'), { what: 'the card' })
  tap(page, '.shared-tip__start-button')
  await waitFor(() => tabs.length > 0, { what: 'the Learn tab' })
  expect(tabs).toEqual(['/pages/learn/index'])
  expect(h.calls.navigateTo).toEqual([])
})
