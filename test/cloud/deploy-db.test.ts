// `npm run deploy:db` creates every declared collection through the SDK's
// createCollection, here against an empty local cloud.
import { execFile } from 'child_process'
import { promisify } from 'util'
import path from 'path'
import { COLLECTION_NAMES } from '../../server/db/schema'
import { REPO_ROOT } from '../../localcloud/paths'
import { startTestCloud } from './harness'

test('deploy:db creates every collection of the schema, and a second run is harmless', async () => {
  const cloud = await startTestCloud({ collections: [] })
  try {
    expect(cloud.store.collectionNames()).toEqual([])
    const script = path.join(REPO_ROOT, 'scripts/deploy-db.mjs')
    const first = await promisify(execFile)(process.execPath, [script, '--url', cloud.adminUrl], { cwd: REPO_ROOT })
    expect(first.stdout).toContain('created   users')
    expect(cloud.store.collectionNames().sort()).toEqual([...COLLECTION_NAMES].sort())
    const second = await promisify(execFile)(process.execPath, [script, '--url', cloud.adminUrl], { cwd: REPO_ROOT })
    expect(second.stdout).toContain('exists    users')
  } finally {
    await cloud.close()
  }
})
