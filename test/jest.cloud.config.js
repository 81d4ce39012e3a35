// Cloud tests: the real bundled functions and the real wx-server-sdk against
// the local cloud. They need `npm run build:server` first (npm test does it).
const path = require('path')
module.exports = {
  rootDir: path.join(__dirname, '..'),
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/cloud/**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', require('./swc.config.js')] },
  testTimeout: 60000,
  maxWorkers: 1
}
