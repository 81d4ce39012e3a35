// `npm test`: everything CI checks, in order, on fresh builds:
// type check → unit → cloud (local cloud + real SDK) → weapp build +
// miniprogram-simulate → H5 build + browser test. Stops at the first failure.
import fs from 'fs'
import { mustRun, npx, rel, run } from './lib.mjs'

const results = rel('build', 'test-results')
fs.rmSync(results, { recursive: true, force: true })
fs.mkdirSync(results, { recursive: true })
const totals = { passed: 0, failed: 0 }

async function jest(name) {
  const out = rel('build', 'test-results', `${name}.json`)
  const code = await run(npx('jest'), ['-c', `test/jest.${name}.config.js`, '--json', `--outputFile=${out}`])
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

step('cloud tests again as V2 functions (test/jest.cloud-v2.config.js: identity, security, capacity)')
await jest('cloud-v2')

step('weapp build + miniprogram-simulate tests')
await mustRun(npx('taro'), ['build', '--type', 'weapp'], { env: { ...process.env, NODE_ENV: 'production' } })
await jest('weapp')

step('H5 build + browser tests')
await mustRun(npx('taro'), ['build', '--type', 'h5'], { env: { ...process.env, NODE_ENV: 'production' } })
await jest('e2e')

finish(totals.failed ? 1 : 0)
