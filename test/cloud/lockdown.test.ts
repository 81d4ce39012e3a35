// Issue 8, finding 1: the local cloud answers only requests signed with the key
// it issued (CloudBase API), addressed to its own loopback Host, from no
// browser Origin but its own, with a JSON content type where JSON is expected.
import http from 'http'
import type { LocalCloud } from '../../localcloud/server'
import { LocalCloud as Cloud } from '../../localcloud/server'
import { allowedHosts } from '../../localcloud/http/guard'
import fs from 'fs'
import { decodeCommOpenApiResp } from '../../localcloud/openapi/wire'
import { SAMPLES_FILE, startTestCloud, tempDir, useSdk } from './harness'
import { signedJson, signedMultipart } from './signed-fetch'

let cloud: LocalCloud
let port: number
const OPENAPI_REQUEST = Buffer.from(
  (JSON.parse(fs.readFileSync(SAMPLES_FILE, 'utf8')) as { action: string; requestData?: string }[]).find((b) => b.action === 'wx.openApi')!.requestData!,
  'base64'
)
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
  port = Number(new URL(cloud.url).port)
})
afterAll(async () => {
  await cloud?.close()
})

interface Reply {
  status: number
  json: any
}

/** A raw HTTP request, so Host and Origin can be anything (fetch fixes Host). */
function raw(method: string, path: string, headers: Record<string, string>, body?: string | Buffer): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c) => chunks.push(c))
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        let json: unknown
        try {
          json = JSON.parse(text)
        } catch {
          json = text
        }
        resolve({ status: res.statusCode!, json })
      })
    })
    req.on('error', reject)
    req.end(body)
  })
}

const usersCount = () => cloud.store.docs('users').length
const makeHr = (openid: string) => ({
  action: 'database.insertDocument',
  collectionName: 'users',
  data: [JSON.stringify({ _id: openid, displayName: 'x', language: 'en', roles: [{ factoryId: 'demo-factory', role: 'hr' }] })],
  envName: 'local-env'
})

describe('CloudBase endpoint (/admin)', () => {
  const url = () => `${cloud.adminUrl}?env=local-env&seqId=1`

  test('an unsigned JSON request is refused and writes nothing', async () => {
    const before = usersCount()
    const res = await fetch(url(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(makeHr('evil-1')) })
    expect(await res.json()).toMatchObject({ code: 'SIGN_PARAM_INVALID' })
    expect(usersCount()).toBe(before)
  })

  test('a text/plain POST (what a web page can send without preflight) is refused before anything runs', async () => {
    const before = usersCount()
    const res = await fetch(url(), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(makeHr('evil-2')) })
    expect(res.status).toBe(415)
    expect(await res.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' })
    expect(usersCount()).toBe(before)
  })

  test('an unsigned multipart request (also preflight-free) is refused', async () => {
    const form = new FormData()
    form.append('action', 'wx.openApi')
    form.append('apiName', 'subscribeMessage.send')
    const res = await fetch(url(), { method: 'POST', body: form })
    expect(await res.json()).toMatchObject({ code: 'SIGN_PARAM_INVALID' })
    expect(cloud.outbox.list()).toHaveLength(0)
  })

  const refusedCode = async (init: RequestInit) => ((await (await fetch(url(), init)).json()) as { code?: string }).code

  test('a request signed with another key, tampered after signing, or stale is refused', async () => {
    const before = usersCount()
    const wrongKey = signedJson(url(), makeHr('evil-3'), { credentials: { secretId: cloud.credentials.secretId, secretKey: 'guessed' } })
    expect(await refusedCode(wrongKey)).toBe('SIGN_PARAM_INVALID')
    const otherId = signedJson(url(), makeHr('evil-4'), { credentials: { secretId: 'AKIDother', secretKey: cloud.credentials.secretKey } })
    expect(await refusedCode(otherId)).toBe('SIGN_PARAM_INVALID')
    const tampered = signedJson(url(), makeHr('evil-5'), { credentials: cloud.credentials })
    tampered.body = JSON.stringify(makeHr('evil-6'))
    expect(await refusedCode(tampered)).toBe('SIGN_PARAM_INVALID')
    const extraField = signedJson(url(), { ...makeHr('evil-7') }, { credentials: cloud.credentials })
    extraField.body = JSON.stringify({ ...makeHr('evil-7'), upsert: true })
    expect(await refusedCode(extraField)).toBe('SIGN_PARAM_INVALID')
    const stale = signedJson(url(), makeHr('evil-8'), { credentials: cloud.credentials, timestamp: Math.floor(Date.now() / 1000) - 3600 })
    expect(await refusedCode(stale)).toBe('SIGN_PARAM_INVALID')
    expect(usersCount()).toBe(before)
  })

  test('a request signed with the issued key is served (JSON and multipart)', async () => {
    const res = await fetch(url(), signedJson(url(), { action: 'database.calculateDocument', collectionName: 'users', query: '{}', envName: 'local-env' }, { credentials: cloud.credentials }))
    expect(res.status).toBe(200)
    expect((await res.json()).data.total).toBe(usersCount())
    const mp = await fetch(url(), signedMultipart(url(), { action: 'wx.openApi', apiName: 'subscribeMessage.send', requestData: OPENAPI_REQUEST }, { credentials: cloud.credentials }))
    expect(mp.status).toBe(200)
    expect(decodeCommOpenApiResp(Buffer.from(await mp.arrayBuffer())).errorCode).toBe(-604101) // the platform's own permission rule, as before
  })

  test('the real SDK works with the issued key and is refused with any other', async () => {
    const sdk = useSdk(cloud)
    const db = sdk.database()
    expect((await db.collection('users').count()).total).toBe(usersCount())
    const saved = process.env.TENCENTCLOUD_SECRETKEY
    process.env.TENCENTCLOUD_SECRETKEY = 'local'
    try {
      await expect(db.collection('users').count()).rejects.toThrow(/SIGN_PARAM_INVALID|signature/i)
    } finally {
      process.env.TENCENTCLOUD_SECRETKEY = saved
    }
  })
})

