// Layout on old iPhones: flex `gap` needs iOS 14.5 (below it items touch), so dist/ must not use
// it; spacing comes from margins (src/styles/spacing.scss). And every stylesheet must pass the
// official WXSS compiler, which refuses e.g. the `*` selector those margins must avoid.
const fs = require('fs')
const path = require('path')
const os = require('os')
const { spawnSync } = require('child_process')
const { DIST, assertBuilt, listDistFiles } = require('./harness')

const GAP = /(^|[^\w-])((row|column|grid(-row|-column)?)-)?gap\s*:/

function wxssFiles() {
  assertBuilt()
  return listDistFiles().filter((file) => file.endsWith('.wxss'))
}

const WCSC = path.join(
  path.dirname(require.resolve('miniprogram-compiler/package.json')),
  { darwin: 'bin/mac/wcsc', win32: 'bin/windows/wcsc.exe' }[process.platform] || 'bin/linux/wcsc'
)

/** The wcsc binary as an executable: the npm tarball ships it without the exec bit, so a fresh
 * `npm ci` cannot run it in place; a private executable copy can. */
function executableWcsc() {
  try {
    fs.accessSync(WCSC, fs.constants.X_OK)
    return WCSC
  } catch {
    const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fb-wcsc-')), path.basename(WCSC))
    fs.copyFileSync(WCSC, copy)
    fs.chmodSync(copy, 0o755)
    return copy
  }
}

/** The official wcsc (miniprogram-compiler) over files relative to `root`: its error lines. */
function wcscErrors(root, relativeFiles) {
  const run = spawnSync(executableWcsc(), ['-db', '-pc', '0', ...relativeFiles], { cwd: root, maxBuffer: 64 * 1024 * 1024 })
  if (run.error) throw run.error
  const output = `${run.stdout}\n${run.stderr}`.replace(/\0/g, '')
  const errors = output.split('\n').filter((line) => line.includes('ERR'))
  if (run.status !== 0 && errors.length === 0) errors.push(`wcsc exited with ${run.status}`)
  return errors
}

test('no stylesheet of dist/ uses gap (names the files that do)', () => {
  const files = wxssFiles()
  expect(files.length).toBeGreaterThan(20)
  const hits = files
    .filter((file) => GAP.test(fs.readFileSync(file, 'utf8')))
    .map((file) => path.relative(DIST, file))
  expect(hits).toEqual([])
  // The pattern itself: catches every spelling, not lookalike names.
  expect(['.a{gap:1em}', '.a{ row-gap : 1em}', '.a{column-gap:1em}', '.a{grid-gap:1em}'].every((css) => GAP.test(css))).toBe(true)
  expect(GAP.test('.sp-gap-note{color:red}')).toBe(false)
})

test('spacing is there instead: a stack spaces its children with margins', () => {
  const me = fs.readFileSync(path.join(DIST, 'pages/me/index.wxss'), 'utf8')
  expect(me).toMatch(/\.me__card\s*>\s*view:not\(:first-child\)[^{]*\{margin-top:\.5em\}/)
  expect(me).toMatch(/\.me__card\s*>\s*button:not\(:first-child\)/)
})

test('the official WXSS compiler accepts every stylesheet of dist/', () => {
  const files = wxssFiles().map((file) => path.relative(DIST, file))
  expect(wcscErrors(DIST, files)).toEqual([])
})

test('the WXSS compiler check itself fails on a `*` selector', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fb-wxss-'))
  try {
    fs.writeFileSync(path.join(dir, 'probe.wxss'), '.ok > view { margin-top: 1em }\n.x > * + * { margin-top: 1em }\n')
    expect(wcscErrors(dir, ['probe.wxss']).join('\n')).toMatch(/probe\.wxss\(2:\d+\).*\*/)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})

test('the spacing mixins name every element type src/ renders (a missing one would lose its spacing)', () => {
  const root = path.join(DIST, '..')
  const scss = fs.readFileSync(path.join(root, 'src/styles/spacing.scss'), 'utf8')
  const listed = new Set(scss.match(/\$fb-mini-elements:([^;]+);/)[1].split(',').map((s) => s.trim()))
  const used = new Set()
  const visit = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) visit(full)
      else if (/\.tsx?$/.test(entry.name)) {
        for (const m of fs.readFileSync(full, 'utf8').matchAll(/import\s*{([^}]*)}\s*from\s*'@tarojs\/components'/g)) {
          for (const name of m[1].split(',').map((s) => s.trim())) {
            // Components are PascalCase values; skip `type X` imports and event types (ITouchEvent).
            if (/^[A-Z][a-z]\w*$/.test(name)) used.add(name.replace(/(?<!^)([A-Z])/g, '-$1').toLowerCase())
          }
        }
      }
    }
  }
  visit(path.join(root, 'src'))
  expect(used.size).toBeGreaterThan(3)
  expect([...used].filter((element) => !listed.has(element))).toEqual([])
})
