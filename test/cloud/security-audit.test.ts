// Issue 8, findings 4-7: invite-code guessing, drafts through registrations.check,
// malformed requests at the gateway and the function host, staff openids,
// digit-only dev identities, and an HR parent deciding for their own child.
import http from 'http'
import type { LocalCloud } from '../../localcloud/server'
import { MAX_WRONG_INVITE_CODES_PER_HOUR } from '../../src/common/spaces/policy'
import { callApi, startTestCloud, warmApi } from './harness'
import { consentAndChild, FACTORY, HR, ok, refused, seedFamilies, seedSpace, STAFF, WORKER } from './spaces-fixtures'

let cloud: LocalCloud
let port: number
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
  port = Number(new URL(cloud.url).port)
  await warmApi(cloud, 8)
})
afterAll(async () => {
  await cloud?.close()
})

describe('finding 4: invite codes', () => {
  test('a burst of wrong codes by one user: at most the hourly limit is looked up, then a typed refusal, atomically', async () => {
    const guesses = Array.from({ length: 30 }, (_v, i) => `GUESS${String(100 + i)}`.replace(/[01]/g, '2'))
    const replies = await Promise.all(guesses.map((inviteCode) => callApi(cloud, 'guesser', 'factory.join', { inviteCode })))
    const codes = replies.map((r) => (r.ok ? 'ok' : r.error.code))
    expect(codes.filter((c) => c === 'INVITE_CODE_INVALID')).toHaveLength(MAX_WRONG_INVITE_CODES_PER_HOUR)
    expect(codes.filter((c) => c === 'INVITE_TOO_MANY_ATTEMPTS')).toHaveLength(30 - MAX_WRONG_INVITE_CODES_PER_HOUR)
    const en = await callApi(cloud, 'guesser', 'factory.join', { inviteCode: 'SUMMER26' }, 'en')
    // even the right code waits for the next hour, so guessing gains nothing
    expect(en).toMatchObject({ ok: false, error: { code: 'INVITE_TOO_MANY_ATTEMPTS', message: 'Too many wrong invite codes. Please try again in an hour.' } })
    const zh = await callApi(cloud, 'guesser', 'factory.join', { inviteCode: 'SUMMER26' }, 'zh-CN')
    expect(zh).toMatchObject({ ok: false, error: { code: 'INVITE_TOO_MANY_ATTEMPTS', message: '邀请码输错次数太多了，请一小时后再试。' } })
    expect((cloud.store.get('users', 'guesser')!.doc as any).roles).toEqual([])
    // another user is not affected, and right codes do not use up the allowance
    for (let i = 0; i < MAX_WRONG_INVITE_CODES_PER_HOUR + 2; i++) await ok(cloud, 'honest', 'factory.join', { inviteCode: 'summer26' })
  })
})

test('finding 5: registrations.check refuses a draft space to a worker exactly as spaces.get does', async () => {
  seedSpace(cloud, 'draft-space', { status: 'draft' })
  const child = await consentAndChild(cloud, WORKER)
  expect(await refused(cloud, WORKER, 'spaces.get', { spaceId: 'draft-space' })).toBe('FORBIDDEN')
  expect(await refused(cloud, WORKER, 'registrations.check', { spaceId: 'draft-space', childId: child.id })).toBe('FORBIDDEN')
  // an open space still answers
  await ok(cloud, WORKER, 'registrations.check', { spaceId: 'demo-space', childId: child.id })
})

describe('finding 6: malformed requests', () => {
  /** One keep-alive connection for all requests of a test, to see that a bad one does not break the next. */
  function connection() {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
    const send = (body: string | Buffer, headers: Record<string, string> = {}) =>
      new Promise<{ status: number; json: any; reused: boolean }>((resolve, reject) => {
        const req = http.request(
          { host: '127.0.0.1', port, method: 'POST', path: '/__cloud/call', agent, headers: { 'content-type': 'application/json', 'x-dev-openid': WORKER, ...headers } },
          (res) => {
            const chunks: Buffer[] = []
            res.on('data', (c) => chunks.push(c))
            res.on('end', () => resolve({ status: res.statusCode!, json: JSON.parse(Buffer.concat(chunks).toString()), reused: req.reusedSocket }))
          }
        )
        req.on('error', reject)
        req.end(body)
      })
    return { send, close: () => agent.destroy() }
  }
  const meGet = JSON.stringify({ name: 'api', data: { action: 'me.get', payload: {} } })

  test.each([
    ['a body over the size limit', () => Buffer.alloc(10 * 1024 * 1024 + 100, 0x20), 413, 'PAYLOAD_TOO_LARGE'],
    ['a null body', () => 'null', 400, 'BAD_REQUEST'],
    ['a payload nested 5,000 deep', () => `{"name":"api","data":{"action":"me.get","payload":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}}`, 400, 'BAD_REQUEST'],
    ['a body that is not JSON', () => '{"name": "api", ', 400, 'BAD_REQUEST']
  ])('%s gets a typed answer and the next request on the connection works', async (_label, body, status, code) => {
    const c = connection()
    try {
      const bad = await c.send(body(), { 'accept-language': 'en' })
      expect(bad.status).toBe(status)
      expect(bad.json).toMatchObject({ code, message: expect.any(String) })
      expect(bad.json.message).not.toMatch(/Cannot read|TypeError|undefined/)
      const next = await c.send(meGet)
      expect(next).toMatchObject({ status: 200, reused: true, json: { result: { ok: true } } })
    } finally {
      c.close()
    }
  })

  test('an event the host cannot deliver fails typed and leaves no timer to kill a later invocation on that instance', async () => {
    const deep = JSON.parse('{"a":'.repeat(5000) + '1' + '}'.repeat(5000))
    const failed = await cloud.invoke('slow', { ms: 1, deep }, { source: 'wx_client' }) // `slow` times out after 1 s
    expect(failed).toMatchObject({ ok: false, error: { errMsg: expect.stringMatching(/could not be delivered/) } })
    await new Promise((r) => setTimeout(r, 400))
    // Runs across the moment the failed invocation's timeout would have fired.
    const later = await cloud.invoke('slow', { ms: 800 }, { source: 'wx_client' })
    expect(later).toMatchObject({ ok: true, result: { slept: 800 } })
  })
})

