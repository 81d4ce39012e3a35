const { bootApp, waitFor } = require('./harness')
const { byClass, allByClass, textOf, tap } = require('./dom')
const { fakeApi } = require('./fixtures')

describe('我的 tab on the real weapp build', () => {
  let h
  let api
  let page

  beforeAll(() => {
    api = fakeApi()
    h = bootApp({ cloud: (data) => api.handler(data) })
    page = h.renderPage('pages/me/index')
  })

  test('loads the profile once through wx.cloud and shows it in Chinese', async () => {
    await waitFor(() => byClass(page, 'me__name'), { what: 'the profile name' })
    expect(byClass(page, 'me__name').textContent).toBe('李秀英')
    expect(byClass(page, 'me__factory-name').textContent).toBe('东莞阳光电子厂')
    expect(byClass(page, 'me__roles').textContent).toBe('员工')
    expect(textOf(page)).toContain('语言')

    // (the inbox badge also asks for the unread count: notifications.list, see inbox.test.js)
    const profileCalls = h.calls.cloud.filter((call) => call.data.action === 'me.get')
    expect(profileCalls).toHaveLength(1)
    expect(profileCalls[0].name).toBe('api')
    expect(profileCalls[0].data).toEqual({ action: 'me.get', payload: {}, lang: 'zh-CN' })
  })

  test('tapping English switches the UI at once and saves the choice', async () => {
    expect(allByClass(page, 'me__lang-option')).toHaveLength(2)
    tap(page, '.me__lang-option--en')

    await waitFor(() => textOf(page).includes('Language'), { what: 'English texts' })
    expect(byClass(page, 'me__factory-name').textContent).toBe('Sunshine Electronics')
    expect(byClass(page, 'me__roles').textContent).toBe('Worker')
    expect(byClass(page, 'me__name').textContent).toBe('李秀英')

    await waitFor(() => api.requests.some((r) => r.action === 'me.update'), { what: 'me.update' })
    expect(api.requests.find((r) => r.action === 'me.update').payload).toEqual({ language: 'en' })
    expect(h.storage.get('fb.lang')).toBe('en')

    // WeChat's own chrome follows: English tab texts and navigation title.
    await waitFor(() => h.calls.tabItems.length === 4, { what: 'tab bar texts' })
    expect(h.calls.tabItems.map((item) => item.text)).toEqual(['Learn', 'Connect', 'Summer', 'Me'])
    expect(h.calls.titles).toContain('Me')
  })
})
