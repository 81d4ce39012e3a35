// The privacy manifest (privacy/manifest.json) must declare every privacy interface the REAL weapp
// build calls: an undeclared one fails at run time (errno 112) and at review. And the generated
// guide (privacy/guide.md) must be what the manifest gives.
const fs = require('fs')
const path = require('path')
const { spawnSync } = require('child_process')
const { DIST, assertBuilt, listDistFiles } = require('./harness')

const ROOT = path.join(__dirname, '../..')
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'privacy/manifest.json'), 'utf8'))
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

// Taro's runtime lists every wx API name for its promisified wrappers ("setClipboardData",...):
// a name in that list is not a call, so taro.js is only searched for real calls.
const RUNTIME = new Set(['taro.js'])

/** Privacy keys whose interfaces appear in the given files ({file, text}), with where. */
function privacyUses(files) {
  const uses = {}
  for (const [key, entry] of Object.entries(manifest.catalogue)) {
    if (key.startsWith('$')) continue
    const callPatterns = entry.calls.map((c) => new RegExp(`(\\.|\\[["'])${escape(c)}(["']\\])?\\s*\\(`))
    const stringPatterns = entry.strings.map((s) => new RegExp(`["']${escape(s)}["']`))
    for (const { file, text } of files) {
      const patterns = RUNTIME.has(path.basename(file)) ? callPatterns : [...callPatterns, ...stringPatterns]
      // Name lists in the runtime ("a","setClipboardData","b") are not calls either.
      const hit = patterns.find((re) => re.test(text))
      if (hit) (uses[key] = uses[key] || []).push(`${file} (${hit.source})`)
    }
  }
  return uses
}

function distFiles() {
  assertBuilt()
  return listDistFiles()
    .filter((f) => f.endsWith('.js') || f.endsWith('.wxml'))
    .map((f) => ({ file: path.relative(DIST, f), text: fs.readFileSync(f, 'utf8') }))
}

test('every privacy interface the weapp build calls is declared in privacy/manifest.json', () => {
  const files = distFiles()
  expect(files.length).toBeGreaterThan(40)
  const declared = new Set(manifest.declared.map((d) => d.key))
  const undeclared = Object.entries(privacyUses(files))
    .filter(([key]) => !declared.has(key))
    .map(([key, where]) => `${key} (${manifest.catalogue[key].item}): ${where.join('; ')}`)
  expect(undeclared).toEqual([])
})

test('the scan finds calls in app code, open-types and scopes, and not the runtime name list', () => {
  const uses = privacyUses([
    { file: 'pages/x/index.js', text: 'Promise.resolve(i().setClipboardData({data:e}))' },
    { file: 'pages/y/index.js', text: '(0,c.jsx)(n.$n,{openType:"getPhoneNumber"})' },
    { file: 'pages/z/index.js', text: 'o().authorize({scope:"scope.writePhotosAlbum"})' },
    { file: 'taro.js', text: 'var l=["setBackgroundColor","setClipboardData","chooseImage"]' }
  ])
  expect(Object.keys(uses).sort()).toEqual(['AlbumWriteOnly', 'Clipboard', 'PhoneNumber'])
  expect(uses.Clipboard).toEqual([expect.stringMatching(/^pages\/x\/index\.js/)])
})

test('every declared item has the form wording and a purpose in both languages; children\'s data is marked', () => {
  for (const entry of manifest.declared) {
    expect(entry.item || (manifest.catalogue[entry.key] && manifest.catalogue[entry.key].item)).toMatch(/^(收集|访问|使用|调用|读取)你/)
    expect(entry.purpose.length).toBeGreaterThan(10)
    expect(entry.purposeEn.length).toBeGreaterThan(10)
  }
  const items = manifest.supplementary.items
  for (const item of items) expect(item.data && item.dataEn && item.purpose && item.purposeEn).toBeTruthy()
  const childData = items.filter((i) => i.children).map((i) => i.data).join(' ')
  for (const word of ['出生日期', '过敏', '接送人', '签到', '同意']) expect(childData).toContain(word)
})

test('privacy/guide.md is up to date with the manifest (npm run privacy:guide)', () => {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/privacy-guide.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' })
  expect(`${run.stdout}${run.stderr}`).toMatch(/matches/)
  expect(run.status).toBe(0)
})
