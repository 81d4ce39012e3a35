// `npm run emulator -- --port <port> --data <dir> [--static <dir>] [--seed] [--timers]`
// Runs the local cloud alone and prints the URL the SDK should use.
import { parseArgs } from 'util'
import { startLocalCloud } from './server'
import { DEFAULT_DATA_DIR } from './paths'

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string', default: DEFAULT_DATA_DIR },
      static: { type: 'string' },
      seed: { type: 'boolean', default: false },
      timers: { type: 'boolean', default: false }
    }
  })
  const cloud = await startLocalCloud({
    port: Number(values.port),
    host: values.host,
    dataDir: values.data!,
    staticDir: values.static,
    seed: values.seed,
    timers: values.timers
  })
  console.log(cloud.adminUrl)
  const stop = async () => {
    await cloud.close()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
