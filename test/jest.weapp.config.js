// Drives the REAL weapp build output (dist/) with miniprogram-simulate.
// Build first: `npx taro build --type weapp` (the test script does this); the tests refuse to build.
const path = require('path')
module.exports = {
  rootDir: path.join(__dirname, '..'),
  testEnvironment: '<rootDir>/test/weapp/jsdom-environment.js',
  testMatch: ['<rootDir>/test/weapp/**/*.test.js'],
  // dist/ is already compiled; test files are plain CommonJS.
  transform: {},
  testTimeout: 20000
}
