// `npm run emulator -- --port <port> --data <dir>`: the local cloud alone.
// Prints the URL the SDK should use (http://127.0.0.1:<port>/admin).
import { ensureServerBuild, rel, run } from './lib.mjs'

await ensureServerBuild()
process.exit(await run(process.execPath, [rel('build/localcloud/cli.js'), ...process.argv.slice(2)]))
