// About & privacy and the contact form (settings subpackage) on the REAL weapp build: About names
// the person in charge from privacy.info and leads to 联系我们; the form refuses to send without a
// topic and 5 characters of text, then sends one contact.send and shows the message with its answer.
const { bootApp, waitFor } = require('./harness')
const { byClass, textOf, tap } = require('./dom')
const { fakeApi } = require('./fixtures')

const INFO = { deployment: { region: 'ap-shanghai', officer: { name: '王丽', contact: 'privacy@example.com' } }, retentionDays: 60, deletionNoticeDays: 14 }

describe('About & privacy → 联系我们 on the real weapp build', () => {
  let h
  let api
  const mine = []

  beforeAll(() => {
    api = fakeApi()
    const base = api.handler
    api.handler = (request) => {
      if (request.action === 'privacy.info') {
        api.requests.push(request)
        return { ok: true, data: INFO }
      }
      if (request.action === 'contact.mine') {
        api.requests.push(request)
        return { ok: true, data: { messages: mine.slice() } }
      }
      if (request.action === 'contact.send') {
        api.requests.push(request)
        const m = { id: 'm1', topic: request.payload.topic, text: request.payload.text, factoryId: 'factory-1', createdAt: '2026-12-01T02:00:00.000Z', status: 'answered', reply: { text: '已转给负责人。', at: '2026-12-01T03:00:00.000Z' } }
        mine.unshift(m)
        return { ok: true, data: m }
      }
      return base(request)
    }
    h = bootApp({ cloud: (data) => api.handler(data) })
  })

  test('About names the person in charge, the region and the retention the server reports', async () => {
    const page = h.renderPage('packages/settings/pages/about/index')
    await waitFor(() => textOf(page).includes('王丽'), { what: 'the person in charge' })
    expect(textOf(page)).toContain('王丽，联系方式：privacy@example.com')
    expect(textOf(page)).toContain('地区：上海')
    expect(textOf(page)).toContain('托管结束 60 天后')
    tap(page, '.about__contact-open')
    await waitFor(() => h.calls.navigateTo.length === 1, { what: 'navigation' })
    expect(h.calls.navigateTo[0]).toBe('/packages/settings/pages/contact/index')
  })

  test('the form sends nothing until a topic and 5 characters are given, then one message; the answer shows', async () => {
    const page = h.renderPage('packages/settings/pages/contact/index')
    await waitFor(() => byClass(page, 'contact__send'), { what: 'the send button' })
    tap(page, '.contact__send')
    await waitFor(() => byClass(page, 'sp-field__error--text'), { what: 'the text message' })
    expect(byClass(page, 'sp-field__error--topic').textContent).toBe('请选一个')
    expect(api.requests.some((r) => r.action === 'contact.send')).toBe(false)

    tap(page, '.sp-choice--children')
    page.querySelector('.sp-input--text').dispatchEvent('input', { detail: { value: '孩子的信息什么时候删除？' } })
    // the messages go once the choices reached the screen (the tap then sees the new values)
    await waitFor(() => !byClass(page, 'sp-field__error--text') && !byClass(page, 'sp-field__error--topic'), { what: 'the messages to go' })
    tap(page, '.contact__send')
    await waitFor(() => byClass(page, 'contact__done'), { what: 'the sent message' })
    const sends = api.requests.filter((r) => r.action === 'contact.send')
    expect(sends).toHaveLength(1)
    expect(sends[0].payload).toMatchObject({ topic: 'children', text: '孩子的信息什么时候删除？' })
    expect(sends[0].payload.requestId).toMatch(/^[A-Za-z0-9_-]{8,}$/)
    await waitFor(() => textOf(page).includes('已转给负责人。'), { what: 'the answer' })
    expect(textOf(page)).toContain('回复：已转给负责人。')
  })
})
