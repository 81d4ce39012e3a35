// The cloud suites about identity and concurrency again, as CloudBase Cloud Functions V2 run
// them: several invocations inside one instance at once, no timers (test/cloud/harness.ts reads
// FB_FUNCTION_GENERATION; jest's workers inherit this process's environment).
process.env.FB_FUNCTION_GENERATION = 'v2'
const cloud = require('./jest.cloud.config.js')
const V2_SUITES = ['identity', 'security-audit', 'security-races', 'spaces-capacity', 'content-security']
module.exports = {
  ...cloud,
  testMatch: V2_SUITES.map((name) => `<rootDir>/test/cloud/${name}.test.ts`)
}
