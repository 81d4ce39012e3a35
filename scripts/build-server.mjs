// Bundles the cloud functions (server/functions/<name>.ts → cloudfunctions/<name>/index.js,
// shared schemas and domain logic included, wx-server-sdk left to the platform)
// and the local cloud (localcloud/ → build/localcloud/).
import { build } from 'esbuild'
import fs from 'fs'
import path from 'path'
import { fileURLToPath } from 'url'
import { buildContent, COURSE_JSON } from './build-content.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const started = Date.now()

// The course content, validated (fails the build when invalid), for the api function to bundle.
const { stats: content } = await buildContent()
const courseContent = {
  name: 'course-content',
  setup(b) {
    b.onResolve({ filter: /^@course-content$/ }, () => ({ path: COURSE_JSON }))
  }
}

const functions = fs
  .readdirSync(path.join(root, 'cloudfunctions'))
  .filter((name) => fs.existsSync(path.join(root, 'cloudfunctions', name, 'config.json')))

await Promise.all([
  ...functions.map((name) =>
    build({
      entryPoints: [path.join(root, 'server/functions', `${name}.ts`)],
      outfile: path.join(root, 'cloudfunctions', name, 'index.js'),
      bundle: true,
      platform: 'node',
      target: 'node16', // CloudBase runtime Nodejs16.13 or later
      format: 'cjs',
      external: ['wx-server-sdk'],
      plugins: [courseContent],
      minify: true,
      sourcemap: false,
      legalComments: 'none',
      logLevel: 'warning'
    })
  ),
  build({
    entryPoints: {
      index: path.join(root, 'localcloud/index.ts'),
      cli: path.join(root, 'localcloud/cli.ts'),
      runner: path.join(root, 'localcloud/functions/runner.ts'),
      schema: path.join(root, 'server/db/schema.ts')
    },
    outdir: path.join(root, 'build/localcloud'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning'
  })
])
console.log(`build:server: ${functions.join(', ')} (content: ${content.sessions} sessions, ${content.tips} tips) and the local cloud in ${Date.now() - started} ms`)
