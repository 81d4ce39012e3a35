// Shared @swc/jest options: TypeScript + React JSX, CommonJS output for jest.
module.exports = {
  jsc: {
    parser: { syntax: 'typescript', tsx: true },
    transform: { react: { runtime: 'automatic' } },
    target: 'es2020'
  },
  module: { type: 'commonjs' }
}
