// The children's-privacy consent screen on the REAL weapp build: the notice names the person in
// charge and the storage region from the server, and 不同意 stores nothing (no consent.give),
// explains that everything else keeps working, offers to read the notice again, and 返回 leaves.
const { bootApp, waitFor, pageRequests } = require('./harness')
const { byClass, textOf, tap } = require('./dom')
const { answering, consentAnswer, fakeApi } = require('./fixtures')

describe('consent screen (儿童信息保护说明) on the real weapp build', () => {
  let h
  let api
  let page
  const backs = []

  beforeAll(() => {
    api = answering(fakeApi(), 'consent.get', consentAnswer(false))
    h = bootApp({
      cloud: (data) => api.handler(data),
      wx: { navigateBack: (o) => { backs.push(o); o && o.success && o.success({}) } }
    })
    page = h.renderPage('packages/spaces/pages/consent/index')
  })

  test('the notice names the person in charge, the region, the refusal and the complaint channel', async () => {
    await waitFor(() => byClass(page, 'consent__refuse'), { what: 'the 不同意 button' })
    const text = textOf(page)
    expect(text).toContain('王丽，联系方式：privacy@example.com')
    expect(text).toContain('地区：上海')
    expect(text).toContain('如果不同意')
    expect(text).toContain('联系我们')
    expect(text).toContain('孩子的全部信息')
    expect(byClass(page, 'consent__agree')).not.toBeNull()
  })

  test('不同意 sends nothing, says other features keep working, and the notice can be read again', async () => {
    tap(page, '.consent__refuse')
    await waitFor(() => byClass(page, 'consent__refused'), { what: 'the refusal card' })
    expect(textOf(page)).toContain('其他功能都照常使用')
    expect(byClass(page, 'consent__agree')).toBeNull()
    expect(pageRequests(api.requests).map((r) => r.action)).toEqual(['consent.get'])

    tap(page, '.consent__reread')
    await waitFor(() => byClass(page, 'consent__agree'), { what: 'the choice again' })
    expect(byClass(page, 'consent__refused')).toBeNull()

    tap(page, '.consent__refuse')
    await waitFor(() => byClass(page, 'consent__leave'), { what: 'the back button' })
    tap(page, '.consent__leave')
    await waitFor(() => backs.length === 1, { what: 'navigateBack' })
    expect(api.requests.some((r) => r.action === 'consent.give')).toBe(false)
  })
})
