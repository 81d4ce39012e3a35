// The `api` function end to end: validate → authorize → act, typed errors in
// the caller's language, and nothing changed by a refused request.
import type { LocalCloud } from '../../localcloud/server'
import { callApi, startTestCloud } from './harness'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
})
afterAll(async () => {
  await cloud?.close()
})

describe('me.get', () => {
  test('a newcomer gets a user record on first call, and the same one after', async () => {
    const first = await callApi(cloud, 'newcomer-1', 'me.get', {})
    expect(first).toMatchObject({ ok: true, data: { openid: 'newcomer-1', language: 'zh-CN', memberships: [] } })
    const again = await callApi(cloud, 'newcomer-1', 'me.get', {})
    expect(again).toEqual(first)
    expect(cloud.store.docs('users').filter((u) => u._id === 'newcomer-1')).toHaveLength(1)
  })

  test('simultaneous first calls create exactly one record', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, () => callApi(cloud, 'newcomer-race', 'me.get', {})))
    expect(results.every((r) => r.ok)).toBe(true)
    expect(cloud.store.docs('users').filter((u) => u._id === 'newcomer-race')).toHaveLength(1)
  })

  test('the demo worker sees their name, factory and role', async () => {
    const res = await callApi(cloud, 'demo-worker', 'me.get', {})
    expect(res).toMatchObject({
      ok: true,
      data: {
        displayName: '李秀英',
        memberships: [{ factoryId: 'demo-factory', factoryName: { 'zh-CN': '华南电子厂（演示）' }, roles: ['worker'] }]
      }
    })
  })

  test('a language asked for at first contact is kept', async () => {
    const res = await callApi(cloud, 'newcomer-en', 'me.get', {}, 'en')
    expect(res).toMatchObject({ ok: true, data: { language: 'en' } })
  })
})

describe('me.update', () => {
  test('changes only the caller’s own language', async () => {
    const res = await callApi(cloud, 'demo-hr', 'me.update', { language: 'en' })
    expect(res).toMatchObject({ ok: true, data: { openid: 'demo-hr', language: 'en' } })
    expect(cloud.store.get('users', 'demo-hr')!.doc.language).toBe('en')
    expect(cloud.store.get('users', 'demo-worker')!.doc.language).toBe('zh-CN')
  })

  test('cannot touch another user: an openid in the payload is refused and nothing changes', async () => {
    const before = cloud.store.get('users', 'demo-staff')!.doc
    const res = await callApi(cloud, 'demo-worker', 'me.update', { language: 'en', openid: 'demo-staff' })
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
    expect(cloud.store.get('users', 'demo-staff')!.doc).toEqual(before)
  })

  test.each([
    [{ language: 'fr' }, 'language'],
    [{ displayName: '' }, 'displayName'],
    [{ displayName: 'x'.repeat(21) }, 'displayName'],
    [{}, '_'],
    ['not-an-object', '_']
  ])('bad payload %j is refused with a typed error and changes nothing', async (payload, field) => {
    const before = cloud.store.get('users', 'demo-worker')!.doc
    const res = await callApi(cloud, 'demo-worker', 'me.update', payload)
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', message: '填写的内容有误，请检查后再提交。' } })
    if (!res.ok) expect(Object.keys(res.error.fields ?? {})).toContain(field)
    expect(cloud.store.get('users', 'demo-worker')!.doc).toEqual(before)
  })
})

describe('the envelope', () => {
  test('an unknown action is refused in the caller’s language', async () => {
    expect(await callApi(cloud, 'demo-worker', 'me.delete_everything', {}, 'en')).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_ACTION', message: 'This action is not supported.' }
    })
  })

  test('a malformed request is refused', async () => {
    const rec = await cloud.invoke('api', { nope: true }, { openid: 'demo-worker', source: 'wx_client' })
    expect(rec.result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
  })

  test('without an OPENID from the platform nothing happens', async () => {
    const users = cloud.store.docs('users').length
    const res = await callApi(cloud, undefined, 'me.get', {})
    expect(res).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    expect(cloud.store.docs('users')).toHaveLength(users)
  })

  test('the scheduler refuses calls from the app', async () => {
    const rec = await cloud.invoke('scheduler', {}, { openid: 'demo-worker', source: 'wx_client' })
    expect(rec.result).toMatchObject({ ok: false })
  })
})

describe('the H5 gateway', () => {
  const call = (headers: Record<string, string>, body: unknown) =>
    fetch(`${cloud.url}/__cloud/call`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })

  test('calls the api as the signed-in demo identity', async () => {
    const res = await call({ 'x-dev-openid': 'demo-staff' }, { name: 'api', data: { action: 'me.get', payload: {} } })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ result: { ok: true, data: { displayName: '陈静' } } })
  })

  test('refuses calls without an identity', async () => {
    const res = await call({}, { name: 'api', data: { action: 'me.get' } })
    expect(res.status).toBe(401)
  })

  test('lists the demo identities for the dev sign-in', async () => {
    const res = await fetch(`${cloud.url}/__dev/identities`)
    const { identities } = await res.json()
    expect(identities.map((i: { role: string }) => i.role)).toEqual(['worker', 'hr', 'staff'])
  })
})
