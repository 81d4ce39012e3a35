// The insights dashboard (packages/insights) on the REAL weapp build: one cloud call opens it,
// charts are drawn on a Canvas 2D node, and suppressed figures show as "<5".
const { bootApp, waitFor } = require('./harness')
const { allByClass, textOf } = require('./dom')
const { dashboard } = require('./insights-fixture')

describe('insights dashboard on the real weapp build', () => {
  let h
  let page

  beforeAll(() => {
    h = bootApp({
      cloud: (data) => (data.action === 'insights.factory' ? { ok: true, data: dashboard() } : { ok: true, data: { items: [], unread: 0 } })
    })
    page = h.renderPage('packages/insights/pages/dashboard/index', { factoryId: 'demo-factory' })
  })

  test('opens with one insights.factory call for the factory in the query', async () => {
    await waitFor(() => textOf(page).includes('华南电子厂'), { what: 'the dashboard' })
    const calls = h.calls.cloud.filter((c) => c.data.action.startsWith('insights.'))
    expect(calls).toHaveLength(1)
    expect(calls[0].data).toMatchObject({ action: 'insights.factory', payload: { factoryId: 'demo-factory' } })
  })

  test('renders chart canvases and "<5" cells', async () => {
    // funnel, before/after bars, weekly learners, attendance by day: WeChat canvas components
    const canvases = Array.from(page.dom.querySelectorAll('wx-canvas'))
    expect(canvases.length).toBeGreaterThanOrEqual(4)
    expect(allByClass(page, 'ins-chart')).toHaveLength(canvases.length)
    const small = allByClass(page, 'ins-small')
    expect(small.length).toBeGreaterThan(0)
    expect(small.every((el) => el.textContent === '<5')).toBe(true)
    // the before/after change of the headline item, with its n
    expect(textOf(page)).toContain('+1.09')
    expect(textOf(page)).toContain('课前 20% → 课后 64%')
  })
})
