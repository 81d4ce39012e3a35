// Small helpers shared by the npm scripts.
import { spawn } from 'child_process'
import { createRequire } from 'module'
import fs from 'fs'
import path from 'path'
import { fileURLToPath } from 'url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const rel = (...p) => path.join(ROOT, ...p)

/** Runs a command with inherited output; resolves with its exit code. */
export function run(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: 'inherit', ...opts })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

export async function mustRun(cmd, args, opts) {
  const code = await run(cmd, args, opts)
  if (code !== 0) {
    console.error(`\n✗ ${cmd} ${args.join(' ')} failed (exit ${code})`)
    process.exit(code)
  }
}

export const npx = (bin) => rel('node_modules', '.bin', bin)

/** The newest modification time of any file under the given paths. */
export function newestMtime(paths) {
  let newest = 0
  const visit = (p) => {
    if (!fs.existsSync(p)) return
    const st = fs.statSync(p)
    if (st.isDirectory()) {
      for (const e of fs.readdirSync(p)) if (e !== 'node_modules') visit(path.join(p, e))
    } else newest = Math.max(newest, st.mtimeMs)
  }
  paths.forEach(visit)
  return newest
}

/** True when `output` is missing or older than any of `sources`. */
export function stale(output, sources) {
  if (!fs.existsSync(output)) return true
  return fs.statSync(output).mtimeMs < newestMtime(sources)
}

const SERVER_SOURCES = ['server', 'localcloud', 'src/common', 'content', 'cloudfunctions/api/config.json', 'cloudfunctions/scheduler/config.json']
const APP_SOURCES = ['src', 'config', 'babel.config.js', 'package.json']

// quiet: build output goes to stderr, so a command's stdout stays machine-readable (bench --json).
const quietStdio = (quiet) => (quiet ? { stdio: ['inherit', 2, 'inherit'] } : {})

export async function ensureServerBuild({ quiet = false } = {}) {
  if (stale(rel('build/localcloud/cli.js'), SERVER_SOURCES.map((p) => rel(p))) || !fs.existsSync(rel('cloudfunctions/api/index.js'))) {
    await mustRun(process.execPath, [rel('scripts/build-server.mjs')], quietStdio(quiet))
  }
}

export async function ensureAppBuild(type, { force = false, quiet = false } = {}) {
  const marker = type === 'h5' ? rel('dist-h5/index.html') : rel('dist/app.js')
  if (force || stale(marker, APP_SOURCES.map((p) => rel(p)))) {
    await mustRun(npx('taro'), ['build', '--type', type], { env: { ...process.env, NODE_ENV: 'production' }, ...quietStdio(quiet) })
  }
}

/**
 * The database an operator command works on: a local cloud (`--url`, loopback only) or
 * the CloudBase env of TCB_ENV; both with TENCENTCLOUD_SECRETID/KEY. Exits with usage on neither.
 */
export async function operatorDb(target, commandName) {
  return (await operatorApp(target, commandName)).database()
}

/** The CloudBase app (database and storage) an operator command works on; see operatorDb. */
export async function operatorApp({ url, env }, commandName) {
  const require = createRequire(import.meta.url)
  await ensureServerBuild()
  if (url) {
    // A local cloud refuses unsigned requests: sign with the pair it printed at start.
    const { TENCENTCLOUD_SECRETID: secretId, TENCENTCLOUD_SECRETKEY: secretKey } = process.env
    if (!secretId || !secretKey) {
      console.error(`${commandName} --url needs the TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY the local cloud printed at start`)
      process.exit(2)
    }
    Object.assign(process.env, require(rel('build/localcloud/index.js')).sdkEnv(url, { secretId, secretKey }))
    env ??= 'local-env'
  } else if (!env || !process.env.TENCENTCLOUD_SECRETID || !process.env.TENCENTCLOUD_SECRETKEY) {
    console.error(`${commandName} needs TCB_ENV, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY (or --url for a local cloud)`)
    process.exit(2)
  }
  const tcb = require('@cloudbase/node-sdk')
  return tcb.init({ env, secretId: process.env.TENCENTCLOUD_SECRETID, secretKey: process.env.TENCENTCLOUD_SECRETKEY })
}
