// `npm run content:audio`: recorded card audio goes to the local cloud's storage (signed with its
// key pair, like `npm run admin`), and learning.audio.get hands the app a temporary URL that
// serves exactly those bytes. Bad file names upload nothing; re-running uploads nothing twice; a
// new recording replaces the old one under a new version.
import { execFile } from 'child_process'
import fs from 'fs'
import path from 'path'
import { promisify } from 'util'
import type { LocalCloud } from '../../localcloud/server'
import { REPO_ROOT } from '../../localcloud/paths'
import { callApi, scriptEnv, startTestCloud, tempDir } from './harness'

let cloud: LocalCloud
const script = path.join(REPO_ROOT, 'scripts/content-audio.mjs')

async function run(dir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [script, '--dir', dir, '--url', cloud.adminUrl], { cwd: REPO_ROOT, env: scriptEnv(cloud) })
    return { code: 0, stdout, stderr }
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string }
    return { code: err.code, stdout: err.stdout, stderr: err.stderr }
  }
}

function recordings(files: Record<string, Buffer>): string {
  const dir = tempDir('fb-audio-')
  for (const [name, bytes] of Object.entries(files)) {
    fs.mkdirSync(path.join(dir, path.dirname(name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), bytes)
  }
  return dir
}

const audioGet = async (openid: string, sessionId: string) => callApi(cloud, openid, 'learning.audio.get', { sessionId })

beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
})
afterAll(async () => {
  await cloud?.close()
})

test('a session without recordings answers with none (no storage call needed)', async () => {
  expect(await audioGet('demo-worker', 'm1-s01')).toEqual({ ok: true, data: { files: {} } })
})

test('a misnamed recording stops the command before anything is uploaded', async () => {
  const dir = recordings({ 'm1-s01/c1.mp3': Buffer.from('ID3 card one'), 'm1-s01/no-such-card.mp3': Buffer.from('x'), 'm9-s01/c1.mp3': Buffer.from('x'), 'm1-s02/c1.wav': Buffer.from('x') })
  const res = await run(dir)
  expect(res.code).toBe(1)
  expect(res.stderr).toContain('nothing uploaded')
  expect(res.stderr).toContain('m1-s01/no-such-card.mp3: m1-s01 has no card no-such-card')
  expect(res.stderr).toContain('m9-s01/c1.mp3: m9-s01 is not a session of the course')
  expect(res.stderr).toContain('m1-s02/c1.wav: not <card id>.mp3')
  expect(cloud.store.docs('course_audio')).toEqual([])
  expect(fs.existsSync(path.join(cloud.opts.dataDir, 'storage', 'course-audio'))).toBe(false)
})

test('recordings are uploaded, served to the app by temporary URL, skipped when unchanged, replaced when changed', async () => {
  const session = (await callApi(cloud, 'demo-worker', 'learning.session.get', { sessionId: 'm1-s01' })) as { ok: true; data: { session: { cards: { id: string }[] } } }
  const [c1, c2] = session.data.session.cards.map((c) => c.id)
  const one = Buffer.from('ID3 the first card, read by a real voice')
  const two = Buffer.from('ID3 the second card')
  const dir = recordings({ [`m1-s01/${c1}.mp3`]: one, [`m1-s01/${c2}.m4a`]: two })

  const first = await run(dir)
  expect(first.code).toBe(0)
  expect(JSON.parse(first.stdout)).toEqual({ uploaded: [`m1-s01/${c1}`, `m1-s01/${c2}`], unchanged: [] })

  const got = (await audioGet('demo-worker', 'm1-s01')) as { ok: true; data: { files: Record<string, { url: string; v: string }> } }
  expect(Object.keys(got.data.files).sort()).toEqual([c1, c2].sort())
  const res = await fetch(got.data.files[c1].url)
  expect(res.status).toBe(200)
  expect(Buffer.from(await res.arrayBuffer())).toEqual(one)
  expect(Buffer.from(await (await fetch(got.data.files[c2].url)).arrayBuffer())).toEqual(two)
  // the course is open to everyone: a parent with no factory hears the same recordings
  const parent = (await audioGet('parent-without-factory', 'm1-s01')) as { ok: true; data: { files: Record<string, { v: string }> } }
  expect(parent).toMatchObject({ ok: true })
  expect(Object.keys(parent.data.files).sort()).toEqual([c1, c2].sort())
  // other sessions have none
  expect(await audioGet('demo-worker', 'm1-s02')).toEqual({ ok: true, data: { files: {} } })

  // again: nothing uploaded twice
  const again = await run(dir)
  expect(JSON.parse(again.stdout)).toEqual({ uploaded: [], unchanged: [`m1-s01/${c1}`, `m1-s01/${c2}`] })
  expect(cloud.store.docs('course_audio')).toHaveLength(2)

  // a new recording of card 1: a new version and new bytes behind the URL
  const newer = Buffer.from('ID3 the first card, recorded again')
  fs.writeFileSync(path.join(dir, `m1-s01/${c1}.mp3`), newer)
  expect(JSON.parse((await run(dir)).stdout)).toEqual({ uploaded: [`m1-s01/${c1}`], unchanged: [`m1-s01/${c2}`] })
  const after = (await audioGet('demo-worker', 'm1-s01')) as { ok: true; data: { files: Record<string, { url: string; v: string }> } }
  expect(after.data.files[c1].v).not.toBe(got.data.files[c1].v)
  expect(after.data.files[c2].v).toBe(got.data.files[c2].v)
  expect(Buffer.from(await (await fetch(after.data.files[c1].url)).arrayBuffer())).toEqual(newer)
})

test('a session id that is not the course\'s is refused with a typed error', async () => {
  const bad = (await audioGet('demo-worker', '../m1-s01')) as { ok: boolean; error?: { code: string } }
  expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
})
