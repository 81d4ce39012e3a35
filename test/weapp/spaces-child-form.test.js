// The child form of the Summer spaces (spaces subpackage) on the REAL weapp build: a guardian
// who taps "save" with fields missing sees a message under each missing field, and nothing is sent.
const { bootApp, waitFor, pageRequests } = require('./harness')
const { byClass, allByClass, textOf, tap } = require('./dom')
const { answering, consentAnswer, fakeApi } = require('./fixtures')

describe('child form (暑期托管 → 添加孩子) on the real weapp build', () => {
  let h
  let api
  let page

  beforeAll(() => {
    api = answering(fakeApi(), 'consent.get', consentAnswer(true))
    h = bootApp({ cloud: (data) => api.handler(data) })
    page = h.renderPage('packages/spaces/pages/child-edit/index')
  })

  test('checks consent first, then shows the empty form', async () => {
    await waitFor(() => byClass(page, 'child-form__save'), { what: 'the save button' })
    expect(pageRequests(api.requests).map((r) => r.action)).toEqual(['consent.get'])
    expect(textOf(page)).toContain('孩子的名字')
    expect(textOf(page)).toContain('可以接孩子的人')
    expect(allByClass(page, 'sp-field__error')).toHaveLength(0)
  })

  test('a tap on save with the name missing shows plain messages and sends nothing', async () => {
    tap(page, '.child-form__save')
    await waitFor(() => byClass(page, 'sp-field__error--givenName'), { what: 'the name message' })
    expect(byClass(page, 'sp-field__error--givenName').textContent).toBe('请写孩子的名字')
    expect(byClass(page, 'sp-field__error--birthDate').textContent).toBe('请选择孩子的出生日期')
    expect(byClass(page, 'sp-field__error--relation').textContent).toBe('请选择您是孩子的什么人')
    expect(byClass(page, 'sp-field__error--pickups-0-pin').textContent).toBe('请设一个接送码')
    expect(textOf(page)).toContain('还有地方没填好')
    expect(api.requests.some((r) => r.action === 'children.create')).toBe(false)
  })

  test('typing the name removes its message; the others stay', async () => {
    const input = page.querySelector('.sp-input--givenName')
    input.dispatchEvent('input', { detail: { value: '小明' } })
    await waitFor(() => !byClass(page, 'sp-field__error--givenName'), { what: 'the name message to go' })
    expect(byClass(page, 'sp-field__error--birthDate')).not.toBeNull()
    expect(api.requests.some((r) => r.action === 'children.create')).toBe(false)
  })
})
