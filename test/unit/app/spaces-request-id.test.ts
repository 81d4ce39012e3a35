// A registration's request id stays on the device until its answer comes, so the same
// request is resumed after the app was closed mid-way (a fresh module = an app restart).
const storage = new Map<string, unknown>()
jest.mock('@tarojs/taro', () => ({
  getStorageSync: (k: string) => (storage.has(k) ? storage.get(k) : ''),
  setStorageSync: (k: string, v: unknown) => void storage.set(k, JSON.parse(JSON.stringify(v))),
  removeStorageSync: (k: string) => void storage.delete(k)
}))

type Mod = typeof import('../../../src/packages/spaces/shared/request-id')
const freshApp = (): Mod => {
  let mod!: Mod
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = require('../../../src/packages/spaces/shared/request-id')
  })
  return mod
}

beforeEach(() => storage.clear())

test('the id of an unanswered request survives an app restart; each scope has its own', () => {
  const first = freshApp()
  const id = first.pendingRequestId('registration:s1:c1')
  expect(first.pendingRequestId('registration:s1:c1')).toBe(id)
  const other = first.pendingRequestId('registration:s1:c2')
  expect(other).not.toBe(id)

  const restarted = freshApp()
  expect(restarted.hasPendingRequest('registration:s1:c1')).toBe(true)
  expect(restarted.pendingRequestId('registration:s1:c1')).toBe(id)
})

test('once the answer came the id is forgotten, and the next tap is a new request', () => {
  const app = freshApp()
  const id = app.pendingRequestId('registration:s1:c1')
  app.settleRequestId('registration:s1:c1')
  expect(app.hasPendingRequest('registration:s1:c1')).toBe(false)
  expect(freshApp().pendingRequestId('registration:s1:c1')).not.toBe(id)
})

test('only a lost connection or a function that died leaves the request open', () => {
  const app = freshApp()
  expect(app.isAnswer({ code: 'NETWORK' })).toBe(false)
  expect(app.isAnswer({ code: 'INTERNAL' })).toBe(false)
  expect(app.isAnswer({ code: 'ALREADY_REGISTERED' })).toBe(true)
  expect(app.isAnswer({ code: 'REGISTRATION_CLOSED' })).toBe(true)
})

test('unreadable storage does not stop a registration (the id lives for this session)', () => {
  storage.set('fb.spaces.pendingRequests', 'garbage')
  const app = freshApp()
  expect(app.pendingRequestId('registration:s1:c1')).toMatch(/^r/)
})
