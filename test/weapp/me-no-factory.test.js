// Someone without a factory (a grandparent a tip was shared with) is told on 我的 that the parent
// course is open to them, not only to go and find a factory's HR (issue 13).
const { bootApp, waitFor } = require('./harness')
const { byClass } = require('./dom')
const { fakeApi, workerProfile } = require('./fixtures')

test('我的 without a factory: the course is open to everyone; HR gives the invite code to those who work at one', async () => {
  const api = fakeApi({ ...workerProfile(), memberships: [] })
  const h = bootApp({ cloud: (data) => api.handler(data) })
  const page = h.renderPage('pages/me/index')
  await waitFor(() => byClass(page, 'me__no-factory'), { what: 'the no-factory line' })
  const line = byClass(page, 'me__no-factory').textContent
  expect(line).toContain('家长课堂不用加入工厂')
  expect(line).toContain('邀请码')
  expect(byClass(page, 'me__factory-name')).toBeFalsy()
})
