// `npm run deploy:db` creates every declared collection through the SDK's
// createCollection, here against an empty local cloud.
import { execFile } from 'child_process'
import { promisify } from 'util'
import path from 'path'
import { COLLECTION_NAMES } from '../../server/db/schema'
import { REPO_ROOT } from '../../localcloud/paths'
import { callApi, scriptEnv, startTestCloud } from './harness'

test('deploy:db creates every collection of the schema, and a second run is harmless', async () => {
  const cloud = await startTestCloud({ collections: [] })
  try {
    expect(cloud.store.collectionNames()).toEqual([])
    const script = path.join(REPO_ROOT, 'scripts/deploy-db.mjs')
    const first = await promisify(execFile)(process.execPath, [script, '--url', cloud.adminUrl], { cwd: REPO_ROOT, env: scriptEnv(cloud) })
    expect(first.stdout).toContain('created   users')
    expect(cloud.store.collectionNames().sort()).toEqual([...COLLECTION_NAMES].sort())
    const second = await promisify(execFile)(process.execPath, [script, '--url', cloud.adminUrl], { cwd: REPO_ROOT, env: scriptEnv(cloud) })
    expect(second.stdout).toContain('exists    users')
  } finally {
    await cloud.close()
  }
})

test('the admin command creates a factory and its first HR officer, who then sees the HR role', async () => {
  const cloud = await startTestCloud()
  try {
    const script = path.join(REPO_ROOT, 'scripts/admin.mjs')
    const run = (...args: string[]) => promisify(execFile)(process.execPath, [script, ...args, '--url', cloud.adminUrl], { cwd: REPO_ROOT, env: scriptEnv(cloud) })
    // Codes an operator gives must be as hard to guess as generated ones: 8+ characters, no 0/O/1/I/L.
    await expect(run('create-factory', '--factory', 'plant-2', '--invite', 'PLANT2', '--name-zh', '二厂', '--name-en', 'Plant Two')).rejects.toThrow(/8-32 characters/)
    await expect(run('create-factory', '--factory', 'plant-2', '--invite', 'PLANT2OO', '--name-zh', '二厂', '--name-en', 'Plant Two')).rejects.toThrow(/no 0\/O\/1\/I\/L/)
    expect(cloud.store.get('factories', 'plant-2')).toBeUndefined()
    await run('create-factory', '--factory', 'plant-2', '--invite', 'pqant2xy', '--name-zh', '二厂', '--name-en', 'Plant Two')
    expect((cloud.store.get('factories', 'plant-2')!.doc as any).inviteCode).toBe('PQANT2XY')
    // Without --invite a random code is made from the same alphabet.
    const made = await run('create-factory', '--factory', 'plant-3', '--name-zh', '三厂', '--name-en', 'Plant Three')
    const generated = (cloud.store.get('factories', 'plant-3')!.doc as any).inviteCode
    expect(generated).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/)
    expect(made.stdout).toContain(generated)
    await run('grant-hr', '--factory', 'plant-2', '--openid', 'first-hr', '--name', '王芳')
    await run('grant-hr', '--factory', 'plant-2', '--openid', 'first-hr') // repeating is harmless
    const res = await callApi(cloud, 'first-hr', 'me.get', {})
    expect(res).toMatchObject({
      ok: true,
      data: { displayName: '王芳', memberships: [{ factoryId: 'plant-2', factoryName: { 'zh-CN': '二厂' }, roles: ['hr'] }] }
    })
  } finally {
    await cloud.close()
  }
})
