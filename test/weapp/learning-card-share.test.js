// Sharing a lesson card (REAL weapp build): the lesson player offers "send to family" and "save as
// a picture" on every card, and what the page shares is the card on screen, opening that card
// for anyone on the shared page (no sign-in).
const { bootApp, waitFor } = require('./harness')
const { allByClass, byClass, tap } = require('./dom')
const { fakeLearningApi } = require('./learning-fixtures')

describe('lesson card sharing (packages/learning/pages/lesson) on the real weapp build', () => {
  let h
  let page

  beforeAll(() => {
    const api = fakeLearningApi()
    h = bootApp({ cloud: (data) => api.handler(data) })
    page = h.renderPage('packages/learning/pages/lesson/index', { session: 'm1-s01', card: '0' })
  })

  test('each card can be sent on and saved; the share is the card on screen', async () => {
    await waitFor(() => byClass(page, 'card-share__send'), { what: 'the share button' })
    expect(allByClass(page, 'share-picture__save')).toHaveLength(1)
    const first = page.instance.onShareAppMessage({ from: 'button' })
    expect(first.path).toBe('/packages/learning/pages/shared/index?session=m1-s01&card=0')
    tap(page, '.lesson__next')
    await waitFor(() => page.instance.onShareAppMessage({ from: 'menu' }).path.endsWith('card=1'), { what: 'the second card shared' })
    const title = byClass(page, 'lesson__title').textContent
    expect(page.instance.onShareAppMessage({ from: 'menu' }).title).toContain(title)
  })
})
