// The contact/complaint channel: a worker's message reaches HR of their factory (and only that
// factory's HR), a person with no factory still reaches the privacy contact (the collection the
// admin command reads), HR answers once and the answer lands in the worker's inbox; retries are
// idempotent, the daily limit holds under concurrency, bad text changes nothing.
import { execFile } from 'child_process'
import path from 'path'
import { promisify } from 'util'
import { REPO_ROOT } from '../../localcloud/paths'
import type { LocalCloud } from '../../localcloud/server'
import { CONTACT_MAX_PER_DAY } from '../../src/common/privacy/actions'
import { callApi, scriptEnv, startTestCloud } from './harness'
import { FACTORY, HR, OTHER_HR, ok, refused, seedOtherFactory, WORKER } from './spaces-fixtures'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
  seedOtherFactory(cloud)
})
afterAll(async () => {
  await cloud?.close()
})

const stored = () => cloud.store.docs('contact_messages') as any[]

test('a worker writes; a retry is the same message; HR of the factory sees it, other HR cannot', async () => {
  const payload = { topic: 'children', text: '  孩子的信息\u202E什么时候删除？\r\n谢谢 ', requestId: 'contact-req-0001' }
  const sent = await ok(cloud, WORKER, 'contact.send', payload)
  expect(sent).toMatchObject({ topic: 'children', factoryId: FACTORY, status: 'open', reply: null })
  // cleaned by the shared text primitives: trimmed, bidi override gone, CRLF → \n
  expect(sent.text).toBe('孩子的信息什么时候删除？\n谢谢')
  const again = await ok(cloud, WORKER, 'contact.send', payload)
  expect(again.id).toBe(sent.id)
  expect(stored()).toHaveLength(1)

  const list = await ok(cloud, HR, 'contact.list', { factoryId: FACTORY })
  expect(list.messages).toEqual([expect.objectContaining({ id: sent.id, senderName: '李秀英', text: sent.text })])
  expect(JSON.stringify(list)).not.toContain(WORKER) // no openid to HR
  expect(await refused(cloud, OTHER_HR, 'contact.list', { factoryId: FACTORY })).toBe('FORBIDDEN')
  expect(await refused(cloud, WORKER, 'contact.list', { factoryId: FACTORY })).toBe('FORBIDDEN')
  expect(await refused(cloud, OTHER_HR, 'contact.reply', { messageId: sent.id, text: '不关我事' })).toBe('NOT_FOUND')
})

test('HR answers once; the answer is in the worker inbox and on their contact screen', async () => {
  const [m] = (await ok(cloud, HR, 'contact.list', { factoryId: FACTORY, status: 'open' })).messages
  const answered = await ok(cloud, HR, 'contact.reply', { messageId: m.id, text: '托管结束90天后删除。' })
  expect(answered).toMatchObject({ status: 'answered', reply: { text: '托管结束90天后删除。' } })
  // the same answer again is a no-op; a different one is refused
  await ok(cloud, HR, 'contact.reply', { messageId: m.id, text: '托管结束90天后删除。' })
  expect(await refused(cloud, HR, 'contact.reply', { messageId: m.id, text: '改主意了' })).toBe('CONTACT_ALREADY_ANSWERED')
  const inbox = await ok(cloud, WORKER, 'notifications.list', {})
  const replies = inbox.items.filter((n: any) => n.kind === 'contact_reply')
  expect(replies).toEqual([expect.objectContaining({ params: { contactId: m.id, replyText: '托管结束90天后删除。' }, readAt: null })])
  expect((await ok(cloud, WORKER, 'contact.mine', {})).messages[0]).toMatchObject({ status: 'answered', reply: { text: '托管结束90天后删除。' } })
  expect((await ok(cloud, HR, 'contact.list', { factoryId: FACTORY, status: 'open' })).messages).toHaveLength(0)
})

