// Acknowledged writes survive `kill -9` of the local cloud; a committed
// transaction is all or nothing on disk.
import { spawn, type ChildProcess } from 'child_process'
import path from 'path'
import readline from 'readline'
import { REPO_ROOT } from '../../localcloud/paths'
import { requireBuild, tempDir } from './harness'
import { sdkEnv } from '../../localcloud/sdk-env'

const CLI = path.join(REPO_ROOT, 'build/localcloud/cli.js')

async function startEmulator(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, '--port', '0', '--data', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] })
  const lines = readline.createInterface({ input: child.stdout! })
  const url = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve)
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code}`)))
  })
  return { child, url }
}

function pointSdkAt(url: string) {
  Object.assign(process.env, sdkEnv(url))
}

test('the emulator prints the SDK URL, and data written before kill -9 is all there after a restart', async () => {
  requireBuild()
  const dataDir = tempDir('fb-durable-')
  const first = await startEmulator(dataDir)
  expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/admin$/)
  pointSdkAt(first.url)
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

  const second = await startEmulator(dataDir)
  try {
    pointSdkAt(second.url)
    expect((await db.collection('durable').count()).total).toBe(201)
    expect((await db.collection('durable').doc(ids[0]).get()).data.moved).toBe(true)
    expect((await db.collection('durable').where({ i: 'tx-line' }).count()).total).toBe(1)
    // Default collections from the schema exist too.
    expect((await db.collection('users').count()).total).toBe(0)
  } finally {
    second.child.kill('SIGKILL')
  }
})
