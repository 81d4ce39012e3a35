// Serves the H5 build; unknown paths fall back to index.html (client routing).
import fs from 'fs'
import path from 'path'
import type { IncomingMessage, ServerResponse } from 'http'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json'
}

export function serveStatic(root: string | undefined, req: IncomingMessage, res: ServerResponse): void {
  if (!root || !fs.existsSync(path.join(root, 'index.html'))) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
    res.end('The H5 build is missing: run `npm run build:h5` (npm start does this for you).')
    return
  }
  const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
  let file = path.normalize(path.join(root, urlPath))
  if (!file.startsWith(path.resolve(root))) {
    res.writeHead(403).end()
    return
  }
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, 'index.html')
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': file.endsWith('index.html') ? 'no-cache' : 'max-age=3600'
  })
  fs.createReadStream(file).pipe(res)
}
