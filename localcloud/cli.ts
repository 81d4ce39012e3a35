// `npm run emulator -- --port <port> --data <dir> [--static <dir>] [--seed] [--timers]
//   [--secret-id <id> --secret-key <key>] [--host <addr> --unsafe-expose]
//   [--db-latency-ms <ms>] [--openapi-latency-ms <ms>] [--max-instances <n>]`
// Runs the local cloud alone and prints the URL the SDK should use, then the
// key pair it must sign with (random unless given), one `NAME=value` a line.
import { parseArgs } from 'util'
import { startLocalCloud } from './server'
import { DEFAULT_DATA_DIR } from './paths'
import { LATENCY_ARG_OPTIONS, latencySettingsFrom } from './latency'

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string', default: DEFAULT_DATA_DIR },
      static: { type: 'string' },
      seed: { type: 'boolean', default: false },
      timers: { type: 'boolean', default: false },
      'secret-id': { type: 'string' },
      'secret-key': { type: 'string' },
      'unsafe-expose': { type: 'boolean', default: false },
      // CloudBase function generation: v1 (timers, one invocation per instance) or v2
      'function-generation': { type: 'string', default: process.env.FB_FUNCTION_GENERATION ?? 'v1' },
      ...LATENCY_ARG_OPTIONS
    }
  })
  const secretId = values['secret-id']
  const secretKey = values['secret-key']
  if (!secretId !== !secretKey || secretId === '' || secretKey === '') {
    console.error('--secret-id and --secret-key go together (both non-empty), or neither for a random pair')
    process.exit(2)
  }
  const generation = values['function-generation']
  if (generation !== 'v1' && generation !== 'v2') {
    console.error(`--function-generation must be v1 or v2, got ${generation}`)
    process.exit(2)
  }
  const cloud = await startLocalCloud({
    port: Number(values.port),
    host: values.host,
    unsafeExpose: values['unsafe-expose'],
    dataDir: values.data!,
    staticDir: values.static,
    seed: values.seed,
    timers: values.timers,
    credentials: secretId && secretKey ? { secretId, secretKey } : undefined,
    functionGeneration: generation,
    ...latencySettingsFrom(values)
  })
  console.log(cloud.adminUrl)
  console.log(`TENCENTCLOUD_SECRETID=${cloud.credentials.secretId}`)
  console.log(`TENCENTCLOUD_SECRETKEY=${cloud.credentials.secretKey}`)
  const stop = async () => {
    await cloud.close()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})
