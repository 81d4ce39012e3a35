import { execFile } from 'child_process'
import * as http from 'http'
import type { AddressInfo } from 'net'
import * as path from 'path'
import * as protobuf from 'protobufjs'

import {
  decodeCommOpenApiResp,
  decodeOpenApiForm,
  decodeOpenApiRequest,
  encodeCommApiData,
  encodeOpenApiResponse,
  encodeOpenApiSystemError,
  OPENAPI_HTTP_CONTENT_TYPE,
  parseMultipart,
  toCamel,
  toSnake
} from '../../../localcloud/openapi/wire'

const ROOT = path.join(__dirname, '..', '..', '..')

// `requestData` of the `"action": "wx.openApi"` element of shared/fixtures/tcb-wire-samples.json
// (captured from wx-server-sdk 4.0.2; base64 in the fixture, a binary multipart part on the wire).
const SAMPLE_REQUEST_DATA =
  'CAASugEKEQoGdG91c2VyEgciYWxpY2UiChsKBHBhZ2USEyJwYWdlcy9pbmRleC9pbmRleCIKTAoEZGF0YRJEeyJ0aGluZzEiOnsidmFsdWUiOiJidXkgbWlsayJ9LCJ0aW1lMiI6eyJ2YWx1ZSI6IjIwMjQtMDEtMDEgMTA6MDAifX0KGAoLdGVtcGxhdGVfaWQSCSJUUExfMTIzIgogChFtaW5pcHJvZ3JhbV9zdGF0ZRILImRldmVsb3BlciI='

const SAMPLE_DATA = {
  touser: 'alice',
  page: 'pages/index/index',
  data: { thing1: { value: 'buy milk' }, time2: { value: '2024-01-01 10:00' } },
  template_id: 'TPL_123',
  miniprogram_state: 'developer'
}

// Same schema as wx-server-sdk's generated src/protobuf/openapi.js (field numbers and types).
const root = protobuf.Root.fromJSON({
  nested: {
    KeyValuePair: {
      fields: {
        key: { type: 'string', id: 1 },
        value: { type: 'bytes', id: 2 },
        contenttype: { type: 'string', id: 3 },
        filename: { type: 'string', id: 4 }
      }
    },
    OpenApiData: { fields: { pairs: { rule: 'repeated', type: 'KeyValuePair', id: 1 } } },
    CommApiData: {
      fields: {
        apiType: { type: 'int32', id: 1 },
        openapiData: { type: 'OpenApiData', id: 2 },
        appid: { type: 'string', id: 6 }
      }
    },
    CommOpenApiResp: {
      fields: {
        respData: { type: 'bytes', id: 1 },
        contentType: { type: 'string', id: 2 },
        errorCode: { type: 'int32', id: 3 },
        httpCode: { type: 'uint32', id: 4 },
        svrkitErrorCode: { type: 'int32', id: 6 }
      }
    }
  }
})
const CommApiData = root.lookupType('CommApiData')
const CommOpenApiResp = root.lookupType('CommOpenApiResp')

describe('decodeOpenApiRequest', () => {
  it('decodes the captured subscribeMessage.send sample (base64 string)', () => {
    const req = decodeOpenApiRequest(SAMPLE_REQUEST_DATA, 'subscribeMessage.send')
    expect(req).toEqual({ apiName: 'subscribeMessage.send', apiType: 0, data: SAMPLE_DATA })
    expect(req.appid).toBeUndefined()
  })

  it('decodes a Buffer and keeps keys snake_cased; toCamel converts', () => {
    const req = decodeOpenApiRequest(Buffer.from(SAMPLE_REQUEST_DATA, 'base64'))
    expect(Object.keys(req.data)).toEqual(['touser', 'page', 'data', 'template_id', 'miniprogram_state'])
    expect(toCamel(req.data)).toEqual({
      touser: 'alice',
      page: 'pages/index/index',
      data: { thing1: { value: 'buy milk' }, time2: { value: '2024-01-01 10:00' } },
      templateId: 'TPL_123',
      miniprogramState: 'developer'
    })
    expect(toSnake({ templateId: 'x', miniprogramState: 'y', data: { thing1: 1 } })).toEqual({
      template_id: 'x',
      miniprogram_state: 'y',
      data: { thing1: 1 }
    })
  })

  it('encodeCommApiData reproduces the SDK bytes exactly', () => {
    expect(encodeCommApiData(SAMPLE_DATA).toString('base64')).toBe(SAMPLE_REQUEST_DATA)
  })

  it('reads appid and file pairs (cross-checked with protobufjs)', () => {
    const bytes = CommApiData.encode(
      CommApiData.fromObject({
        apiType: 0,
        openapiData: {
          pairs: [
            { key: 'scene', value: Buffer.from('"a=1"') },
            { key: 'media', value: Buffer.from([0, 1, 2]), contenttype: 'image/png', filename: 'x.png' }
          ]
        },
        appid: 'wx123'
      })
    ).finish()
    const req = decodeOpenApiRequest(Buffer.from(bytes))
    expect(req.appid).toBe('wx123')
    expect(req.data.scene).toBe('a=1')
    expect(req.data.media).toEqual({ contentType: 'image/png', filename: 'x.png', buffer: Buffer.from([0, 1, 2]) })
  })
})

