// `npm test`: everything CI checks, in order, on fresh builds:
// type check → unit → cloud (local cloud + real SDK) → weapp build +
// miniprogram-simulate → H5 build + browser test. Stops at the first failure.
import fs from 'fs'
import { mustRun, npx, rel, run } from './lib.mjs'

const results = rel('build', 'test-results')
fs.rmSync(results, { recursive: true, force: true })
fs.mkdirSync(results, { recursive: true })
const totals = { passed: 0, failed: 0 }
const V2_SUITES = ['test/cloud/identity.test.ts']

async function jest(name, { label = name, env, files = [] } = {}) {
  const out = rel('build', 'test-results', `${label}.json`)
  const code = await run(npx('jest'), ['-c', `test/jest.${name}.config.js`, '--json', `--outputFile=${out}`, ...files], env ? { env: { ...process.env, ...env } } : undefined)
  if (fs.existsSync(out)) {
    const r = JSON.parse(fs.readFileSync(out, 'utf8'))
    totals.passed += r.numPassedTests
    totals.failed += r.numFailedTests
    if (r.numTotalTests === 0) {
      console.error(`✗ ${name}: no tests ran`)
      finish(1)
    }
  }
  if (code !== 0) finish(code)
}

function finish(code) {
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`)
  process.exit(code)
}

const step = (title) => console.log(`\n▶ ${title}`)

step('type check (app, functions, local cloud, tests)')
await mustRun(npx('tsc'), ['-p', 'tsconfig.json', '--noEmit'])
await mustRun(npx('tsc'), ['-p', 'server/tsconfig.json', '--noEmit'])

step('build cloud functions and local cloud')
await mustRun(process.execPath, [rel('scripts/build-server.mjs')])

step('unit tests')
await jest('unit')

step('cloud tests')
await jest('cloud')

// The suites about identity and concurrency again, as CloudBase Cloud Functions V2 run them:
// several invocations inside one instance at once, no timers.
step('cloud tests as V2 functions (identity isolation, capacity under contention)')
await jest('cloud', { label: 'cloud-v2', env: { FB_FUNCTION_GENERATION: 'v2' }, files: V2_SUITES })

step('weapp build + miniprogram-simulate tests')
await mustRun(npx('taro'), ['build', '--type', 'weapp'], { env: { ...process.env, NODE_ENV: 'production' } })
await jest('weapp')

step('H5 build + browser tests')
await mustRun(npx('taro'), ['build', '--type', 'h5'], { env: { ...process.env, NODE_ENV: 'production' } })
await jest('e2e')

finish(totals.failed ? 1 : 0)
