// 我的 → 消息 on the REAL weapp build: a notice from HR shows as new, a tap opens it and it is
// read; "I've read this" confirms it; the 我的 tab badge follows; the WeChat popup for notice
// reminders opens from a tap and its answer is reported to the server.
const { bootApp, waitFor } = require('./harness')
const { allByClass, byClass, hasClass, textOf, tap } = require('./dom')

const NOTICE = {
  id: 'notice-1',
  title: '明天高温，请注意防暑',
  body: '明天最高38度。托管班下午的户外活动取消。',
  factoryId: 'factory-1',
  sentAt: '2025-07-01T02:00:00.000Z'
}

function fakeInboxApi() {
  const state = {
    requests: [],
    unread: 1,
    confirmedAt: null,
    items: [
      {
        id: 'delivery-1',
        kind: 'notice',
        params: { noticeId: NOTICE.id, title: NOTICE.title },
        createdAt: '2025-07-01T02:00:00.000Z',
        readAt: null
      },
      {
        id: 'delivery-0',
        kind: 'call_reminder',
        params: { callId: 'call-1', withWhom: '儿子', callAt: '2025-06-30T12:00:00.000Z' },
        createdAt: '2025-06-30T11:50:00.000Z',
        readAt: '2025-06-30T11:55:00.000Z'
      }
    ]
  }
  const notice = () => ({ ...NOTICE, confirmedAt: state.confirmedAt })
  const subscription = (credit) => ({ templates: [{ kind: 'notice', templateId: 'TPL-notice', credit }], mainSwitchOff: false, maxPerRequest: 3 })
  state.handler = ({ action, payload }) => {
    state.requests.push({ action, payload })
    switch (action) {
      case 'notifications.list':
        return { ok: true, data: { items: payload.unreadOnly ? state.items.filter((i) => !i.readAt) : state.items, unread: state.unread } }
      case 'notices.get':
        // opening the notice marks its inbox item read (server side)
        state.items = state.items.map((i) => (i.params.noticeId === payload.id ? { ...i, readAt: '2025-07-01T03:00:00.000Z' } : i))
        state.unread = 0
        return { ok: true, data: { notice: notice() } }
      case 'notices.confirmRead':
        state.confirmedAt = state.confirmedAt || '2025-07-01T03:01:00.000Z'
        return { ok: true, data: { notice: notice(), unread: state.unread } }
      case 'messages.templates':
        return { ok: true, data: subscription(0) }
      case 'messages.subscribeResult':
        return { ok: true, data: subscription(1) }
      default:
        return { ok: false, error: { code: 'UNKNOWN_ACTION', message: '不支持的操作。' } }
    }
  }
  return state
}

describe('inbox and notice on the real weapp build', () => {
  let h
  let api
  let page
  const badge = []
  const popups = []

  beforeAll(() => {
    api = fakeInboxApi()
    h = bootApp({
      cloud: (data) => api.handler(data),
      wx: {
        setTabBarBadge: (o) => { badge.push({ set: o.text, index: o.index }); o.success && o.success({}) },
        removeTabBarBadge: (o) => { badge.push({ removed: true, index: o.index }); o.success && o.success({}) },
        requestSubscribeMessage: (o) => {
          popups.push(o.tmplIds)
          const reply = { errMsg: 'requestSubscribeMessage:ok' }
          o.tmplIds.forEach((id) => { reply[id] = 'accept' })
          o.success && o.success(reply)
        }
      }
    })
  })

  test('the inbox shows the notice as new; a tap marks it read and opens it', async () => {
    const inbox = h.renderPage('packages/reminders/pages/inbox/index')
    await waitFor(() => byClass(inbox, 'inbox-item--notice'), { what: 'the notice in the inbox' })

    const notice = byClass(inbox, 'inbox-item--notice')
    expect(notice.textContent).toContain(NOTICE.title)
    expect(notice.textContent).toContain('新')
    expect(hasClass(notice, 'inbox-item--unread')).toBe(true)
    expect(textOf(inbox)).toContain('快到和儿子通话的时间了')
    expect(allByClass(inbox, 'inbox-item--unread')).toHaveLength(1)
    // the 我的 tab (index 3) shows one unread
    await waitFor(() => badge.some((b) => b.set === '1' && b.index === 3), { what: 'the tab badge' })

    tap(inbox, '.inbox-item__open') // the first item: the notice
    await waitFor(() => allByClass(inbox, 'inbox-item--unread').length === 0, { what: 'the notice shown as read' })
    expect(byClass(inbox, 'inbox-item--notice').textContent).not.toContain('新')
    expect(h.calls.navigateTo).toContain(`/packages/reminders/pages/notice/index?id=${NOTICE.id}`)
    expect(badge[badge.length - 1]).toEqual({ removed: true, index: 3 })
  })

  test('the notice screen shows it, marks it read on the server, and "I\'ve read this" confirms it', async () => {
    page = h.renderPage('packages/reminders/pages/notice/index', { id: NOTICE.id })
    await waitFor(() => byClass(page, 'notice__confirm'), { what: 'the confirm button' })
    expect(byClass(page, 'notice__title').textContent).toBe(NOTICE.title)
    expect(byClass(page, 'notice__body').textContent).toBe(NOTICE.body)
    expect(byClass(page, 'notice__confirm').textContent).toContain('我看过了')
    expect(api.requests.find((r) => r.action === 'notices.get').payload).toEqual({ id: NOTICE.id })
    expect(api.requests.some((r) => r.action === 'notices.confirmRead')).toBe(false)

    tap(page, '.notice__confirm')
    await waitFor(() => byClass(page, 'notice__confirmed'), { what: 'the confirmation' })
    expect(byClass(page, 'notice__confirmed').textContent).toContain('您已确认看过')
    expect(byClass(page, 'notice__confirm')).toBeNull()
    expect(api.requests.filter((r) => r.action === 'notices.confirmRead').map((r) => r.payload)).toEqual([{ id: NOTICE.id }])
  })

  test('"tell me in WeChat" opens the popup for the notice template from the tap and reports the answer', async () => {
    // same screen as above (simulate loads a page once per file)
    await waitFor(() => byClass(page, 'notice__subscribe-ask'), { what: 'the subscribe button (no credit yet)' })
    expect(popups).toHaveLength(0) // never on its own

    tap(page, '.notice__subscribe-ask')
    await waitFor(() => byClass(page, 'notice__subscribe-result'), { what: 'the answer' })
    expect(popups).toEqual([['TPL-notice']])
    const report = api.requests.find((r) => r.action === 'messages.subscribeResult')
    expect(report.payload.results).toEqual([{ templateId: 'TPL-notice', outcome: 'accept' }])
    expect(report.payload.requestId).toMatch(/^[A-Za-z0-9_-]{8,64}$/)
    expect(byClass(page, 'notice__subscribe-result').textContent).toContain('会在微信里提醒您')
  })
})
