// `npm run deploy:db`: creates every collection of server/db/schema.ts in a
// CloudBase environment and writes the indexes and security rules to apply.
//
// Real environment (needs an API key of the Tencent Cloud account):
//   TCB_ENV=<env id> TENCENTCLOUD_SECRETID=... TENCENTCLOUD_SECRETKEY=... npm run deploy:db
// Local cloud (with the key pair it printed at start):
//   TENCENTCLOUD_SECRETID=... TENCENTCLOUD_SECRETKEY=... npm run deploy:db -- --url http://127.0.0.1:<port>/admin
import fs from 'fs'
import { parseArgs } from 'util'
import { createRequire } from 'module'
import { ensureServerBuild, operatorDb, rel } from './lib.mjs'

const { values } = parseArgs({ options: { url: { type: 'string' }, env: { type: 'string', default: process.env.TCB_ENV } } })
await ensureServerBuild()
const require = createRequire(import.meta.url)
const { COLLECTIONS } = require(rel('build/localcloud/schema.js'))

const db = await operatorDb(values, 'deploy:db')
for (const c of COLLECTIONS) {
  try {
    await db.createCollection(c.name)
    console.log(`created   ${c.name}`)
  } catch (e) {
    if (/exist/i.test(String(e.code ?? e.message))) console.log(`exists    ${c.name}`)
    else throw e
  }
}
// Indexes and security rules are set in the CloudBase console (or tcb CLI);
// this file lists exactly what to apply.
fs.mkdirSync(rel('build'), { recursive: true })
const setup = COLLECTIONS.map(({ name, rule, indexes }) => ({ name, rule, indexes }))
fs.writeFileSync(rel('build/db-setup.json'), JSON.stringify(setup, null, 2))
console.log(`\nIndexes and security rules to apply: build/db-setup.json (${setup.length} collections)`)
