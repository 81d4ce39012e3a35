// On iOS, mini program JS runs in the system JavaScriptCore: syntax newer than the phone's iOS
// (e.g. `?.`/`??` below iOS 13.4) is a SyntaxError at load, a white screen, and cannot be
// polyfilled. The project's bar is ES2019 for everything in dist/, node_modules code included.
const fs = require('fs')
const path = require('path')
const acorn = require('acorn')
const { DIST, assertBuilt, listDistFiles } = require('./harness')

const ECMA_VERSION = 2019

/** The first parse error of `source` at ES2019 as "line:col message", or null when it parses. */
function syntaxErrorAt2019(source) {
  try {
    // Mini program JS files are scripts (webpack chunks), not modules.
    acorn.parse(source, { ecmaVersion: ECMA_VERSION, sourceType: 'script' })
    return null
  } catch (err) {
    const near = source.slice(Math.max(0, err.pos - 40), err.pos + 20)
    return `${err.message} near ${JSON.stringify(near)}`
  }
}

test('every .js file of dist/ parses as ES2019 (names the files that do not)', () => {
  assertBuilt()
  const files = listDistFiles().filter((file) => file.endsWith('.js'))
  // app.js, common.js, taro.js, vendors.js, runtime.js and every page: a near-empty list means a broken build.
  expect(files.length).toBeGreaterThan(40)
  const failures = files
    .map((file) => ({ file: path.relative(DIST, file), error: syntaxErrorAt2019(fs.readFileSync(file, 'utf8')) }))
    .filter((r) => r.error)
    .map((r) => `${r.file}: ${r.error}`)
  expect(failures).toEqual([])
})

test('the check itself refuses ES2020+ syntax the build used to ship', () => {
  expect(syntaxErrorAt2019('var a = b?.c')).toMatch(/Unexpected token/)
  expect(syntaxErrorAt2019('var a = b ?? c')).toMatch(/Unexpected token/)
  expect(syntaxErrorAt2019('class A { x = 1 }')).toMatch(/Unexpected token/)
  // ES2019 itself (optional catch binding, object spread, async) is fine.
  expect(syntaxErrorAt2019('try { f() } catch { } var o = { ...p }; async function g() { await h() }')).toBeNull()
})
