// Locations inside the repository, found the same way whether this code runs
// from TypeScript (tests) or from the bundle in build/localcloud.
import fs from 'fs'
import path from 'path'

function findRoot(start: string): string {
  let dir = start
  for (;;) {
    const pkg = path.join(dir, 'package.json')
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'family-bridge') return dir
    const up = path.dirname(dir)
    if (up === dir) throw new Error(`cannot find the family-bridge repository above ${start}`)
    dir = up
  }
}

export const REPO_ROOT = findRoot(__dirname)
export const FUNCTIONS_DIR = path.join(REPO_ROOT, 'cloudfunctions')
export const RUNNER_PATH = path.join(REPO_ROOT, 'build', 'localcloud', 'runner.js')
export const H5_DIR = path.join(REPO_ROOT, 'dist-h5')
export const DEFAULT_DATA_DIR = path.join(REPO_ROOT, '.data', 'localcloud')