describe('encodeOpenApiResponse', () => {
  it('produces a CommOpenApiResp that protobufjs decodes', () => {
    const buf = encodeOpenApiResponse({ errcode: 43101, errmsg: 'user refuse to accept the msg' })
    const msg = CommOpenApiResp.toObject(CommOpenApiResp.decode(buf), { defaults: true }) as any
    expect(JSON.parse(Buffer.from(msg.respData).toString())).toEqual({
      errcode: 43101,
      errmsg: 'user refuse to accept the msg'
    })
    expect(msg.contentType).toMatch(/application\/json/)
    expect(msg.errorCode).toBe(0)
    expect(decodeCommOpenApiResp(buf).contentType).toBe(msg.contentType)
  })

  it('round-trips long payloads (multi-byte varint lengths) against protobufjs', () => {
    const big = { content: 'x'.repeat(20000), n: 1 }
    const bytes = encodeCommApiData(big, 'wxapp')
    const viaPbjs = CommApiData.toObject(CommApiData.decode(bytes)) as any
    expect(viaPbjs.appid).toBe('wxapp')
    expect(viaPbjs.openapiData.pairs).toHaveLength(2)
    expect(decodeOpenApiRequest(bytes).data).toEqual(big)
    const resp = encodeOpenApiResponse({ errcode: 0, errmsg: 'ok', blob: 'y'.repeat(300) }, { errorCode: 12345 })
    const back = CommOpenApiResp.decode(resp) as any
    expect(back.errorCode).toBe(12345)
    expect(JSON.parse(Buffer.from(back.respData).toString()).blob).toHaveLength(300)
  })

  it('encodes negative errorCode like protobufjs (10-byte varint)', () => {
    const ours = encodeOpenApiSystemError(-604101)
    const theirs = Buffer.from(CommOpenApiResp.encode({ errorCode: -604101 }).finish())
    expect(ours.equals(theirs)).toBe(true)
    expect(decodeCommOpenApiResp(ours).errorCode).toBe(-604101)
  })
})

describe('parseMultipart', () => {
  it('parses form-data output including a binary part', () => {
    const b = '--------------------------1234abcd'
    const bin = Buffer.from([8, 0, 0x0d, 0x0a, 0x2d, 0x2d, 0xff])
    const body = Buffer.concat([
      Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="action"\r\n\r\nwx.openApi\r\n`),
      Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="requestData"\r\nContent-Type: application/octet-stream\r\n\r\n`),
      bin,
      Buffer.from(`\r\n--${b}\r\nContent-Disposition: form-data; name="empty"\r\n\r\n\r\n--${b}--\r\n`)
    ])
    const parts = parseMultipart(body, `multipart/form-data; boundary=${b}`)
    expect(parts.action.toString()).toBe('wx.openApi')
    expect(parts.requestData.equals(bin)).toBe(true)
    expect(parts.empty.length).toBe(0)
  })

  it('rejects non-multipart content types', () => {
    expect(() => parseMultipart(Buffer.from('{}'), 'application/json')).toThrow(/multipart/)
  })
})

