// A shared tip opens with no identity (issue 13): the public actions (src/common/public-actions.ts)
// answer without an openid and make no user record; every other action still needs one, and the
// H5 gateway lets only the public actions through without a dev sign-in.
import type { LocalCloud } from '../../localcloud/server'
import { callApi, startTestCloud } from './harness'

let cloud: LocalCloud
let tipId = ''

beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
  const res = await callApi(cloud, 'demo-worker', 'learning.tip.today', {})
  if (!res.ok) throw new Error(JSON.stringify(res.error))
  tipId = res.data.tip.id
})
afterAll(async () => {
  await cloud?.close()
})

const gateway = (headers: Record<string, string>, body: unknown) =>
  fetch(`${cloud.url}/__cloud/call`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })

test('without an OPENID: a tip by id answers, nothing else does, and no user record is made', async () => {
  const users = cloud.store.docs('users').length
  expect(await callApi(cloud, undefined, 'learning.tip.get', { tipId })).toMatchObject({ ok: true, data: { tip: { id: tipId } } })
  expect(await callApi(cloud, undefined, 'learning.tip.get', { tipId: 'tip-nope-99' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  for (const action of ['learning.overview', 'learning.tip.today', 'me.get']) {
    expect(await callApi(cloud, undefined, action, {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  }
  // a WeChat user opening the shared link is not recorded by reading it either
  expect(await callApi(cloud, 'public-reader', 'learning.tip.get', { tipId })).toMatchObject({ ok: true })
  expect(cloud.store.get('users', 'public-reader')).toBeUndefined()
  expect(cloud.store.docs('users')).toHaveLength(users)
})

test('the H5 gateway: a shared tip without a dev sign-in; anything else still 401', async () => {
  const tip = await gateway({}, { name: 'api', data: { action: 'learning.tip.get', payload: { tipId } } })
  expect(tip.status).toBe(200)
  expect(await tip.json()).toMatchObject({ result: { ok: true, data: { tip: { id: tipId } } } })
  for (const body of [
    { name: 'api', data: { action: 'me.get', payload: {} } },
    { name: 'api', data: { action: 'learning.overview', payload: {} } },
    { name: 'scheduler', data: { action: 'learning.tip.get', payload: { tipId } } },
    { name: 'api', data: null }
  ]) {
    const res = await gateway({}, body)
    expect(res.status).toBe(401)
  }
  // an invalid identity is refused even for a public action (never read as someone else)
  expect((await gateway({ 'x-dev-openid': '007' }, { name: 'api', data: { action: 'learning.tip.get', payload: { tipId } } })).status).toBe(401)
})

test('a shared lesson card by session and position: anyone, no identity; out of range is NOT_FOUND', async () => {
  const res = await callApi(cloud, undefined, 'learning.card.get', { sessionId: 'm1-s01', card: 1 })
  if (!res.ok) throw new Error(JSON.stringify(res.error))
  expect(res.data.session).toMatchObject({ id: 'm1-s01', module: 1, number: 1 })
  expect(res.data.card.title['zh-CN']).toEqual(expect.any(String))
  // nothing of the quiz (answers) comes with it
  expect(JSON.stringify(res.data)).not.toMatch(/correct|quiz/)
  expect(await callApi(cloud, undefined, 'learning.card.get', { sessionId: 'm1-s01', card: 7 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  expect(await callApi(cloud, undefined, 'learning.card.get', { sessionId: 'm9-s01', card: 0 })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
  const viaGateway = await gateway({}, { name: 'api', data: { action: 'learning.card.get', payload: { sessionId: 'm1-s01', card: 0 } } })
  expect(viaGateway.status).toBe(200)
})
