// `npm run admin -- <command> [options]`: operator commands that no app user
// may run, against a CloudBase environment or a local cloud.
//
//   create-factory --factory <id> [--invite <CODE>] --name-zh <名称> --name-en <name>   (no --invite: a random code)
//   grant-hr       --factory <id> --openid <OPENID> [--name <display name>]
//   create-program --program <id> --name-zh <名称> --name-en <name> [--factory <id>]...
//                  (an NGO or brand program; --factory adds existing factories to it)
//   grant-program-officer --program <id> --openid <OPENID> [--name <display name>]
//                  (a program officer sees the program's dashboards: aggregates only)
//   contact-messages [--open] [--since YYYY-MM-DD]   messages of the in-app contact form, for the
//                  deployment's privacy contact (all factories, and people with no factory)
//   create-review-factory [--factory <id>]   a demo factory for WeChat's reviewers (审核): a random
//                  invite code and an open summer space; prints the text for 审核备注. Safe to repeat
//                  (prints the existing code).
//
// The first HR officer of a factory is created with `grant-hr`; after that, HR
// grants and revokes staff/HR roles in the app (factory.grantRole / revokeRole).
// Target:
//   TENCENTCLOUD_SECRETID=… TENCENTCLOUD_SECRETKEY=… … --url http://127.0.0.1:<port>/admin
//                                              a local cloud, with the key pair it printed at start
//   TCB_ENV=<env id> TENCENTCLOUD_SECRETID=… TENCENTCLOUD_SECRETKEY=…   a real environment
import { parseArgs } from 'util'
import { randomInt } from 'crypto'
import { createRequire } from 'module'
import { operatorDb, rel } from './lib.mjs'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string' },
    env: { type: 'string', default: process.env.TCB_ENV },
    factory: { type: 'string', multiple: true },
    program: { type: 'string' },
    openid: { type: 'string' },
    name: { type: 'string' },
    invite: { type: 'string' },
    'name-zh': { type: 'string' },
    'name-en': { type: 'string' },
    open: { type: 'boolean', default: false },
    since: { type: 'string' }
  }
})
const [command] = positionals
const usage = () => {
  console.error('usage: npm run admin -- create-factory --factory <id> [--invite <CODE>] --name-zh <名称> --name-en <name> [--url <local admin url>]')
  console.error('       npm run admin -- grant-hr --factory <id> --openid <OPENID> [--name <display name>] [--url <local admin url>]')
  console.error('       npm run admin -- create-program --program <id> --name-zh <名称> --name-en <name> [--factory <id>]... [--url <local admin url>]')
  console.error('       npm run admin -- grant-program-officer --program <id> --openid <OPENID> [--name <display name>] [--url <local admin url>]')
  console.error('       npm run admin -- contact-messages [--open] [--since YYYY-MM-DD] [--url <local admin url>]')
  console.error('       npm run admin -- create-review-factory [--factory <id>] [--url <local admin url>]')
  process.exit(2)
}
if (!['create-factory', 'grant-hr', 'create-program', 'grant-program-officer', 'contact-messages', 'create-review-factory'].includes(command)) usage()
const ID = /^[A-Za-z0-9_-]{1,64}$/

const db = await operatorDb(values, 'admin')
const { generateInviteCode, isValidInviteCode, INVITE_CODE_ALPHABET } = createRequire(import.meta.url)(rel('build/localcloud/index.js'))
const _ = db.command

async function one(coll, id) {
  const { data } = await db.collection(coll).where({ _id: id }).limit(1).get()
  return data[0] ?? null
}

