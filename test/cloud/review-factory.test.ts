// `npm run admin -- create-review-factory`: a factory for WeChat's reviewers, with an invite code a
// reviewer types to reach every feature, and an open space to register a made-up child for.
import path from 'path'
import { execFile } from 'child_process'
import { promisify } from 'util'
import { REPO_ROOT } from '../../localcloud/paths'
import { isValidInviteCode } from '../../src/common/spaces/invite-code'
import { callApi, scriptEnv, startTestCloud } from './harness'
import { consentAndChild, ok } from './spaces-fixtures'

test('create-review-factory makes a factory and an open space; its printed code lets a reviewer join and register', async () => {
  const cloud = await startTestCloud()
  try {
    const script = path.join(REPO_ROOT, 'scripts/admin.mjs')
    const run = async (...args: string[]) =>
      (await promisify(execFile)(process.execPath, [script, ...args, '--url', cloud.adminUrl], { cwd: REPO_ROOT, env: scriptEnv(cloud) })).stdout
    const out = await run('create-review-factory')
    const code = out.match(/invite code: (\S+)/)?.[1] ?? ''
    // The unambiguous alphabet and length every invite code has (src/common/spaces/invite-code.ts).
    expect(isValidInviteCode(code)).toBe(true)
    expect(code).toMatch(/^[^01OIL]{8,32}$/)
    expect(out).toContain('审核备注')
    expect(out).toContain(`邀请码 ${code}`)

    // Repeating changes nothing and prints the same code.
    const again = await run('create-review-factory')
    expect(again).toContain('exists')
    expect(again).toContain(`invite code: ${code}`)
    expect(cloud.store.get('factories', 'wechat-review')?.doc.inviteCode).toBe(code)

    // A reviewer joins with the code, sees the open space and the course.
    const reviewer = 'reviewer-1'
    const joined = await callApi(cloud, reviewer, 'factory.join', { inviteCode: code.toLowerCase() })
    if (!joined.ok) throw new Error(JSON.stringify(joined.error))
    const me = await callApi(cloud, reviewer, 'me.get', {})
    expect(me).toMatchObject({ ok: true, data: { memberships: [{ factoryId: 'wechat-review', roles: ['worker'] }] } })
    const spaces = await callApi(cloud, reviewer, 'spaces.list', { factoryId: 'wechat-review' })
    if (!spaces.ok) throw new Error(JSON.stringify(spaces.error))
    expect(JSON.stringify(spaces.data)).toContain('wechat-review-space')
    // ...and registers a made-up child for it (consent first, as in the app).
    const child = (await consentAndChild(cloud, reviewer)) as { id: string }
    const reg = (await ok(cloud, reviewer, 'registrations.create', { spaceId: 'wechat-review-space', childId: child.id })) as { status: string }
    expect(reg.status).toBe('confirmed')
    // The season's retention purge is queued like any season's.
    const jobs = cloud.store
      .docs('jobs')
      .filter((j) => j.kind === 'spaces.retention' && (j.payload as { spaceId?: string }).spaceId === 'wechat-review-space')
    expect(jobs).toHaveLength(1)
  } finally {
    await cloud.close()
  }
})
