// Starts a local cloud for a test file, with its own data folder.
import fs from 'fs'
import os from 'os'
import path from 'path'
import { LocalCloud, type LocalCloudOptions } from '../../localcloud/server'
import { FUNCTIONS_DIR, REPO_ROOT, RUNNER_PATH } from '../../localcloud/paths'
import { sdkEnv } from '../../localcloud/sdk-env'

export const TEST_FUNCTIONS_DIR = path.join(REPO_ROOT, 'test/cloud/functions')
// Real request bodies captured from wx-server-sdk 4.0.2 (copied from the team's shared fixtures).
export const SAMPLES_FILE = path.join(REPO_ROOT, 'test', 'fixtures', 'tcb-wire-samples.json')

export function requireBuild(): void {
  for (const f of [RUNNER_PATH, path.join(FUNCTIONS_DIR, 'api', 'index.js')]) {
    if (!fs.existsSync(f)) throw new Error(`${f} is missing: run \`npm run build:server\` first (npm test does it)`)
  }
}

export function tempDir(prefix = 'fb-cloud-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix))
}

/** `npm run test:cloud:v2` (part of npm test) runs some suites again as CloudBase V2 functions. */
export const TEST_GENERATION = process.env.FB_FUNCTION_GENERATION === 'v2' ? 'v2' : 'v1'

export async function startTestCloud(opts: Partial<LocalCloudOptions> = {}): Promise<LocalCloud> {
  requireBuild()
  return new LocalCloud({
    dataDir: tempDir(),
    functionsDirs: [FUNCTIONS_DIR, TEST_FUNCTIONS_DIR],
    maxInstancesPerFunction: 8,
    functionGeneration: TEST_GENERATION,
    ...opts
  }).listen()
}

/** Points the real wx-server-sdk in THIS process at the local cloud (process-global, as on SCF). */
export function useSdk(cloud: LocalCloud, openid = 'test-runner') {
  Object.assign(process.env, sdkEnv(cloud.adminUrl, cloud.credentials), {
    WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID',
    WX_OPENID: openid,
    WX_APPID: 'wxlocalappid0000'
  })
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sdk = require('wx-server-sdk')
  sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV })
  return sdk
}

export async function callApi(cloud: LocalCloud, openid: string | undefined, action: string, payload?: unknown, lang?: string) {
  const rec = await cloud.invoke('api', { action, payload, ...(lang ? { lang } : {}) }, { openid, source: 'wx_client' })
  if (!rec.ok) throw new Error(`api invocation failed: ${rec.error?.errMsg}`)
  return rec.result as { ok: true; data: any } | { ok: false; error: { code: string; message: string; fields?: Record<string, string> } }
}

/** The environment an operator script needs for `--url` against this local cloud (its key pair). */
export function scriptEnv(cloud: LocalCloud): NodeJS.ProcessEnv {
  return { ...process.env, TENCENTCLOUD_SECRETID: cloud.credentials.secretId, TENCENTCLOUD_SECRETKEY: cloud.credentials.secretKey }
}

/**
 * Starts `n` instances of the api function and loads the bundle in each (an instance loads it on
 * its first invocation, inside that invocation's timeout): burst tests then measure the burst,
 * not cold starts on a busy machine. A few new instances load per round (16 loading at once can
 * exceed the 10 s timeout on a loaded 2-core machine); failures here are ignored.
 */
export async function warmApi(cloud: LocalCloud, n: number, perRound = 3): Promise<void> {
  for (let k = Math.min(perRound, n); ; k = Math.min(k + perRound, n)) {
    await Promise.all(Array.from({ length: k }, () => cloud.invoke('api', { action: 'me.get', payload: {} }, { openid: 'warm-up', source: 'wx_client' }).catch(() => undefined)))
    if (k === n) return
  }
}
