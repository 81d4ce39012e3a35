// The H5 dev sign-in trusts a header anyone can set: it must not exist in the mini program.
const fs = require('fs')
const path = require('path')
const { DIST, assertBuilt } = require('./harness')

const FORBIDDEN = [
  '__dev/identities', // dev identity list endpoint
  '__cloud/call', // dev gateway
  'fb.dev.openid', // dev identity storage key
  'x-dev-openid', // dev identity header
  'dev-sign-in', // component class names
  'dev-identity-switch',
  '开发登录', // dev screen text
  'Developer sign-in'
]

function listFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? listFiles(full) : [full]
  })
}

// JS output escapes CJK as \uXXXX; compare against both spellings.
function escapeNonAscii(text) {
  return text.replace(/[^\x00-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

test('the weapp build contains no dev sign-in code or text', () => {
  assertBuilt()
  const files = listFiles(DIST)
  expect(files.length).toBeGreaterThan(10)
  const hits = []
  for (const file of files) {
    const content = fs.readFileSync(file, 'utf8')
    for (const needle of FORBIDDEN) {
      if (content.includes(needle) || content.includes(escapeNonAscii(needle))) {
        hits.push(`${path.relative(DIST, file)}: ${needle}`)
      }
    }
  }
  expect(hits).toEqual([])
})

test('the escaping check itself works (Chinese text is found in its \\u form)', () => {
  const learnJs = fs.readFileSync(path.join(DIST, 'common.js'), 'utf8') + fs.readFileSync(path.join(DIST, 'app.js'), 'utf8')
  expect(learnJs.includes(escapeNonAscii('家长课堂正在准备中')) || learnJs.includes('家长课堂正在准备中')).toBe(true)
})