test('someone with no factory still reaches the privacy contact (stored with no factory, no HR sees it)', async () => {
  const sent = await ok(cloud, 'loner', 'contact.send', { topic: 'privacy', text: '请删除我的全部信息。', requestId: 'contact-loner-01' })
  expect(sent.factoryId).toBeNull()
  expect(stored().find((d) => d._id === sent.id)).toMatchObject({ openid: 'loner', factoryId: null, status: 'open' })
  expect((await ok(cloud, HR, 'contact.list', { factoryId: FACTORY })).messages.map((m: any) => m.id)).not.toContain(sent.id)
})

test('the privacy contact reads every message with the admin command, open ones with --open', async () => {
  const script = path.join(REPO_ROOT, 'scripts/admin.mjs')
  const run = (...args: string[]) => promisify(execFile)(process.execPath, [script, 'contact-messages', ...args, '--url', cloud.adminUrl], { cwd: REPO_ROOT, env: scriptEnv(cloud) })
  const all = (await run()).stdout
  expect(all).toContain('factory=demo-factory from=demo-worker [children]')
  expect(all).toContain('answer: 托管结束90天后删除。')
  expect(all).toContain('factory=- from=loner [privacy] 请删除我的全部信息。')
  const open = (await run('--open')).stdout
  expect(open).not.toContain('demo-worker')
  expect(open).toContain('1 message(s) waiting for an answer')
})

test('the text goes through the content check: risky is refused with nothing stored, review is stored and marked for HR', async () => {
  const before = stored().length
  expect(await refused(cloud, WORKER, 'contact.send', { topic: 'other', text: '这里有违禁词的留言', requestId: 'contact-risky-1' })).toBe('CONTENT_RISKY')
  expect(stored()).toHaveLength(before)
  const flagged = await ok(cloud, WORKER, 'contact.send', { topic: 'other', text: '这里有待审词的留言', requestId: 'contact-review-1' })
  const seen = (await ok(cloud, HR, 'contact.list', { factoryId: FACTORY })).messages.find((m: any) => m.id === flagged.id)
  expect(seen).toMatchObject({ moderation: 'review', text: '这里有待审词的留言' })
  // HR's answer is checked too: a risky answer is refused and the message stays open
  expect(await refused(cloud, HR, 'contact.reply', { messageId: flagged.id, text: '回复里有违禁词' })).toBe('CONTENT_RISKY')
  expect(stored().find((d) => d._id === flagged.id)).toMatchObject({ status: 'open', reply: null })
})

test('bad input is a typed error and stores nothing', async () => {
  const before = stored().length
  const short = await callApi(cloud, WORKER, 'contact.send', { topic: 'other', text: '  hi ', requestId: 'contact-short-1' })
  expect(short).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
  const broken = await callApi(cloud, WORKER, 'contact.send', { topic: 'other', text: 'abc\uD800defgh', requestId: 'contact-broken1' })
  expect(broken).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
  const topic = await callApi(cloud, WORKER, 'contact.send', { topic: 'child:c-1', text: '这是一条留言', requestId: 'contact-topic-1' })
  expect(topic).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
  expect(stored()).toHaveLength(before)
})

test(`at most ${CONTACT_MAX_PER_DAY} messages a day per person, even when sent all at once`, async () => {
  const tries = 12
  const results = await Promise.all(
    Array.from({ length: tries }, (_v, i) => callApi(cloud, 'spammer', 'contact.send', { topic: 'other', text: `第${i}条留言内容`, requestId: `spam-request-${i}` }))
  )
  const accepted = results.filter((r) => r.ok)
  expect(accepted).toHaveLength(CONTACT_MAX_PER_DAY)
  expect(results.filter((r) => !r.ok).every((r: any) => r.error.code === 'CONTACT_RATE_LIMITED')).toBe(true)
  expect(results.find((r) => !r.ok)).toMatchObject({ error: { message: expect.stringContaining('明天') } })
  expect(stored().filter((d) => d.openid === 'spammer')).toHaveLength(CONTACT_MAX_PER_DAY)
  // once over the limit, a further message is refused without asking the content check
  const checks = cloud.secCheck.list().length
  expect(await refused(cloud, 'spammer', 'contact.send', { topic: 'other', text: '再来一条留言内容', requestId: 'spam-request-late' })).toBe('CONTACT_RATE_LIMITED')
  expect(cloud.secCheck.list().length).toBe(checks)
})
