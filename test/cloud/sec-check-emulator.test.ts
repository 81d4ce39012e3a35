// The emulated security.msgSecCheck, through the real wx-server-sdk: the v2
// request/reply shape, word lists, fault injection and the openapi permission.
import path from 'path'
import type { LocalCloud } from '../../localcloud/server'
import { startTestCloud, TEST_FUNCTIONS_DIR } from './harness'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud({ contentSecurity: { blocked: ['炸药'], review: ['加微信'] } })
})
afterAll(async () => {
  await cloud?.close()
})
beforeEach(() => {
  cloud.secCheck.clear()
  cloud.secCheck.clearFaults()
})

const check = (payload: Record<string, unknown>, openid = 'alice') => cloud.invoke('seccheck', payload, { openid, source: 'wx_client' }).then((r) => r.result as any)

test('pass / review / risky come back as result.suggest with a numeric label, camelCased by the SDK', async () => {
  expect(await check({ content: '明天下午三点开家长会' })).toMatchObject({ ok: true, res: { errCode: 0, result: { suggest: 'pass', label: 100 }, traceId: expect.any(String) } })
  expect(await check({ content: '有事加 微信 聊' })).toMatchObject({ ok: true, res: { result: { suggest: 'review', label: 21000 } } })
  const risky = await check({ content: '出售炸药', scene: 3 })
  expect(risky).toMatchObject({ ok: true, res: { result: { suggest: 'risky', label: 20006 } } })
  expect(risky.res.detail).toEqual(expect.arrayContaining([expect.objectContaining({ strategy: 'keyword', suggest: 'risky', keyword: '炸药' })]))
  // a blocked word in the title counts too
  expect(await check({ content: '正文', title: '炸药' })).toMatchObject({ res: { result: { suggest: 'risky' } } })
  expect(cloud.secCheck.list().map((c) => [c.openid, c.scene, c.suggest])).toEqual([
    ['alice', 2, 'pass'],
    ['alice', 2, 'review'],
    ['alice', 3, 'risky'],
    ['alice', 2, 'risky']
  ])
})

test('the word lists can be replaced while running', async () => {
  cloud.secCheck.configure({ blocked: ['新词'] })
  try {
    expect(await check({ content: '炸药' })).toMatchObject({ res: { result: { suggest: 'pass' } } })
    expect(await check({ content: '一个新词' })).toMatchObject({ res: { result: { suggest: 'risky' } } })
  } finally {
    cloud.secCheck.configure({ blocked: ['炸药'] })
  }
})

test('bad requests get WeChat’s errcodes: version 1, no openid, bad scene, empty or over-long content', async () => {
  expect(await check({ content: 'x', version: 1 })).toMatchObject({ ok: false, errCode: 47001 })
  expect(await check({ content: 'x', openid: '' })).toMatchObject({ ok: false, errCode: 40003 })
  expect(await check({ content: 'x', scene: 9 })).toMatchObject({ ok: false, errCode: 40129 })
  expect(await check({ content: '' })).toMatchObject({ ok: false, errCode: 44002 })
  expect(await check({ content: 'x'.repeat(2501) })).toMatchObject({ ok: false, errCode: 47001 })
  expect(cloud.secCheck.list()).toHaveLength(0)
})

test('an armed -1 (system busy) hits the matching check, the given number of times', async () => {
  cloud.secCheck.arm({ openid: 'bob', errcode: -1, errmsg: 'system error', times: 1 })
  expect(await check({ content: '你好' }, 'alice')).toMatchObject({ ok: true })
  const busy = await check({ content: '你好' }, 'bob')
  expect(busy).toMatchObject({ ok: false, errCode: -1 })
  expect(busy.errMsg).toMatch(/system error/)
  expect(await check({ content: '你好' }, 'bob')).toMatchObject({ ok: true, res: { result: { suggest: 'pass' } } })
})

test('an armed delay holds the reply (what a caller with a shorter timeout sees as a timeout)', async () => {
  cloud.secCheck.arm({ contains: '慢', delayMs: 800, times: 1 })
  const t0 = Date.now()
  expect(await check({ content: '慢一点' })).toMatchObject({ ok: true, res: { result: { suggest: 'pass' } } })
  expect(Date.now() - t0).toBeGreaterThanOrEqual(750)
})

test('a function without security.msgSecCheck in config.json permissions is refused (-604101), nothing checked', async () => {
  const other = await startTestCloud({ functionsDirs: [path.join(TEST_FUNCTIONS_DIR, '..', 'functions-noperm')] })
  try {
    const rec = await other.invoke('seccheck', { content: '你好' }, { openid: 'alice', source: 'wx_client' })
    expect(rec.result).toMatchObject({ ok: false, errCode: -604101 })
    expect(other.secCheck.list()).toHaveLength(0)
  } finally {
    await other.close()
  }
})
