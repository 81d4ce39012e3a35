// Cloud storage as the SDK uses it (wx-server-sdk → @cloudbase/node-sdk storage):
//   storage.getUploadMetadata {path, method:'put'} → {data:{url, token, authorization, fileId, cosFileId}},
//     then an HTTP PUT of the bytes to `url` (success = empty body; failure = COS-style XML <Error>);
//   storage.batchGetDownloadUrl {file_list:[{fileid, max_age}]} → {data:{download_list:[{fileID, tempFileURL, code}]}};
//   storage.batchDeleteFile {fileid_list} → {data:{delete_list:[{fileID, code}]}};
//   downloadFile = a temporary URL, then an HTTP GET of it.
// Files live under <data folder>/storage/. Upload and download URLs carry an expiry and an HMAC
// made with a secret of this process: a URL cannot be forged, and stops working when it expires.
import fs from 'fs'
import http from 'http'
import path from 'path'
import { createHmac, randomBytes, timingSafeEqual } from 'crypto'

export class StorageError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message)
  }
}

const UPLOAD_URL_SECONDS = 15 * 60
const MAX_UPLOAD_BYTES = 50 * 1024 * 1024
const DEFAULT_MAX_AGE = 24 * 3600
const MAX_MAX_AGE = 7 * 24 * 3600
const CONTENT_TYPES: Record<string, string> = {
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg'
}

/** A cloud path: relative, no '..', no empty or hidden segments, ordinary characters. */
export function validCloudPath(p: unknown): p is string {
  if (typeof p !== 'string' || !p || p.length > 512 || p.startsWith('/')) return false
  return p.split('/').every((seg) => seg.length > 0 && seg !== '.' && seg !== '..' && /^[\w.\-\u4e00-\u9fff]+$/.test(seg))
}

export class LocalStorage {
  private readonly secret = randomBytes(32)
  readonly root: string

  constructor(
    dataDir: string,
    private readonly envId: string,
    /** the local cloud's own base URL (known once it listens) */
    private readonly baseUrl: () => string,
    private readonly now: () => number = Date.now
  ) {
    this.root = path.join(dataDir, 'storage')
  }

  get bucket(): string {
    return `${this.envId}-1250000000`
  }

  fileIdOf(cloudPath: string): string {
    return `cloud://${this.envId}.${this.bucket}/${cloudPath}`
  }

  pathOf(fileId: unknown): string | null {
    const prefix = `cloud://${this.envId}.${this.bucket}/`
    if (typeof fileId !== 'string' || !fileId.startsWith(prefix)) return null
    const p = fileId.slice(prefix.length)
    return validCloudPath(p) ? p : null
  }

  private sign(kind: 'put' | 'get', cloudPath: string, expires: number): string {
    return createHmac('sha256', this.secret).update(`${kind}\n${cloudPath}\n${expires}`).digest('hex')
  }

  private signedUrl(kind: 'put' | 'get', cloudPath: string, seconds: number): string {
    const expires = Math.floor(this.now() / 1000) + seconds
    const route = kind === 'put' ? 'upload' : 'file'
    // Not percent-encoded, as COS hands it out: the SDK and browsers encode it once themselves.
    return `${this.baseUrl()}/__storage/${route}/${cloudPath}?t=${expires}&sign=${this.sign(kind, cloudPath, expires)}`
  }

  private file(cloudPath: string): string {
    return path.join(this.root, ...cloudPath.split('/'))
  }

  exists(cloudPath: string): boolean {
    return fs.existsSync(this.file(cloudPath))
  }

