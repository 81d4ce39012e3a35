// Validates content/ with the shared zod schemas and writes build/content/course.json, which
// the `api` function bundles (import '@course-content'). `--stats` prints the counts as one
// JSON object (`npm run content:stats`). Invalid content fails the build, naming the file.
import { build } from 'esbuild'
import fs from 'fs'
import { createRequire } from 'module'
import path from 'path'
import { fileURLToPath } from 'url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const COURSE_JSON = path.join(root, 'build/content/course.json')

async function loadCompiler() {
  const out = await build({
    entryPoints: [path.join(root, 'scripts/content/compile.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    // content/load.ts finds the files next to itself; the bundle runs from memory.
    define: { __dirname: JSON.stringify(path.join(root, 'content')) },
    logLevel: 'warning'
  })
  const mod = { exports: {} }
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(mod, mod.exports, createRequire(import.meta.url))
  return mod.exports
}

export async function buildContent() {
  const { compileContent, contentStats } = await loadCompiler()
  const course = compileContent()
  fs.mkdirSync(path.dirname(COURSE_JSON), { recursive: true })
  fs.writeFileSync(COURSE_JSON, JSON.stringify(course))
  return { course, stats: contentStats(course) }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { stats } = await buildContent()
    if (process.argv.includes('--stats')) console.log(JSON.stringify(stats))
    else console.log(`build:content: ${stats.sessions} sessions, ${stats.tips} tips → ${path.relative(root, COURSE_JSON)}`)
  } catch (e) {
    console.error(e.message)
    process.exit(1)
  }
}
