// `npm start`: builds what is missing, starts the local cloud with the
// functions, seeds the demo once, serves the H5 app, prints one URL.
//   --reset        wipe the local data folder first (.data/localcloud)
//   --port <n>     port (default 8787, or $PORT)
//   --no-demo-history  seed only the demo people, not the demo program's synthetic history
//   --db-latency-ms <ms>, --openapi-latency-ms <ms>, --max-instances <n>
//                  latency model and instance limit of the local cloud (or
//                  LOCALCLOUD_DB_LATENCY_MS, LOCALCLOUD_OPENAPI_LATENCY_MS, LOCALCLOUD_MAX_INSTANCES)
//   --function-generation v1|v2   CloudBase function generation to emulate (default v1, or
//                  $FB_FUNCTION_GENERATION); v2 has no timers: an outside cron calls the scheduler
import fs from 'fs'
import { parseArgs } from 'util'
import { createRequire } from 'module'
import { ensureAppBuild, ensureServerBuild, rel } from './lib.mjs'

const { values } = parseArgs({
  options: {
    reset: { type: 'boolean', default: false },
    'no-demo-history': { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.PORT ?? '8787' },
    data: { type: 'string', default: rel('.data/localcloud') },
    'db-latency-ms': { type: 'string' },
    'openapi-latency-ms': { type: 'string' },
    'max-instances': { type: 'string' },
    'function-generation': { type: 'string', default: process.env.FB_FUNCTION_GENERATION ?? 'v1' }
  }
})
const generation = values['function-generation']
if (generation !== 'v1' && generation !== 'v2') {
  console.error(`--function-generation must be v1 or v2, got ${generation}`)
  process.exit(2)
}

await ensureServerBuild()
await ensureAppBuild('h5')

if (values.reset && fs.existsSync(values.data)) {
  fs.rmSync(values.data, { recursive: true, force: true })
  console.log(`reset: removed ${values.data}`)
}

const require = createRequire(import.meta.url)
const { startLocalCloud, latencySettingsFrom } = require(rel('build/localcloud/index.js'))
const settings = latencySettingsFrom(values)
const cloud = await startLocalCloud({
  ...settings,
  port: Number(values.port),
  dataDir: values.data,
  staticDir: rel('dist-h5'),
  seed: true,
  seedHistory: !values['no-demo-history'],
  timers: true,
  functionGeneration: generation
})
if (cloud.latency.enabled) console.log(`latency model: ${cloud.latency.describe()}`)
if (generation === 'v2') console.log('Cloud Functions V2 mode: several invocations per instance, no timer triggers; an outside cron calls /__http/scheduler once a minute.')
console.log(`\n亲子桥 Family Bridge is running: ${cloud.url}/\n(developer page: ${cloud.url}/__dev · data: ${values.data} · Ctrl+C to stop)`)
// Operator scripts (`npm run admin -- … --url`, `npm run deploy:db -- --url`) sign with this pair.
console.log(`CloudBase API for scripts: ${cloud.adminUrl}\nTENCENTCLOUD_SECRETID=${cloud.credentials.secretId}\nTENCENTCLOUD_SECRETKEY=${cloud.credentials.secretKey}`)

const stop = async () => {
  await cloud.close()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