  /** The `storage.*` actions of the API (/admin). */
  handle(action: string, params: Record<string, any>): Record<string, unknown> {
    switch (action) {
      case 'storage.getUploadMetadata': {
        if (!validCloudPath(params.path)) throw new StorageError('INVALID_PARAM', `invalid cloud path: ${String(params.path)}`)
        return {
          data: {
            url: this.signedUrl('put', params.path, UPLOAD_URL_SECONDS),
            token: '',
            authorization: 'local',
            fileId: this.fileIdOf(params.path),
            cosFileId: randomBytes(12).toString('hex')
          }
        }
      }
      case 'storage.batchGetDownloadUrl': {
        const list = Array.isArray(params.file_list) ? params.file_list : []
        return {
          data: {
            download_list: list.map((f: { fileid?: unknown; max_age?: unknown }) => {
              const p = this.pathOf(f.fileid)
              if (!p || !this.exists(p)) return { fileID: f.fileid, tempFileURL: '', code: 'STORAGE_FILE_NONEXIST' }
              const maxAge = Math.min(Math.max(1, Number(f.max_age ?? DEFAULT_MAX_AGE) || DEFAULT_MAX_AGE), MAX_MAX_AGE)
              return { fileID: f.fileid, tempFileURL: this.signedUrl('get', p, maxAge), code: 'SUCCESS', maxAge }
            })
          }
        }
      }
      case 'storage.batchDeleteFile': {
        const list = Array.isArray(params.fileid_list) ? params.fileid_list : []
        return {
          data: {
            delete_list: list.map((id: unknown) => {
              const p = this.pathOf(id)
              if (!p || !this.exists(p)) return { fileID: id, code: 'STORAGE_FILE_NONEXIST' }
              fs.rmSync(this.file(p))
              return { fileID: id, code: 'SUCCESS' }
            })
          }
        }
      }
      default:
        throw new StorageError('INVALID_ACTION', `unsupported action: ${action}`)
    }
  }

  /** PUT /__storage/upload/<path> and GET /__storage/file/<path>, both with t (expiry) and sign. */
  async handleHttp(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const m = /^\/__storage\/(upload|file)\/(.+)$/.exec(url.pathname)
    const kind = m?.[1] === 'upload' ? 'put' : 'get'
    const cloudPath = m ? m[2].split('/').map(decodeURIComponent).join('/') : ''
    const expires = Number(url.searchParams.get('t'))
    const sign = url.searchParams.get('sign') ?? ''
    const xmlError = (status: number, code: string, message: string) => {
      res.writeHead(status, { 'content-type': 'application/xml' })
      res.end(`<?xml version='1.0' encoding='utf-8' ?><Error><Code>${code}</Code><Message>${message}</Message><Resource>/${cloudPath}</Resource><RequestId>local</RequestId><TraceId>local</TraceId></Error>`)
    }
    if (!m || !validCloudPath(cloudPath) || (kind === 'put') !== (req.method === 'PUT') || (kind === 'get' && req.method !== 'GET')) {
      return xmlError(404, 'NoSuchKey', 'unknown storage route')
    }
    const expected = Buffer.from(this.sign(kind, cloudPath, expires), 'hex')
    const given = Buffer.from(/^[0-9a-f]{64}$/.test(sign) ? sign : '', 'hex')
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return xmlError(403, 'SignatureDoesNotMatch', 'bad signature')
    if (!Number.isFinite(expires) || expires * 1000 < this.now()) return xmlError(403, 'AccessDenied', 'Request has expired')
    const file = this.file(cloudPath)
    if (kind === 'put') {
      const chunks: Buffer[] = []
      let size = 0
      for await (const c of req) {
        size += (c as Buffer).length
        if (size > MAX_UPLOAD_BYTES) return xmlError(413, 'EntityTooLarge', 'file too large for the local cloud')
        chunks.push(c as Buffer)
      }
      fs.mkdirSync(path.dirname(file), { recursive: true })
      // write then rename: a reader never sees half a file
      const tmp = `${file}.${randomBytes(4).toString('hex')}.part`
      fs.writeFileSync(tmp, Buffer.concat(chunks))
      fs.renameSync(tmp, file)
      res.writeHead(200, { 'content-length': 0 })
      return void res.end()
    }
    if (!fs.existsSync(file)) return xmlError(404, 'NoSuchKey', 'The specified key does not exist.')
    const body = fs.readFileSync(file)
    const name = cloudPath.split('/').pop()!
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream',
      'content-length': body.length,
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`
    })
    res.end(body)
  }
}