describe('finding 7', () => {
  test('workers do not see staff openids (space views, their child attendance); HR and staff do', async () => {
    const worker = (await ok(cloud, WORKER, 'spaces.get', { spaceId: 'demo-space' })) as any
    expect(worker.staffOpenids).toEqual([])
    const listed = (await ok(cloud, WORKER, 'spaces.list', { factoryId: FACTORY })) as any
    expect(JSON.stringify(listed)).not.toContain(STAFF)
    expect(((await ok(cloud, HR, 'spaces.get', { spaceId: 'demo-space' })) as any).staffOpenids).toEqual([STAFF])
    expect(((await ok(cloud, STAFF, 'spaces.get', { spaceId: 'demo-space' })) as any).staffOpenids).toEqual([STAFF])

    seedFamilies(cloud, 1, 'att')
    const child = await consentAndChild(cloud, 'att0')
    await ok(cloud, 'att0', 'registrations.create', { spaceId: 'demo-space', childId: child.id })
    await ok(cloud, STAFF, 'attendance.checkIn', { spaceId: 'demo-space', childId: child.id })
    await ok(cloud, STAFF, 'attendance.checkOut', { spaceId: 'demo-space', childId: child.id, pickupPersonId: child.pickupPeople[0].id, pin: '0000' })
    const own = (await ok(cloud, 'att0', 'attendance.child', { childId: child.id })) as any
    expect(own.records[0].refusals).toHaveLength(1)
    expect(JSON.stringify(own)).not.toContain(STAFF)
    const hrView = (await ok(cloud, HR, 'attendance.child', { childId: child.id })) as any
    expect(hrView.records[0].refusals[0].byOpenid).toBe(STAFF)
  })

  test('digit-only dev identities are refused, never read as numbers ("007" is not "7")', async () => {
    const now = new Date()
    cloud.store.commit([{ coll: 'users', id: '7', doc: { _id: '7', displayName: 'seven', language: 'en', roles: [{ factoryId: FACTORY, role: 'hr' }], createdAt: now, updatedAt: now } }])
    for (const openid of ['007', '7']) {
      const viaApi = await callApi(cloud, openid, 'me.get', {})
      expect(viaApi).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
      const res = await fetch(`${cloud.url}/__cloud/call`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-dev-openid': openid },
        body: JSON.stringify({ name: 'api', data: { action: 'me.get', payload: {} } })
      })
      expect(res.status).toBe(401)
      expect(await res.json()).toMatchObject({ code: 'UNAUTHENTICATED' })
    }
    expect(cloud.store.get('users', '007')).toBeUndefined()
  })

  test('an HR officer who is also a parent cannot decide their own child registration; another HR can', async () => {
    seedSpace(cloud, 'approval-space', { requiresApproval: true })
    const now = new Date()
    cloud.store.commit([{ coll: 'users', id: 'second-hr', doc: { _id: 'second-hr', displayName: '李华', language: 'zh-CN', roles: [{ factoryId: FACTORY, role: 'hr' }], createdAt: now, updatedAt: now } }])
    await ok(cloud, HR, 'factory.join', { inviteCode: 'SUMMER26' }) // HR is a worker parent there too
    const child = await consentAndChild(cloud, HR)
    const reg = (await ok(cloud, HR, 'registrations.create', { spaceId: 'approval-space', childId: child.id })) as any
    expect(reg.status).toBe('pending')
    const own = await callApi(cloud, HR, 'registrations.decide', { registrationId: reg.id, decision: 'approve' }, 'en')
    expect(own).toMatchObject({ ok: false, error: { code: 'OWN_CHILD_DECISION', message: "You cannot decide on your own child's registration. Please ask another HR officer." } })
    expect((cloud.store.get('registrations', reg.id)!.doc as any).status).toBe('pending')
    const other = (await ok(cloud, 'second-hr', 'registrations.decide', { registrationId: reg.id, decision: 'approve' })) as any
    expect(other.status).toBe('confirmed')
  })
})
