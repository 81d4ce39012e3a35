// `npm run content:audio -- [--dir content/audio] [--url <local cloud admin url>] [--dry-run]`:
// puts the course's recorded card audio in cloud storage, where learning.audio.get finds it.
// A card's recording is <dir>/<session id>/<card id>.mp3 (or .m4a / .aac), e.g.
// content/audio/m1-s01/c1.mp3. Every file is checked against the course first (a name that is no
// session's card, an empty or oversized file: nothing is uploaded). Each file goes to
// course-audio/<session>/<card>-<hash>.<ext> and is recorded in `course_audio`; a file already up
// with the same bytes is skipped, so re-running is safe. Target as `npm run admin`:
//   TENCENTCLOUD_SECRETID=… TENCENTCLOUD_SECRETKEY=… --url http://127.0.0.1:<port>/admin   a local cloud
//   TCB_ENV=<env id> TENCENTCLOUD_SECRETID=… TENCENTCLOUD_SECRETKEY=…                       a real environment
import { createHash } from 'crypto'
import fs from 'fs'
import path from 'path'
import { parseArgs } from 'util'
import { buildContent } from './build-content.mjs'
import { operatorApp, rel } from './lib.mjs'

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: rel('content/audio') },
    url: { type: 'string' },
    env: { type: 'string', default: process.env.TCB_ENV },
    'dry-run': { type: 'boolean', default: false }
  }
})
const EXT = /^(mp3|m4a|aac)$/
// A card is read in under a minute; 2 MB of speech is plenty and keeps the phone's saved files small.
const MAX_BYTES = 2 * 1024 * 1024

const dir = path.resolve(values.dir)
if (!fs.existsSync(dir)) {
  console.error(`content:audio: no folder ${dir} (recordings go in <session>/<card>.mp3, e.g. m1-s01/c1.mp3)`)
  process.exit(2)
}

const { course } = await buildContent()
const cardsOf = new Map(course.sessions.map((s) => [s.id, new Set(s.cards.map((c) => c.id))]))

const files = []
const problems = []
for (const sessionId of fs.readdirSync(dir).sort().filter((n) => n !== 'README.md')) {
  const sessionDir = path.join(dir, sessionId)
  if (!fs.statSync(sessionDir).isDirectory()) {
    problems.push(`${sessionId}: not a session folder`)
    continue
  }
  for (const name of fs.readdirSync(sessionDir).sort()) {
    const where = `${sessionId}/${name}`
    const m = /^([a-z0-9-]+)\.([a-z0-9]+)$/.exec(name)
    const cards = cardsOf.get(sessionId)
    if (!cards) problems.push(`${where}: ${sessionId} is not a session of the course`)
    else if (!m || !EXT.test(m[2])) problems.push(`${where}: not <card id>.mp3 / .m4a / .aac`)
    else if (!cards.has(m[1])) problems.push(`${where}: ${sessionId} has no card ${m[1]}`)
    else {
      const bytes = fs.readFileSync(path.join(sessionDir, name))
      if (bytes.length === 0 || bytes.length > MAX_BYTES) problems.push(`${where}: ${bytes.length} bytes (1 B to 2 MB)`)
      else if (files.some((f) => f.id === `${sessionId}/${m[1]}`)) problems.push(`${where}: a second recording of card ${m[1]}`)
      else files.push({ id: `${sessionId}/${m[1]}`, sessionId, cardId: m[1], ext: m[2], bytes, v: createHash('sha256').update(bytes).digest('hex').slice(0, 16) })
    }
  }
}
if (problems.length > 0) {
  console.error(`content:audio: nothing uploaded, fix these first:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
  process.exit(1)
}

if (values['dry-run']) {
  console.log(JSON.stringify({ files: files.length, ids: files.map((f) => f.id) }))
  process.exit(0)
}

const app = await operatorApp(values, 'content:audio')
const coll = app.database().collection('course_audio')
const summary = { uploaded: [], unchanged: [] }
for (const f of files) {
  const { data } = await coll.where({ _id: f.id }).limit(1).get()
  if (data[0]?.v === f.v) {
    summary.unchanged.push(f.id)
    continue
  }
  const cloudPath = `course-audio/${f.sessionId}/${f.cardId}-${f.v}.${f.ext}`
  const { fileID } = await app.uploadFile({ cloudPath, fileContent: f.bytes })
  const record = { sessionId: f.sessionId, cardId: f.cardId, fileID, v: f.v, bytes: f.bytes.length, uploadedAt: new Date() }
  if (data[0]) await coll.doc(f.id).update(record)
  else await coll.add({ _id: f.id, ...record })
  summary.uploaded.push(f.id)
  console.error(`uploaded ${f.id} → ${fileID}`)
}
console.log(JSON.stringify(summary))
