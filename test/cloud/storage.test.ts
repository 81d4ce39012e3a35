// Cloud storage of the local cloud, driven by the real wx-server-sdk (upload, temporary URL,
// download, delete), and the request bodies it sends kept as the contract (fixture).
import fs from 'fs'
import path from 'path'
import type { LocalCloud } from '../../localcloud/server'
import { startTestCloud, useSdk } from './harness'

let cloud: LocalCloud
let sdk: any
const seen: Record<string, unknown>[] = []

beforeAll(async () => {
  cloud = await startTestCloud()
  // record what the SDK sends for storage actions (the contract the emulator answers)
  const original = cloud.storage.handle.bind(cloud.storage)
  cloud.storage.handle = (action, params) => {
    seen.push({ ...params, action })
    return original(action, params)
  }
  sdk = useSdk(cloud)
})
afterAll(() => cloud?.close())

test('upload, temporary URL, download and delete round-trip through the real SDK', async () => {
  const content = Buffer.from('项目数据,42\n', 'utf8')
  const up = await sdk.uploadFile({ cloudPath: 'exports/demo-factory/测试.csv', fileContent: content })
  expect(up.fileID).toBe('cloud://local-env.local-env-1250000000/exports/demo-factory/测试.csv')
  expect(fs.readFileSync(path.join(cloud.opts.dataDir, 'storage', 'exports', 'demo-factory', '测试.csv'))).toEqual(content)

  const temp = await sdk.getTempFileURL({ fileList: [{ fileID: up.fileID, maxAge: 60 }] })
  expect(temp.fileList[0]).toMatchObject({ fileID: up.fileID, status: 0 })
  const res = await fetch(temp.fileList[0].tempFileURL)
  expect(res.status).toBe(200)
  expect(Buffer.from(await res.arrayBuffer())).toEqual(content)
  expect(res.headers.get('content-type')).toContain('text/csv')

  const down = await sdk.downloadFile({ fileID: up.fileID })
  expect(Buffer.from(down.fileContent)).toEqual(content)

  const del = await sdk.deleteFile({ fileList: [up.fileID] })
  expect(del.fileList[0]).toMatchObject({ fileID: up.fileID, status: 0 })
  const gone = await sdk.getTempFileURL({ fileList: [{ fileID: up.fileID, maxAge: 60 }] })
  expect(gone.fileList[0].status).not.toBe(0)
  expect((await fetch(temp.fileList[0].tempFileURL)).status).toBe(404)

  // the contract: these are the bodies the SDK sent (kept for the unit replay test)
  expect(seen.map((s) => s.action)).toEqual([
    'storage.getUploadMetadata',
    'storage.batchGetDownloadUrl',
    'storage.batchGetDownloadUrl',
    'storage.batchDeleteFile',
    'storage.batchGetDownloadUrl'
  ])
  if (process.env.UPDATE_STORAGE_SAMPLES) {
    const strip = ({ wxCloudApiToken, tcb_sessionToken, crossAuthorizationToken, wxCloudbaseAccesstoken, ...rest }: any) => rest
    fs.writeFileSync(path.join(__dirname, '../fixtures/storage-wire-samples.json'), JSON.stringify(seen.map(strip), null, 1) + '\n')
  }
})

test('a temporary URL stops working when it expires, and a forged or altered one never works', async () => {
  const up = await sdk.uploadFile({ cloudPath: 'exports/x/a.txt', fileContent: Buffer.from('a') })
  const temp = await sdk.getTempFileURL({ fileList: [{ fileID: up.fileID, maxAge: 1 }] })
  const url = new URL(temp.fileList[0].tempFileURL)
  const other = new URL(url)
  other.pathname = other.pathname.replace('a.txt', 'b.txt')
  expect((await fetch(other)).status).toBe(403)
  const longer = new URL(url)
  longer.searchParams.set('t', String(Number(url.searchParams.get('t')) + 3600))
  expect((await fetch(longer)).status).toBe(403)
  await new Promise((r) => setTimeout(r, 2100))
  expect((await fetch(url)).status).toBe(403)
})

test('paths that climb out of the storage folder are refused', async () => {
  await expect(sdk.uploadFile({ cloudPath: '../escape.txt', fileContent: Buffer.from('x') })).rejects.toBeTruthy()
  expect(fs.existsSync(path.join(cloud.opts.dataDir, 'escape.txt'))).toBe(false)
})
