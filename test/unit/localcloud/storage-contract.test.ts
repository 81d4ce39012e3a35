// Replays the storage request bodies captured from the real wx-server-sdk (test/cloud/storage.test.ts
// with UPDATE_STORAGE_SAMPLES=1) against the emulator's storage, checking the replies have what
// the SDK reads from them.
import fs from 'fs'
import os from 'os'
import path from 'path'
import { LocalStorage, StorageError } from '../../../localcloud/storage/storage'

const samples = JSON.parse(fs.readFileSync(path.join(__dirname, '../../fixtures/storage-wire-samples.json'), 'utf8')) as Record<string, any>[]

describe('storage contract (captured SDK requests)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fb-storage-'))
  const storage = new LocalStorage(dir, 'local-env', () => 'http://127.0.0.1:9')
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('has every action the SDK uses', () => {
    expect(new Set(samples.map((s) => s.action))).toEqual(new Set(['storage.getUploadMetadata', 'storage.batchGetDownloadUrl', 'storage.batchDeleteFile']))
  })

  it('answers each captured request in the shape the SDK parses', () => {
    for (const s of samples) {
      if (s.action === 'storage.getUploadMetadata') {
        const r = storage.handle(s.action, s) as { data: Record<string, string> }
        expect(Object.keys(r.data).sort()).toEqual(['authorization', 'cosFileId', 'fileId', 'token', 'url'])
        expect(r.data.fileId).toBe(`cloud://local-env.local-env-1250000000/${s.path}`)
        // what the PUT would write
        const file = path.join(storage.root, ...String(s.path).split('/'))
        fs.mkdirSync(path.dirname(file), { recursive: true })
        fs.writeFileSync(file, 'x')
      } else if (s.action === 'storage.batchGetDownloadUrl') {
        const r = storage.handle(s.action, s) as { data: { download_list: Record<string, unknown>[] } }
        expect(r.data.download_list).toHaveLength(s.file_list.length)
        for (const item of r.data.download_list) {
          expect(item).toHaveProperty('fileID')
          expect(['SUCCESS', 'STORAGE_FILE_NONEXIST']).toContain(item.code)
          if (item.code === 'SUCCESS') expect(String(item.tempFileURL)).toMatch(/^http:\/\/127\.0\.0\.1:9\/__storage\/file\/.+\?t=\d+&sign=[0-9a-f]{64}$/)
        }
      } else {
        const r = storage.handle(s.action, s) as { data: { delete_list: Record<string, unknown>[] } }
        expect(r.data.delete_list.map((d) => d.fileID)).toEqual(s.fileid_list)
      }
    }
  })

  it('refuses an upload path outside the storage folder with a typed error', () => {
    expect(() => storage.handle('storage.getUploadMetadata', { path: '../x', method: 'put' })).toThrow(StorageError)
  })
})
