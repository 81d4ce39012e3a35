// Replays every request body captured from the real SDK
// (shared/fixtures/tcb-wire-samples.json) against the local cloud's /admin
// endpoint and checks each reply has the shape the SDK parses.
import fs from 'fs'
import { EJSON } from 'bson'
import type { LocalCloud } from '../../localcloud/server'
import { decodeCommOpenApiResp } from '../../localcloud/openapi/wire'
import { SAMPLES_FILE, startTestCloud } from './harness'
import { signedJson, signedMultipart } from './signed-fetch'

type Body = Record<string, any>
let cloud: LocalCloud
const samples: Body[] = JSON.parse(fs.readFileSync(SAMPLES_FILE, 'utf8'))

// The captured session inserted documents whose generated ids later requests
// refer to; give those ids to the replayed documents so the story holds.
const ID_A = 'a0fc5c7488440e8423f671a419cb4f1e'
const ID_B = '6d9d16919856c2da574d06e84059f9fe'

beforeAll(async () => {
  cloud = await startTestCloud({
    collections: ['todos', 'ledger'].map((name) => ({ name, purpose: 'contract', rule: { read: false, write: false }, indexes: [] }))
  })
  cloud.store.commit([
    { coll: 'todos', id: ID_A, doc: { _id: ID_A, _openid: 'alice', title: 'seed-a', n: 1, done: false, tags: [] } },
    { coll: 'todos', id: ID_B, doc: { _id: ID_B, _openid: 'alice', title: 'seed-b', n: 2, done: false, tags: [] } }
  ])
})
afterAll(async () => {
  await cloud?.close()
})

async function post(body: Body): Promise<{ status: number; json?: Body; raw: Buffer; type: string }> {
  const url = `${cloud.adminUrl}?env=local-env&seqId=1`
  const res = await fetch(url, signedJson(url, body, { credentials: cloud.credentials }))
  const raw = Buffer.from(await res.arrayBuffer())
  const type = res.headers.get('content-type') ?? ''
  return { status: res.status, raw, type, json: type.includes('json') ? JSON.parse(raw.toString()) : undefined }
}

async function postMultipart(fields: Record<string, string | Buffer>) {
  const url = `${cloud.adminUrl}?env=local-env`
  const res = await fetch(url, signedMultipart(url, fields, { credentials: cloud.credentials }))
  return { status: res.status, type: res.headers.get('content-type') ?? '', raw: Buffer.from(await res.arrayBuffer()) }
}

test('the fixture holds the 26 captured bodies', () => {
  expect(samples).toHaveLength(26)
})

test('every captured body gets a reply the SDK can parse, in order', async () => {
  let txId: string | undefined
  const seen: string[] = []
  for (const original of samples) {
    const body = { ...original }
    // Transactions get fresh ids from the server; thread ours through.
    if (body.transactionId && txId) body.transactionId = txId
    if (body.action === 'wx.openApi') {
      const reply = await postMultipart({ action: body.action, apiName: body.apiName, requestData: Buffer.from(body.requestData, 'base64') })
      expect(reply.status).toBe(200)
      // Outside a function there is no openapi permission: the platform's -604101.
      expect(decodeCommOpenApiResp(reply.raw).errorCode).toBe(-604101)
      seen.push('wx.openApi')
      continue
    }
    const { status, json } = await post(body)
    expect(status).toBe(200)
    expect(json).toBeDefined()
    const reply = json!
    expect(typeof reply.requestId).toBe('string')
    switch (body.action) {
      case 'database.insertDocument':
        if (body.collectionName === 'nope') expect(reply.code).toBe('DATABASE_COLLECTION_NOT_EXIST')
        else if (body.data[0].includes(`"_id":"${ID_A}"`)) expect(reply.code).toBe('DATABASE_REQUEST_FAILED') // duplicate _id
        else expect(reply.data.insertedIds).toHaveLength(1)
        break
      case 'database.getDocument':
        expect(Array.isArray(reply.data.list)).toBe(true)
        for (const item of reply.data.list) expect(() => EJSON.parse(item)).not.toThrow()
        break
      case 'database.modifyDocument':
        expect(typeof reply.data.updated).toBe('number')
        if (body.upsert && !body.merge) expect(reply.data.upsert_id ?? reply.data.updated).toBeTruthy()
        break
      case 'database.removeDocument':
        expect(typeof reply.data.deleted).toBe('number')
        break
      case 'database.calculateDocument':
        expect(reply.data.total).toBe(3)
        break
      case 'database.aggregateDocuments':
        expect(reply.data.list.map((s: string) => EJSON.parse(s))).toEqual([
          { _id: false, total: expect.any(Number), c: expect.any(Number) }
        ])
        break
      case 'database.startTransaction':
        expect(typeof reply.transactionId).toBe('string')
        txId = reply.transactionId
        break
      case 'database.commitTransaction':
      case 'database.abortTransaction':
        expect(reply.code).toBeUndefined()
        txId = undefined
        break
      case 'functions.invokeFunction':
        // The test cloud deploys an `echo` function (test/cloud/functions).
        expect(JSON.parse(reply.data.response_data)).toMatchObject({ event: { x: 1 } })
        break
      default:
        throw new Error(`unexpected action in fixture: ${body.action}`)
    }
    seen.push(body.action)
  }
  expect(new Set(seen).size).toBeGreaterThanOrEqual(11)

  // The story the captured calls tell: the transaction committed (n=11, a
  // ledger line), the aborted one changed nothing, then n was bumped to 12.
  const a = cloud.store.get('todos', ID_A)!.doc
  expect(a).toMatchObject({ n: 12, tags: ['bumped'] })
  expect(cloud.store.docs('ledger')).toEqual([expect.objectContaining({ todo: ID_A, delta: 10 })])
  expect(cloud.store.docs('todos').some((d) => d.title === 'replaced')).toBe(false) // removed by n >= 100
})
