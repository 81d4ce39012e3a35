const { bootApp, waitFor } = require('./harness')
const { byClass, textOf, tap } = require('./dom')
const { fakeApi } = require('./fixtures')

describe('我的: error states on the real weapp build', () => {
  let h
  let api
  let page

  beforeAll(() => {
    jest.spyOn(console, 'warn').mockImplementation(() => {}) // the client logs transport failures
    api = fakeApi()
    // First call: the function answers with a catalogued error (message already localised).
    h = bootApp({ cloud: () => ({ ok: false, error: { code: 'UNAUTHENTICATED', message: '无法确认您的身份，请重新打开小程序。' } }) })
    page = h.renderPage('pages/me/index')
  })

  test('shows the server message and a retry button', async () => {
    await waitFor(() => byClass(page, 'me__error-message'), { what: 'the error message' })
    expect(byClass(page, 'me__error-message').textContent).toBe('无法确认您的身份，请重新打开小程序。')
    expect(byClass(page, 'me__retry').textContent).toBe('重试')
  })

  test('retry loads the profile', async () => {
    h.setCloud((data) => api.handler(data))
    tap(page, '.me__retry')
    await waitFor(() => byClass(page, 'me__name'), { what: 'the profile after retry' })
    expect(byClass(page, 'me__error-message')).toBeNull()
  })

  test('a failed language change reverts the UI and says why', async () => {
    // Transport failure (e.g. offline): the client reports NETWORK in the language we fall back to.
    h.setCloud(() => {
      throw new Error('cloud.callFunction:fail network')
    })
    tap(page, '.me__lang-option--en')
    await waitFor(() => byClass(page, 'me__lang-error'), { what: 'the language error' })
    expect(byClass(page, 'me__lang-error').textContent).toContain('网络不太好，请稍后再试。')
    expect(textOf(page)).toContain('语言')
    expect(textOf(page)).not.toContain('Language')
    expect(h.storage.get('fb.lang')).toBe('zh-CN')
    expect(h.calls.toasts.length).toBeGreaterThan(0)
  })
})
