// A tip shared to a chat (REAL weapp build): the shared page shows it to anyone in large text,
// can be shared on (its share path opens the same tip), leads into the course, and "save as a
// picture" after an earlier refusal of the album explains why and offers WeChat's settings.
const { bootApp, waitFor } = require('./harness')
const { byClass, tap } = require('./dom')
const { fakeLearningApi } = require('./learning-fixtures')

const TIP = {
  id: 'tip-call-03',
  title: { 'zh-CN': '打电话先问开心的事', en: 'Ask about happy things first' },
  body: { 'zh-CN': '先问问孩子今天开心不开心，再问学习。', en: 'Ask what made them happy today before school.' },
  tags: ['call'],
  ageBands: []
}

describe('shared tip page (packages/learning/pages/shared) on the real weapp build', () => {
  let h
  let api
  let page
  const modals = []
  const settings = []

  beforeAll(() => {
    api = fakeLearningApi()
    const base = api.handler
    api.handler = (request) => {
      if (request.action === 'learning.tip.get') {
        api.requests.push(request)
        return request.payload.tipId === TIP.id ? { ok: true, data: { tip: TIP } } : { ok: false, error: { code: 'NOT_FOUND', message: '找不到。' } }
      }
      return base(request)
    }
    h = bootApp({
      cloud: (data) => api.handler(data),
      wx: {
        getSetting: (o) => { const res = { authSetting: { 'scope.writePhotosAlbum': false } }; o && o.success && o.success(res); return Promise.resolve(res) },
        showModal: (o) => { modals.push(o); const res = { confirm: true, cancel: false }; o && o.success && o.success(res); return Promise.resolve(res) },
        openSetting: (o) => { settings.push(o); o && o.success && o.success({ authSetting: {} }) }
      }
    })
    page = h.renderPage('packages/learning/pages/shared/index', { tip: TIP.id })
  })

  test('the tip, large, for anyone; the page can be shared on and opens the same tip', async () => {
    await waitFor(() => byClass(page, 'shared-tip__title'), { what: 'the tip' })
    expect(byClass(page, 'shared-tip__title').textContent).toBe('打电话先问开心的事')
    expect(byClass(page, 'shared-tip__body').textContent).toContain('开心不开心')
    expect(api.requests.find((r) => r.action === 'learning.tip.get').payload).toEqual({ tipId: TIP.id })
        const share = page.instance.onShareAppMessage({ from: 'button' })
    expect(share.path).toBe(`/packages/learning/pages/shared/index?tip=${TIP.id}`)
    expect(share.title).toContain('打电话先问开心的事')
  })

  test('after the album was refused once: an explanation and the way to the settings, no error page', async () => {
    tap(page, '.share-picture__save')
    await waitFor(() => modals.length === 1, { what: 'the explanation' })
    expect(modals[0].title).toBe('需要相册权限')
    expect(modals[0].confirmText).toBe('去设置')
    await waitFor(() => settings.length === 1, { what: 'the settings page' })
    expect(byClass(page, 'shared-tip__title')).toBeTruthy()
  })

  test('"start the course" opens the lesson where this person continues (the first card for someone new)', async () => {
    tap(page, '.shared-tip__start-button')
    await waitFor(() => h.calls.navigateTo.length > 0, { what: 'the lesson' })
    expect(h.calls.navigateTo.at(-1)).toBe('/packages/learning/pages/lesson/index?session=m1-s01&card=0')
  })
})
