// Where the mini program's AppID and cloud env id come from: ONE place, the variables
// TARO_APP_ID and TARO_APP_CLOUD_ENV, set in the environment or in `.env.local` at the repo root
// (git-ignored; Taro's CLI loads it before this config, real environment variables win).
// A release build (FB_RELEASE=1, `npm run build:release`) refuses to run without both; every other
// build (development, `npm test`'s production build) falls back to the tourist AppID and the
// project's default env.
import fs from 'fs'
import path from 'path'

export const TOURIST_APPID = 'touristappid'
const APPID = /^wx[0-9a-f]{16}$/
const CLOUD_ENV = /^[a-z0-9][a-z0-9-]{2,62}$/i

export interface DeployTarget {
  appId: string
  /** '' = the project's default cloud env */
  cloudEnv: string
  release: boolean
}

type Env = Record<string, string | undefined>

export function deployTarget(env: Env = process.env): DeployTarget {
  return {
    appId: (env.TARO_APP_ID || '').trim() || TOURIST_APPID,
    cloudEnv: (env.TARO_APP_CLOUD_ENV || '').trim(),
    release: env.FB_RELEASE === '1'
  }
}

/** Why this build must not run, in Chinese and English (empty when it may). */
export function deployProblems(target: DeployTarget, env: Env = process.env): string[] {
  const problems: string[] = []
  const hint = '（在环境变量或仓库根目录的 .env.local 中设置 / set it in the environment or in .env.local at the repo root; README → Deploy）'
  if (target.appId !== TOURIST_APPID && !APPID.test(target.appId)) {
    problems.push(`TARO_APP_ID「${target.appId}」不是小程序 AppID（wx 加 16 位十六进制）/ is not a mini program AppID (wx + 16 hex digits)`)
  }
  if (target.cloudEnv && !CLOUD_ENV.test(target.cloudEnv)) {
    problems.push(`TARO_APP_CLOUD_ENV「${target.cloudEnv}」不是云开发环境 ID / is not a cloud env id`)
  }
  if (target.release) {
    if (target.appId === TOURIST_APPID) {
      problems.push(`发布构建不能用游客 AppID：请设置 TARO_APP_ID / a release build cannot use the tourist AppID: set TARO_APP_ID ${hint}`)
    }
    if (!target.cloudEnv) {
      problems.push(`发布构建需要指定云开发环境：请设置 TARO_APP_CLOUD_ENV / a release build needs the cloud env id: set TARO_APP_CLOUD_ENV ${hint}`)
    }
    if (env.NODE_ENV !== 'production') {
      problems.push('发布构建必须是生产构建（NODE_ENV=production）/ a release build must be a production build (NODE_ENV=production)')
    }
  }
  return problems
}

/**
 * After a weapp build: the copy of project.config.json that Taro writes into dist/ keeps the root's
 * `cloudfunctionRoot`, a folder dist/ does not have, so it is dropped there (functions are uploaded
 * from the repo root project). A real AppID also goes into the root's project.private.config.json
 * (git-ignored; its `appid` overrides project.config.json's in WeChat DevTools), so opening the repo
 * root uses it without editing the tracked project.config.json.
 */
export function finishProjectConfig(root: string, outputDir: string, target: DeployTarget): void {
  const distConfig = path.join(outputDir, 'project.config.json')
  if (fs.existsSync(distConfig)) {
    const config = JSON.parse(fs.readFileSync(distConfig, 'utf8')) as Record<string, unknown>
    delete config.cloudfunctionRoot
    config.appid = target.appId
    fs.writeFileSync(distConfig, `${JSON.stringify(config, null, 2)}\n`)
  }
  if (target.appId !== TOURIST_APPID) {
    const privateConfig = path.join(root, 'project.private.config.json')
    const current = fs.existsSync(privateConfig) ? (JSON.parse(fs.readFileSync(privateConfig, 'utf8')) as Record<string, unknown>) : {}
    if (current.appid !== target.appId) {
      fs.writeFileSync(privateConfig, `${JSON.stringify({ ...current, appid: target.appId }, null, 2)}\n`)
    }
  }
}