if (command === 'create-factory') {
  const factory = values.factory?.[0]
  const { invite } = values
  if (!factory || !values['name-zh'] || !values['name-en']) usage()
  // A given code must be as hard to guess as a generated one (src/common/spaces/invite-code.ts).
  const code = invite ? invite.trim().toUpperCase() : generateInviteCode(randomInt)
  if (!isValidInviteCode(code)) {
    console.error(`invite code: 8-32 characters of ${INVITE_CODE_ALPHABET} (no 0/O/1/I/L); leave --invite out to get a random one`)
    process.exit(2)
  }
  if (await one('factories', factory)) {
    console.log(`factory ${factory} exists; nothing changed`)
  } else {
    await db.collection('factories').add({ _id: factory, name: { 'zh-CN': values['name-zh'], en: values['name-en'] }, inviteCode: code, createdAt: new Date() })
    console.log(`created factory ${factory} (invite code ${code})`)
  }
} else if (command === 'create-review-factory') {
  const factory = values.factory?.[0] ?? 'wechat-review'
  if (!ID.test(factory)) usage()
  const spaceId = `${factory}-space`
  let record = await one('factories', factory)
  if (!record) {
    record = { _id: factory, name: { 'zh-CN': '微信审核演示工厂', en: 'WeChat review demo factory' }, inviteCode: generateInviteCode(randomInt), createdAt: new Date() }
    await db.collection('factories').add(record)
    console.log(`created factory ${factory}`)
  } else {
    console.log(`factory ${factory} exists; its invite code is unchanged`)
  }
  if (!(await one('spaces', spaceId))) {
    // An open season a reviewer can register a (made-up) child for: registration open now, the
    // season a few days ahead for six weeks. Its retention job is queued as spaces.create would.
    const now = new Date()
    const chinaDay = (days) => new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10)
    const retentionDays = Number(process.env.SPACES_RETENTION_DAYS) || 90
    const space = {
      _id: spaceId, factoryId: factory, name: '审核演示托管班', location: '演示工厂活动室',
      startDate: chinaDay(3), endDate: chinaDay(44), dailyHours: { start: '08:00', end: '18:00' },
      capacity: 30, minAge: 3, maxAge: 14, registrationOpens: chinaDay(-1), registrationCloses: chinaDay(30),
      requiresApproval: false, notesForParents: '这是为微信审核准备的演示托管班，报名时可以填写虚构的孩子信息。',
      status: 'open', taken: 0, waiting: 0, seq: 0, staffOpenids: [], retentionDays, createdBy: 'operator',
      createdAt: now, updatedAt: now
    }
    await db.collection('spaces').add(space)
    // end date + retention + 1 day, at 00:00 China time (server/spaces/retention.ts)
    const runAt = new Date(Date.parse(`${space.endDate}T00:00:00Z`) + (retentionDays + 1) * 86_400_000 - 8 * 3600_000)
    const key = `spaces.retention:${spaceId}:${runAt.getTime()}`
    await db.collection('jobs').add({ _id: `review-retention-${spaceId}`, key, kind: 'spaces.retention', status: 'pending', runAt, attempts: 0, payload: { spaceId }, createdAt: now })
    console.log(`created space ${spaceId} (${space.startDate} – ${space.endDate}, registration open)`)
  }
  console.log(`invite code: ${record.inviteCode}`)
  console.log('\n审核备注 (paste into the review notes when submitting for review):')
  console.log(
    `请先在“暑期托管”页加入工厂：输入邀请码 ${record.inviteCode}，加入“${record.name['zh-CN']}”。` +
      `加入后可体验家长课堂（学习、测验、证书）、亲子沟通提醒、暑期托管报名（可填写虚构的孩子信息，需先阅读并同意儿童个人信息保护说明）、收件箱和“联系我们”。` +
      `人事和托管点工作人员的功能由运营方在后台授权，不对普通用户开放。`
  )
} else if (command === 'create-program') {
  const { program } = values
  const factories = values.factory ?? []
  if (!program || !ID.test(program) || !values['name-zh'] || !values['name-en']) usage()
  for (const f of factories) {
    if (!(await one('factories', f))) {
      console.error(`no factory ${f}: create it first (create-factory)`)
      process.exit(1)
    }
  }
  if (!(await one('programs', program))) {
    await db.collection('programs').add({ _id: program, name: { 'zh-CN': values['name-zh'], en: values['name-en'] }, factoryIds: factories, officerOpenids: [], createdAt: new Date() })
    console.log(`created program ${program}`)
  } else if (factories.length) {
    await db.collection('programs').doc(program).update({ factoryIds: _.addToSet({ each: factories }) })
  }
  const after = await one('programs', program)
  console.log(`program ${program} factories: ${after.factoryIds.join(', ') || '(none yet)'}`)
} else if (command === 'grant-program-officer') {
  const { program, openid } = values
  if (!program || !openid || !ID.test(openid)) usage()
  if (!(await one('programs', program))) {
    console.error(`no program ${program}: create it first (create-program)`)
    process.exit(1)
  }
  // The programs collection is the authority.
  await db.collection('programs').doc(program).update({ officerOpenids: _.addToSet(openid) })
  // The user record learns it too, so the app shows the way in (me.get) without another read.
  const now = new Date()
  if (!(await one('users', openid))) {
    await db.collection('users').add({ _id: openid, displayName: values.name ?? '', language: 'zh-CN', roles: [], programIds: [program], createdAt: now, updatedAt: now })
  } else {
    await db.collection('users').doc(openid).update({ programIds: _.addToSet(program), updatedAt: now, ...(values.name ? { displayName: values.name } : {}) })
  }
  const after = await one('programs', program)
  console.log(`program ${program} officers: ${after.officerOpenids.length}`)
} else if (command === 'contact-messages') {
  // One line per message, oldest first: when, id, status, factory (or "-" for none), topic, text
  // (and HR's answer). The sender's openid is printed so the operator can act on a request.
  const where = { ...(values.open ? { status: 'open' } : {}), ...(values.since ? { createdAt: _.gte(new Date(`${values.since}T00:00:00+08:00`)) } : {}) }
  let shown = 0
  for (let skip = 0; ; skip += 100) {
    const { data } = await db.collection('contact_messages').where(where).orderBy('createdAt', 'asc').skip(skip).limit(100).get()
    for (const m of data) {
      const one = (t) => String(t).replace(/\s+/g, ' ')
      console.log(`${new Date(m.createdAt).toISOString()} ${m._id} ${m.status} factory=${m.factoryId ?? '-'} from=${m.openid} [${m.topic}] ${one(m.text)}${m.reply ? ` | answer: ${one(m.reply.text)}` : ''}`)
      shown++
    }
    if (data.length < 100) break
  }
  console.log(`${shown} message(s)${values.open ? ' waiting for an answer' : ''}`)
} else {
  const factory = values.factory?.[0]
  const { openid } = values
  if (!factory || !openid) usage()
  if (!(await one('factories', factory))) {
    console.error(`no factory ${factory}: create it first (create-factory)`)
    process.exit(1)
  }
  const now = new Date()
  const user = await one('users', openid)
  if (!user) {
    // The person has not opened the app yet: their record is created now, as the app would.
    await db.collection('users').add({ _id: openid, displayName: values.name ?? '', language: 'zh-CN', roles: [{ factoryId: factory, role: 'hr' }], createdAt: now, updatedAt: now })
  } else if (!user.roles.some((r) => r.factoryId === factory && r.role === 'hr')) {
    await db.collection('users').doc(openid).update({ roles: _.addToSet({ factoryId: factory, role: 'hr' }), updatedAt: now, ...(values.name ? { displayName: values.name } : {}) })
  }
  // The factory's HR list guards "never the last HR" (server/spaces/factory.ts); a list not made yet is built from roles later.
  await db.collection('factories').where({ _id: factory, hrOpenids: _.exists(true) }).update({ hrOpenids: _.addToSet(openid) })
  const after = await one('users', openid)
  console.log(`${openid} roles: ${after.roles.map((r) => `${r.role}@${r.factoryId}`).join(', ')}`)
}
