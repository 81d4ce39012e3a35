// The deployable bundles (cloudfunctions/*/index.js) must run on CloudBase V1's oldest runtime we
// support, Nodejs16.13 (the runtime cannot be changed after a function is created). Syntax: Node 16
// parses ES2021 (acorn's ecmaVersion 2021); esbuild lowers newer syntax (target 'node16' in
// scripts/build-server.mjs). Built-ins cannot be lowered: the ones newer than Node 16.13 are refused.
import fs from 'fs'
import path from 'path'
import { parse } from 'acorn'

const root = path.join(__dirname, '../..')
const bundles = fs
  .readdirSync(path.join(root, 'cloudfunctions'))
  .filter((name) => fs.existsSync(path.join(root, 'cloudfunctions', name, 'config.json')))
  .map((name) => path.join('cloudfunctions', name, 'index.js'))

/** Built-ins a Node 16.13 process does not have (first Node version in the comment). */
const NEWER_THAN_NODE_16_13: Array<[RegExp, string]> = [
  [/\bstructuredClone\s*\(/, 'structuredClone (17)'],
  [/\.findLast(Index)?\(/, 'Array.prototype.findLast (18)'],
  [/\.(toSorted|toReversed|toSpliced)\(/, 'change-array-by-copy (20)'],
  [/\b(Object|Map)\.groupBy\(/, 'Object.groupBy (21)'],
  [/\bArray\.fromAsync\(/, 'Array.fromAsync (22)'],
  [/\.withResolvers\(/, 'Promise.withResolvers (22)'],
  [/\.(isWellFormed|toWellFormed)\(/, 'String well-formed methods (20)'],
  [/\bAbortSignal\.(timeout|any)\(/, 'AbortSignal.timeout (16.14) / any (20)'],
  [/(^|[^.\w$])fetch\(/, 'global fetch (18)']
]

function problems(source: string): string[] {
  const out: string[] = []
  try {
    parse(source, { ecmaVersion: 2021, sourceType: 'script' })
  } catch (err) {
    const pos = (err as { pos: number }).pos
    out.push(`syntax: ${(err as Error).message} near ${JSON.stringify(source.slice(Math.max(0, pos - 40), pos + 20))}`)
  }
  for (const [pattern, what] of NEWER_THAN_NODE_16_13) {
    if (pattern.test(source)) out.push(`built-in: ${what}`)
  }
  return out
}

test('the function bundles are built (npm run build:server)', () => {
  expect(bundles.length).toBeGreaterThanOrEqual(2)
  for (const file of bundles) expect(fs.existsSync(path.join(root, file))).toBe(true)
})

test.each(bundles)('%s uses only syntax and built-ins of Node 16.13', (file) => {
  expect(problems(fs.readFileSync(path.join(root, file), 'utf8'))).toEqual([])
})

test('the check itself catches what Node 16.13 lacks', () => {
  expect(problems('class A { #x = 1; static { } }')[0]).toMatch(/^syntax/)
  expect(problems('a.findLast((x) => x); structuredClone(b)')).toEqual([
    'built-in: structuredClone (17)',
    'built-in: Array.prototype.findLast (18)'
  ])
  // ES2021 and Node 16.6's Array.prototype.at are fine.
  expect(problems('a ||= b; const n = 1_000; x.at(-1); this.fetchAll(); api.fetch(1)')).toEqual([])
})
