// The 同声传译 plugin (WechatSI) is declared only when the build configuration says it was added in
// the admin console (TARO_APP_WECHATSI=1): a declared plugin the account lacks stops the mini
// program from compiling. Then it is declared in the learning subpackage only (the code that
// speaks), never app-wide. The default build (dist/) declares no plugin; the configured case is
// src/app.config.ts evaluated as Taro's CLI does, with the variable set.
const fs = require('fs')
const path = require('path')
const { build } = require('esbuild')
const { DIST, assertBuilt } = require('./harness')

const ROOT = path.resolve(__dirname, '../..')

async function appConfigWith(env) {
  const saved = process.env.TARO_APP_WECHATSI
  if (env === undefined) delete process.env.TARO_APP_WECHATSI
  else process.env.TARO_APP_WECHATSI = env
  try {
    const out = await build({ entryPoints: [path.join(ROOT, 'src/app.config.ts')], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'silent' })
    const mod = { exports: {} }
    global.defineAppConfig = (c) => c
    new Function('module', 'exports', 'require', out.outputFiles[0].text)(mod, mod.exports, require)
    return mod.exports.default
  } finally {
    if (saved === undefined) delete process.env.TARO_APP_WECHATSI
    else process.env.TARO_APP_WECHATSI = saved
  }
}

const declared = (config) => ({
  app: config.plugins,
  subPackages: (config.subPackages || config.subpackages).filter((s) => s.plugins).map((s) => ({ root: s.root, plugins: s.plugins }))
})

test('the default weapp build (dist/app.json) declares no plugin anywhere', () => {
  assertBuilt()
  const app = JSON.parse(fs.readFileSync(path.join(DIST, 'app.json'), 'utf8'))
  expect(declared(app)).toEqual({ app: undefined, subPackages: [] })
})

test('TARO_APP_WECHATSI=1 declares WechatSI in the learning subpackage only; anything else declares nothing', async () => {
  expect(declared(await appConfigWith('1'))).toEqual({
    app: undefined,
    subPackages: [{ root: 'packages/learning', plugins: { WechatSI: { version: '0.3.6', provider: 'wx069ba97219f66d99' } } }]
  })
  for (const off of [undefined, '', '0', 'true']) expect(declared(await appConfigWith(off))).toEqual({ app: undefined, subPackages: [] })
})
