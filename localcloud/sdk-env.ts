// The environment that points an unmodified wx-server-sdk at a local cloud
// (facts: docs/cloud-emulator.md). One place, used by the function host,
// tests and scripts.

export const LOCAL_ENV_ID = 'local-env'

export function sdkEnv(adminUrl: string, envId = LOCAL_ENV_ID): Record<string, string> {
  const url = new URL(adminUrl)
  // Never let a local run talk to the real Tencent Cloud by mistake.
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
    throw new Error(`local cloud admin URL must be loopback, got ${adminUrl}`)
  }
  return {
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: adminUrl }),
    // node-sdk kills the process on a missing secret, even inside try/catch.
    TENCENTCLOUD_SECRETID: 'local',
    TENCENTCLOUD_SECRETKEY: 'local',
    // Without this every request probes the metadata host (~60 ms).
    TENCENTCLOUD_RUNENV: 'SCF',
    TENCENTCLOUD_REGION: 'ap-shanghai',
    SCF_NAMESPACE: envId,
    TCB_ENV: envId,
    SILENCE: 'true'
  }
}