describe('end-to-end with the real wx-server-sdk', () => {
  let server: http.Server
  let port: number
  const seen: Array<{ url: string; contentType: string; form: ReturnType<typeof decodeOpenApiForm> }> = []

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', c => chunks.push(c))
      req.on('end', () => {
        const contentType = String(req.headers['content-type'] || '')
        const form = decodeOpenApiForm(parseMultipart(Buffer.concat(chunks), contentType))
        seen.push({ url: req.url || '', contentType, form })
        let body: Buffer
        switch (form.data.template_id) {
          case 'REFUSE':
            body = encodeOpenApiResponse({ errcode: 43101, errmsg: 'user refuse to accept the msg rid: local' })
            break
          case 'NOPERM':
            body = encodeOpenApiSystemError(-604101)
            break
          default:
            body = encodeOpenApiResponse({ errcode: 0, errmsg: 'ok', msgid: 42, extra_info: { some_key: 1 } })
        }
        res.writeHead(200, { 'content-type': OPENAPI_HTTP_CONTENT_TYPE, 'content-length': body.length })
        res.end(body)
      })
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  })

  afterAll(async () => {
    await new Promise(resolve => server.close(resolve))
  })

  it('success resolves, 43101 and platform errors reject with the right errCode', async () => {
    const script = `
      const cloud = require('wx-server-sdk')
      cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
      ;(async () => {
        const out = []
        for (const templateId of ['TPL_OK', 'REFUSE', 'NOPERM']) {
          try {
            const r = await cloud.openapi.subscribeMessage.send({
              touser: 'alice', page: 'pages/index/index', templateId, miniprogramState: 'developer',
              data: { thing1: { value: 'buy milk' } }
            })
            out.push({ ok: true, r })
          } catch (e) {
            out.push({ ok: false, errCode: e.errCode, errMsg: e.errMsg, message: e.message, isError: e instanceof Error })
          }
        }
        process.stdout.write(JSON.stringify(out))
      })().catch(e => { console.error(e); process.exit(2) })
    `
    const env = {
      PATH: process.env.PATH || '',
      HOME: process.env.HOME || '/tmp',
      TCB_CONTEXT_CNFG: JSON.stringify({ URL: `http://127.0.0.1:${port}/admin` }),
      TENCENTCLOUD_SECRETID: 'local',
      TENCENTCLOUD_SECRETKEY: 'local',
      TENCENTCLOUD_RUNENV: 'SCF',
      TENCENTCLOUD_REGION: 'ap-shanghai',
      SCF_NAMESPACE: 'local-env',
      TCB_ENV: 'local-env',
      WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID,WX_CLIENTIP',
      WX_OPENID: 'alice',
      WX_APPID: 'wxlocal',
      TCB_SOURCE: 'wx_client'
    }
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(process.execPath, ['-e', script], { cwd: ROOT, env, timeout: 20000 }, (err, out, errOut) =>
        err ? reject(new Error(`${err.message}\n${errOut}`)) : resolve(out)
      )
    })
    const [ok, refused, noperm] = JSON.parse(stdout)

    expect(ok).toEqual({
      ok: true,
      r: { msgid: 42, extraInfo: { someKey: 1 }, errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' }
    })
    expect(refused).toMatchObject({
      ok: false,
      isError: true,
      errCode: 43101,
      errMsg: 'openapi.subscribeMessage.send:fail user refuse to accept the msg rid: local'
    })
    expect(refused.message).toContain('errCode: 43101')
    expect(noperm).toMatchObject({ ok: false, errCode: -604101, errMsg: 'system error: error code: -604101' })

    // What the server saw.
    expect(seen).toHaveLength(3)
    const first = seen[0]
    expect(first.url).toMatch(/^\/admin\?env=local-env&/)
    expect(first.contentType).toMatch(/^multipart\/form-data; boundary=/)
    expect(first.form.action).toBe('wx.openApi')
    expect(first.form.apiName).toBe('subscribeMessage.send')
    expect(first.form.fields.envName).toBe('local-env')
    expect(first.form.apiType).toBe(0)
    expect(first.form.data).toEqual({
      touser: 'alice',
      page: 'pages/index/index',
      template_id: 'TPL_OK',
      miniprogram_state: 'developer',
      data: { thing1: { value: 'buy milk' } }
    })
  }, 30000)
})
