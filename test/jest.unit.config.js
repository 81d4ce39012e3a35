// Unit tests: pure logic only (no database, no build output, no browser).
const path = require('path')
module.exports = {
  rootDir: path.join(__dirname, '..'),
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', require('./swc.config.js')] },
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' }
}
