// The operator commands that make a program and its officer, end to end with the api.
import path from 'path'
import { execFile } from 'child_process'
import { promisify } from 'util'
import { REPO_ROOT } from '../../localcloud/paths'
import { callApi, scriptEnv, startTestCloud } from './harness'

test('create-program and grant-program-officer make an officer who sees the program (and only it)', async () => {
  const cloud = await startTestCloud()
  try {
    const script = path.join(REPO_ROOT, 'scripts/admin.mjs')
    const run = (...args: string[]) => promisify(execFile)(process.execPath, [script, ...args, '--url', cloud.adminUrl], { cwd: REPO_ROOT, env: scriptEnv(cloud) })
    await run('create-factory', '--factory', 'plant-1', '--invite', 'PQANT234', '--name-zh', '一厂', '--name-en', 'Plant One')
    await run('create-factory', '--factory', 'plant-2', '--invite', 'PQANT235', '--name-zh', '二厂', '--name-en', 'Plant Two')
    await run('create-program', '--program', 'ngo-a', '--name-zh', '安心项目', '--name-en', 'Safe Start', '--factory', 'plant-1')
    await run('create-program', '--program', 'ngo-a', '--name-zh', '安心项目', '--name-en', 'Safe Start', '--factory', 'plant-2') // adds a factory
    await run('grant-program-officer', '--program', 'ngo-a', '--openid', 'officer-1')
    await run('grant-program-officer', '--program', 'ngo-a', '--openid', 'officer-1') // repeating is harmless
    await expect(run('grant-program-officer', '--program', 'nope', '--openid', 'officer-1')).rejects.toThrow(/create-program/)

    const me = await callApi(cloud, 'officer-1', 'me.get', {})
    expect(me).toMatchObject({ ok: true, data: { programs: ['ngo-a'], memberships: [] } })
    const res = await callApi(cloud, 'officer-1', 'insights.program', {})
    if (!res.ok) throw new Error(JSON.stringify(res.error))
    expect(res.data.scope).toEqual({ kind: 'program', id: 'ngo-a', name: { 'zh-CN': '安心项目', en: 'Safe Start' } })
    expect(res.data.factories.map((f: { factoryId: string }) => f.factoryId)).toEqual(['plant-1', 'plant-2'])
    const other = await callApi(cloud, 'someone', 'insights.program', {})
    expect(other.ok ? 'ok' : other.error.code).toBe('FORBIDDEN')
  } finally {
    await cloud.close()
  }
})
