// Where the AppID and cloud env come from, and when a weapp build must stop (config/deploy.ts,
// wired into config/index.ts).
import fs from 'fs'
import os from 'os'
import path from 'path'
import { deployProblems, deployTarget, finishProjectConfig, TOURIST_APPID } from '../../../config/deploy'

const REAL = { TARO_APP_ID: 'wx0123456789abcdef', TARO_APP_CLOUD_ENV: 'prod-1a2b3c', NODE_ENV: 'production' }

describe('deployTarget / deployProblems', () => {
  test('nothing set: the tourist AppID and the default env, fine for development and npm test', () => {
    const target = deployTarget({})
    expect(target).toEqual({ appId: TOURIST_APPID, cloudEnv: '', release: false })
    expect(deployProblems(target, { NODE_ENV: 'production' })).toEqual([])
  })

  test('a release build with the tourist AppID or no env stops, saying what to set', () => {
    const env = { FB_RELEASE: '1', NODE_ENV: 'production' }
    const problems = deployProblems(deployTarget(env), env)
    expect(problems).toHaveLength(2)
    expect(problems[0]).toMatch(/游客 AppID.*TARO_APP_ID.*tourist AppID/)
    expect(problems[1]).toMatch(/TARO_APP_CLOUD_ENV/)
  })

  test('a release build with both set runs; a development release does not', () => {
    const env = { ...REAL, FB_RELEASE: '1' }
    expect(deployProblems(deployTarget(env), env)).toEqual([])
    const dev = { ...env, NODE_ENV: 'development' }
    expect(deployProblems(deployTarget(dev), dev)).toEqual([expect.stringMatching(/NODE_ENV=production/)])
  })

  test('a mistyped AppID or env id stops any build', () => {
    const env = { TARO_APP_ID: 'wx123', TARO_APP_CLOUD_ENV: 'prod env!' }
    const problems = deployProblems(deployTarget(env), env)
    expect(problems).toEqual([expect.stringMatching(/「wx123」.*AppID/), expect.stringMatching(/「prod env!」/)])
  })
})

describe('finishProjectConfig', () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fb-deploy-'))
    fs.mkdirSync(path.join(dir, 'dist'))
    fs.writeFileSync(
      path.join(dir, 'dist/project.config.json'),
      JSON.stringify({ miniprogramRoot: './', cloudfunctionRoot: 'cloudfunctions/', appid: TOURIST_APPID })
    )
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  test("dist's copy loses cloudfunctionRoot (no such folder in dist/) and gets the AppID; the root private config gets it too", () => {
    fs.writeFileSync(path.join(dir, 'project.private.config.json'), JSON.stringify({ setting: { urlCheck: false } }))
    finishProjectConfig(dir, path.join(dir, 'dist'), deployTarget(REAL))
    const distConfig = JSON.parse(fs.readFileSync(path.join(dir, 'dist/project.config.json'), 'utf8'))
    expect(distConfig).toEqual({ miniprogramRoot: './', appid: REAL.TARO_APP_ID })
    // The developer's own private settings stay.
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'project.private.config.json'), 'utf8'))).toEqual({
      setting: { urlCheck: false },
      appid: REAL.TARO_APP_ID
    })
  })

  test('with the tourist AppID no private config is written', () => {
    finishProjectConfig(dir, path.join(dir, 'dist'), deployTarget({}))
    expect(fs.existsSync(path.join(dir, 'project.private.config.json'))).toBe(false)
  })
})

describe('config/index.ts (what `taro build` loads)', () => {
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
    jest.restoreAllMocks()
  })

  function loadConfig(env: Record<string, string>): { exited: number | null; said: string } {
    Object.assign(process.env, { TARO_ENV: 'weapp', NODE_ENV: 'production' })
    const env_ = process.env as Record<string, string | undefined>
    for (const key of ['FB_RELEASE', 'TARO_APP_ID', 'TARO_APP_CLOUD_ENV']) delete env_[key]
    Object.assign(process.env, env)
    let said = ''
    jest.spyOn(console, 'error').mockImplementation((msg: string) => { said += msg })
    const exit = jest.spyOn(process, 'exit').mockImplementation(((code: number) => {
      throw Object.assign(new Error('exit'), { code })
    }) as never)
    let exited: number | null = null
    jest.isolateModules(() => {
      try {
        require('../../../config/index')
      } catch (err) {
        if ((err as { code?: number }).code === undefined) throw err
        exited = (err as { code: number }).code
      }
    })
    expect(exit.mock.calls.length).toBe(exited === null ? 0 : 1)
    return { exited, said }
  }

  test('a release weapp build with the tourist AppID exits 1 before building, with the reason', () => {
    const { exited, said } = loadConfig({ FB_RELEASE: '1' })
    expect(exited).toBe(1)
    expect(said).toMatch(/weapp build stopped/)
    expect(said).toMatch(/TARO_APP_ID/)
  })

  test("npm test's production weapp build (no FB_RELEASE) loads", () => {
    expect(loadConfig({}).exited).toBeNull()
  })
})
