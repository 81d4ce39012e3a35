// Browser tests: the H5 build in headless Debian chromium against the local
// cloud. Needs `npm run build:server` and `npm run build:h5` (npm test does both).
const path = require('path')
module.exports = {
  rootDir: path.join(__dirname, '..'),
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', require('./swc.config.js')] },
  testTimeout: 90000,
  maxWorkers: 1
}
