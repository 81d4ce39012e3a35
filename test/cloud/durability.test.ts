// Acknowledged writes survive `kill -9` of the local cloud; a committed
// transaction is all or nothing on disk.
import { spawn, type ChildProcess } from 'child_process'
import path from 'path'
import readline from 'readline'
import { REPO_ROOT } from '../../localcloud/paths'
import { requireBuild, tempDir } from './harness'
import { sdkEnv } from '../../localcloud/sdk-env'

const CLI = path.join(REPO_ROOT, 'build/localcloud/cli.js')

interface Emulator {
  child: ChildProcess
  url: string
  /** the lines after the URL: the environment a program needs to reach it */
  env: Record<string, string>
}

async function startEmulator(dataDir: string, extra: string[] = []): Promise<Emulator> {
  const child = spawn(process.execPath, [CLI, '--port', '0', '--data', dataDir, ...extra], { stdio: ['ignore', 'pipe', 'inherit'] })
  const lines = readline.createInterface({ input: child.stdout! })
  const printed = await new Promise<string[]>((resolve, reject) => {
    const got: string[] = []
    lines.on('line', (line) => {
      got.push(line)
      if (got.length === 3) resolve(got)
    })
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code}`)))
  })
  const env = Object.fromEntries(printed.slice(1).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]))
  return { child, url: printed[0], env }
}

function pointSdkAt(emu: Emulator) {
  Object.assign(process.env, sdkEnv(emu.url, { secretId: emu.env.TENCENTCLOUD_SECRETID, secretKey: emu.env.TENCENTCLOUD_SECRETKEY }))
}

test('the emulator prints the SDK URL, and data written before kill -9 is all there after a restart', async () => {
  requireBuild()
  const dataDir = tempDir('fb-durable-')
  const first = await startEmulator(dataDir)
  expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/admin$/)
  expect(Object.keys(first.env)).toEqual(['TENCENTCLOUD_SECRETID', 'TENCENTCLOUD_SECRETKEY'])
  pointSdkAt(first)
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sdk = require('wx-server-sdk')
  sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV })
  const db = sdk.database()
  await db.createCollection('durable')
  const ids: string[] = []
  for (let i = 0; i < 200; i++) ids.push((await db.collection('durable').add({ data: { i } }))._id)
  await db.runTransaction(async (t: any) => {
    await t.collection('durable').doc(ids[0]).update({ data: { moved: true } })
    await t.collection('durable').add({ data: { i: 'tx-line' } })
  })
  first.child.kill('SIGKILL')
  await new Promise((r) => first.child.once('exit', r))

  // Given secrets are used as given (scripts can keep one environment across restarts).
  const second = await startEmulator(dataDir, ['--secret-id', 'AKIDgiven', '--secret-key', 'given-key'])
  try {
    expect(second.env).toEqual({ TENCENTCLOUD_SECRETID: 'AKIDgiven', TENCENTCLOUD_SECRETKEY: 'given-key' })
    pointSdkAt(second)
    expect((await db.collection('durable').count()).total).toBe(201)
    expect((await db.collection('durable').doc(ids[0]).get()).data.moved).toBe(true)
    expect((await db.collection('durable').where({ i: 'tx-line' }).count()).total).toBe(1)
    // Default collections from the schema exist too.
    expect((await db.collection('users').count()).total).toBe(0)
  } finally {
    second.child.kill('SIGKILL')
  }
})