describe('Host and Origin (DNS rebinding, cross-site pages)', () => {
  const evilHost = () => ({ host: `rebind.attacker.example:${port}` })

  test.each([
    ['POST', '/admin', { 'content-type': 'application/json' }],
    ['POST', '/__cloud/call', { 'content-type': 'application/json', 'x-dev-openid': 'demo-hr' }],
    ['GET', '/__dev', {}],
    ['GET', '/__dev/identities', {}],
    ['GET', '/', {}]
  ])('%s %s with a foreign Host is refused', async (method, path, headers) => {
    const body = method === 'POST' ? JSON.stringify({ name: 'api', data: { action: 'me.get' } }) : undefined
    const res = await raw(method, path, { ...headers, ...evilHost() }, body)
    expect(res.status).toBe(403)
    expect(res.json).toMatchObject({ code: 'FORBIDDEN_HOST' })
  })

  test('a loopback Host with another port is refused too', async () => {
    const res = await raw('GET', '/__dev/identities', { host: `127.0.0.1:${port + 1}` })
    expect(res.status).toBe(403)
  })

  test('the loopback names with the right port are accepted', async () => {
    for (const host of allowedHosts(port)) {
      const res = await raw('GET', '/__dev/identities', { host })
      expect(res.status).toBe(200)
    }
  })

  test('the gateway refuses a foreign Origin (a page on another site) and runs nothing', async () => {
    const invocations = cloud.stats.invocations.length
    const res = await raw(
      'POST',
      '/__cloud/call',
      { host: `127.0.0.1:${port}`, origin: 'https://attacker.example', 'content-type': 'application/json', 'x-dev-openid': 'demo-hr' },
      JSON.stringify({ name: 'api', data: { action: 'me.get', payload: {} } })
    )
    expect(res.status).toBe(403)
    expect(res.json).toMatchObject({ code: 'FORBIDDEN_ORIGIN' })
    const nullOrigin = await raw('GET', '/__dev/outbox', { host: `127.0.0.1:${port}`, origin: 'null' })
    expect(nullOrigin.status).toBe(403)
    expect(cloud.stats.invocations.length).toBe(invocations)
  })

  test('its own Origin is accepted (the H5 app)', async () => {
    const res = await raw(
      'POST',
      '/__cloud/call',
      { host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}`, 'content-type': 'application/json', 'x-dev-openid': 'demo-hr' },
      JSON.stringify({ name: 'api', data: { action: 'me.get', payload: {} } })
    )
    expect(res.status).toBe(200)
    expect(res.json.result).toMatchObject({ ok: true })
  })

  test('the gateway and the developer endpoints refuse a text/plain body', async () => {
    const invocations = cloud.stats.invocations.length
    const res = await raw(
      'POST',
      '/__cloud/call',
      { host: `127.0.0.1:${port}`, 'content-type': 'text/plain', 'x-dev-openid': 'demo-hr' },
      JSON.stringify({ name: 'api', data: { action: 'me.get', payload: {} } })
    )
    expect(res.status).toBe(415)
    expect(res.json).toMatchObject({ code: 'BAD_REQUEST' })
    const faults = await raw('POST', '/__dev/openapi/faults', { host: `127.0.0.1:${port}`, 'content-type': 'text/plain' }, '{}')
    expect(faults.status).toBe(415)
    expect(cloud.stats.invocations.length).toBe(invocations)
  })
})

test('binding to a non-loopback address needs unsafeExpose', async () => {
  const exposed = new Cloud({ dataDir: tempDir(), host: '0.0.0.0', functionsDirs: [] })
  await expect(exposed.listen()).rejects.toThrow(/--unsafe-expose/)
  await exposed.close()
})
