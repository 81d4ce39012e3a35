// The environment that points an unmodified wx-server-sdk at a local cloud
// (facts: docs/cloud-emulator.md). One place, used by the function host,
// tests and scripts.
import type { Credentials } from './auth/tc3'

export const LOCAL_ENV_ID = 'local-env'

/**
 * `credentials` are the key pair the local cloud issued (`cloud.credentials`, or the
 * TENCENTCLOUD_SECRETID/KEY lines `npm run emulator` prints): it refuses unsigned requests.
 */
export function sdkEnv(adminUrl: string, credentials: Credentials, envId = LOCAL_ENV_ID): Record<string, string> {
  const url = new URL(adminUrl)
  // Never let a local run talk to the real Tencent Cloud by mistake.
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
    throw new Error(`local cloud admin URL must be loopback, got ${adminUrl}`)
  }
  return {
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: adminUrl }),
    // The SDK signs every request with these (TC3); node-sdk also kills the process on a missing secret.
    TENCENTCLOUD_SECRETID: credentials.secretId,
    TENCENTCLOUD_SECRETKEY: credentials.secretKey,
    // Without this every request probes the metadata host (~60 ms).
    TENCENTCLOUD_RUNENV: 'SCF',
    TENCENTCLOUD_REGION: 'ap-shanghai',
    SCF_NAMESPACE: envId,
    TCB_ENV: envId,
    SILENCE: 'true'
  }
}
