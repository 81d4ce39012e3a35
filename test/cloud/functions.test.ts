// The function host: warm instances with per-invocation identity, timeouts,
// crashes, function-to-function calls, timer triggers and subscribe messages.
import type { LocalCloud } from '../../localcloud/server'
import { startTestCloud, TEST_FUNCTIONS_DIR } from './harness'
import path from 'path'

let cloud: LocalCloud

beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(async () => {
  await cloud?.close()
})

test('each invocation sees its own caller, even on shared warm instances under load', async () => {
  const callers = Array.from({ length: 40 }, (_v, i) => `user-${i}`)
  const recs = await Promise.all(callers.map((openid) => cloud.invoke('echo', { me: openid }, { openid, source: 'wx_client' })))
  for (const [i, rec] of recs.entries()) {
    expect(rec.ok).toBe(true)
    expect(rec.result).toMatchObject({ event: { me: callers[i] }, openid: callers[i], source: 'wx_client', env: 'local-env' })
  }
})

test('a function over its config.json timeout is stopped with a timeout error, and the next call works', async () => {
  const slow = await cloud.invoke('slow', { ms: 3000 }, { source: 'wx_client' })
  expect(slow.ok).toBe(false)
  expect(slow.error?.errMsg).toMatch(/timed out after 1 seconds/)
  const quick = await cloud.invoke('slow', { ms: 10 }, { source: 'wx_client' })
  expect(quick).toMatchObject({ ok: true, result: { slept: 10 } })
})

test('a crashing instance fails only its own invocation', async () => {
  const crash = await cloud.invoke('slow', { crash: true }, { source: 'wx_client' })
  expect(crash.ok).toBe(false)
  const after = await cloud.invoke('slow', { ms: 1 }, { source: 'wx_client' })
  expect(after.ok).toBe(true)
})

test('cloud.callFunction from a function reaches the other function with the same user', async () => {
  const rec = await cloud.invoke('probe', { x: 42 }, { openid: 'alice', source: 'wx_client' })
  expect(rec.result).toMatchObject({ event: { via: 'probe', x: 42 }, openid: 'alice', source: 'wx_client,scf' })
})

test("an invocation reports its instance's CPU time: work counts, waiting does not", async () => {
  const busy = await cloud.invoke('slow', { spin: 200 }, { source: 'wx_client' })
  const waiting = await cloud.invoke('slow', { ms: 200 }, { source: 'wx_client' })
  expect(busy.cpuMs).toBeGreaterThanOrEqual(150)
  expect(waiting.cpuMs).toBeLessThan(100)
  expect(waiting.durationMs).toBeGreaterThanOrEqual(200)
})

test('an unknown function is an error, not a hang', async () => {
  const rec = await cloud.invoke('missing', {}, { source: 'wx_client' })
  expect(rec).toMatchObject({ ok: false, error: { errCode: -501000 } })
})

describe('subscribeMessage.send', () => {
  beforeEach(() => {
    cloud.outbox.clear()
    cloud.outbox.clearFaults()
  })

  test('a sent message lands in the outbox with its fields', async () => {
    const rec = await cloud.invoke('notify', { touser: 'alice', text: '明天放假' }, { source: 'wx_trigger' })
    expect(rec.result).toEqual({ ok: true, errCode: 0 })
    expect(cloud.outbox.list()).toEqual([
      expect.objectContaining({ touser: 'alice', templateId: 'TPL_NOTICE', data: { thing1: { value: '明天放假' } }, functionName: 'notify' })
    ])
  })

  test('an armed 43101 is what the function sees, once, and nothing is recorded', async () => {
    cloud.outbox.arm({ touser: 'bob', errcode: 43101, errmsg: 'user refuse to accept the msg', times: 1 })
    const refused = await cloud.invoke('notify', { touser: 'bob' }, { source: 'wx_trigger' })
    expect(refused.result).toMatchObject({ ok: false, errCode: 43101 })
    expect(cloud.outbox.list()).toHaveLength(0)
    const next = await cloud.invoke('notify', { touser: 'bob' }, { source: 'wx_trigger' })
    expect(next.result).toEqual({ ok: true, errCode: 0 })
  })
})

test('a function without the openapi permission in config.json is refused (-604101)', async () => {
  const other = await startTestCloud({ functionsDirs: [path.join(TEST_FUNCTIONS_DIR, '..', 'functions-noperm')] })
  try {
    const rec = await other.invoke('notify', { touser: 'alice' }, { source: 'wx_trigger' })
    expect(rec.result).toMatchObject({ ok: false, errCode: -604101 })
    expect(other.outbox.list()).toHaveLength(0)
  } finally {
    await other.close()
  }
})

test('timer triggers fire on their cron with the trigger source', async () => {
  const timed = await startTestCloud({
    functionsDirs: [TEST_FUNCTIONS_DIR],
    timers: true,
    collections: [{ name: 'ticks', purpose: 'test', rule: { read: false, write: false }, indexes: [] }]
  })
  try {
    const deadline = Date.now() + 8000
    while (Date.now() < deadline && timed.store.docs('ticks').length < 2) await new Promise((r) => setTimeout(r, 100))
    const ticks = timed.store.docs('ticks')
    expect(ticks.length).toBeGreaterThanOrEqual(2)
    expect(ticks[0].source).toBe('wx_trigger')
  } finally {
    await timed.close()
  }
})

test('database requests are counted per invocation', async () => {
  const rec = await cloud.invoke('api', { action: 'me.get', payload: {} }, { openid: 'counted', source: 'wx_client' })
  const stat = cloud.stats.invocations.find((i) => i.invocationId === rec.invocationId)
  expect(stat?.dbRequests).toBeGreaterThan(0)
})
