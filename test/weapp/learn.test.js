const { bootApp, waitFor } = require('./harness')
const { byClass, textOf, tap } = require('./dom')

describe('学习 tab on the real weapp build', () => {
  let h
  let page

  beforeAll(() => {
    h = bootApp()
    page = h.renderPage('pages/learn/index')
  })

  test('the app boots and the page renders its Chinese empty state', async () => {
    await waitFor(() => byClass(page, 'empty-state__title'), { what: 'the empty state' })
    expect(byClass(page, 'empty-state__title').textContent).toBe('家长课堂正在准备中')
    expect(textOf(page)).toContain('即将上线')
    expect(byClass(page, 'empty-state__more')).toBeNull()
    // Chinese is the default: the title is set, the (already Chinese) tab bar is left alone.
    expect(h.calls.titles).toContain('学习')
    expect(h.calls.tabItems).toHaveLength(0)
  })

  test('tapping 了解更多 shows more, tapping 收起 hides it', async () => {
    tap(page, '.empty-state__toggle')
    await waitFor(() => byClass(page, 'empty-state__more'), { what: 'the longer explanation' })
    expect(byClass(page, 'empty-state__toggle').textContent).toBe('收起')

    tap(page, '.empty-state__toggle')
    await waitFor(() => !byClass(page, 'empty-state__more'), { what: 'the explanation to hide' })
    expect(byClass(page, 'empty-state__toggle').textContent).toBe('了解更多')
  })

  test('the root font follows the WeChat font setting (scale 1 => 17px)', () => {
    expect(byClass(page, 'fb-page').getAttribute('style')).toContain('font-size: 17px')
  })
})
