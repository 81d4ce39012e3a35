// A shared tip is read with no sign-in at all (issue 13): on H5 the dev identity stands in for
// the WeChat identity a mini program user always has, and the shared page must not ask for it.
// Reading sends no identity and makes no user record; "start the course" leads to the sign-in;
// once there is an identity (no factory), the course starts and session 1 with its quiz is passed.
import type { Page } from 'playwright-core'
import { builtCourse, passSession } from './course-flow'
import { until, type E2E, startE2EForFile, visible } from './harness'

const course = builtCourse()
const [s1] = course.sessions
const tip = course.tips[3]
const SHARED = `/#/packages/learning/pages/shared/index?tip=${tip.id}`

let e2e: E2E
let page: Page
const shown = (selector: string) => visible(page, selector)
const calls: { action: string; identity: string | undefined }[] = []

startE2EForFile((e, p) => {
  e2e = e
  page = p
})
beforeAll(async () => {
  page.on('request', (r) => {
    if (!r.url().includes('/__cloud/call')) return
    const body = JSON.parse(r.postData() ?? '{}') as { data?: { action?: string } }
    calls.push({ action: String(body.data?.action), identity: r.headers()['x-dev-openid'] })
  })
})

test('a shared tip opens and reads with no sign-in; the course starts once there is an identity, and session 1 is passed without a factory', async () => {
  const users = e2e.cloud.store.docs('users').length
  await page.goto(`${e2e.cloud.url}${SHARED}`)
  await shown('.shared-tip__title').filter({ hasText: tip.title['zh-CN'] }).waitFor({ timeout: 20_000 })
  expect(await shown('.shared-tip__body').innerText()).toContain(tip.body['zh-CN'].slice(0, 10))
  expect(await page.locator('.dev-sign-in >> visible=true').count()).toBe(0)
  expect(await page.evaluate(() => window.localStorage.getItem('fb.dev.openid'))).toBeNull()
  expect(calls).toContainEqual({ action: 'learning.tip.get', identity: undefined })
  expect(calls.filter((c) => c.identity !== undefined)).toEqual([])
  expect(e2e.cloud.store.docs('users')).toHaveLength(users) // reading leaves no trace of the reader
  await page.screenshot({ path: 'build/test-results/e2e-shared-tip-no-sign-in.png' })

  // The course is personal (progress, quiz): without an identity the Learn tab asks for one.
  await shown('.shared-tip__start-button').click()
  await shown('.dev-sign-in').waitFor()

  // WeChat would have the identity already; here the dev sign-in's newcomer (a fresh identity, no factory)
  await shown('.dev-sign-in__identity--newcomer').click()
  const NEWCOMER = (await page.evaluate(() => window.localStorage.getItem('fb.dev.openid'))) ?? ''
  expect(NEWCOMER).toMatch(/^newcomer-[a-z0-9]+$/)
  // signed in, the dev screen goes to 我的, as for every identity; the course is on 学习
  await page.locator('.weui-tabbar__label', { hasText: /^学习$/ }).click()
  await shown('.learn__continue').click()
  await passSession(page, s1)
  await until(() => e2e.cloud.store.docs('learning_quiz_results').some((d) => d.openid === NEWCOMER))
  const [result] = e2e.cloud.store.docs('learning_quiz_results').filter((d) => d.openid === NEWCOMER)
  expect(result).toMatchObject({ sessionId: s1.id, passed: true, score: s1.quiz.length, factoryId: null })
  expect(e2e.cloud.store.get('learning_progress', `${NEWCOMER}:${s1.id}`)?.doc).toMatchObject({ passed: true, factoryId: null })
  expect(e2e.cloud.store.get('users', NEWCOMER)!.doc).toMatchObject({ roles: [] })
})

test('a shared lesson card opens with no sign-in too, and sharing it on names the same card', async () => {
  const fresh = await e2e.newPage()
  const card = (course.sessions[0] as unknown as { cards: { title: Record<string, string> }[] }).cards[2]
  await fresh.goto(`${e2e.cloud.url}/#/packages/learning/pages/shared/index?session=${s1.id}&card=2`)
  await fresh.locator('.shared-tip__title >> visible=true').filter({ hasText: card.title['zh-CN'] }).waitFor({ timeout: 20_000 })
  expect(await fresh.locator('.shared-tip__kicker >> visible=true').innerText()).toContain('家里人发给您的课程卡片')
  expect(await fresh.locator('.dev-sign-in >> visible=true').count()).toBe(0)
  const [download] = await Promise.all([fresh.waitForEvent('download'), fresh.locator('.share-picture__save >> visible=true').click()])
  expect(download.suggestedFilename()).toBe(`${s1.id}-3.png`)
  await fresh.close()
})
