// HR broadcasts end to end on the H5 build against the local cloud (real functions):
// HR writes a notice to the families of the demo space, sees who it reaches and sends it; the
// worker registered there sees the unread badge on 我的, opens the notice and confirms it;
// HR's report then shows 1 read.
import type { Page } from 'playwright-core'
import { consentAndChild, ok } from '../cloud/spaces-fixtures'
import { openAs, until, type E2E, startE2EForFile, visible } from './harness'

let e2e: E2E
let page: Page

const SPACES_TAB = '/#/pages/spaces/index'
const ME_TAB = '/#/pages/me/index'
const TITLE = '明天高温，下午户外活动取消'
const BODY = '明天最高38度。托管班下午不去户外，请给孩子多带一瓶水。'

const shown = (selector: string) => visible(page, selector)

startE2EForFile((e, p) => {
  e2e = e
  page = p
})
beforeAll(async () => {
  // The demo worker has a child registered (confirmed) in the seeded demo space.
  const child = await consentAndChild(e2e.cloud, 'demo-worker')
  const reg = await ok(e2e.cloud, 'demo-worker', 'registrations.create', { spaceId: 'demo-space', childId: child.id })
  expect(reg.status).toBe('confirmed')
  // The worker has already read the "registration confirmed" message: only the notice will be new.
  await ok(e2e.cloud, 'demo-worker', 'notifications.markRead', { all: true })
})

test('HR sends a notice to the confirmed families of the demo space', async () => {
  await openAs(page, e2e.cloud.url, 'demo-hr', SPACES_TAB)
  await shown('.spaces-home__entry--notices').click()
  await shown('.hr-notices__compose').click()

  // Sending with nothing written says what is missing and sends nothing.
  await shown('.notice-compose__send').click()
  await shown('.sp-field__error--title').waitFor()
  expect(e2e.cloud.store.docs('notices')).toHaveLength(0)

  await shown('.sp-input--title input').fill(TITLE)
  await shown('.sp-input--body textarea').fill(BODY)
  // All workers of the factory first: the count is shown before sending.
  await shown('.notice-compose__recipients').filter({ hasText: /会发给 \d+ 人/ }).waitFor()
  await shown('.sp-field--audience .sp-choice--space_families').click()
  await shown('.sp-field--audienceSpace .sp-choice--demo-space').click()
  // "confirmed" is picked by default; the demo worker is the one confirmed family.
  await shown('.notice-compose__recipients').filter({ hasText: '会发给 1 人' }).waitFor()
  await page.screenshot({ path: 'build/test-results/e2e-notice-compose.png', fullPage: true })
  await shown('.notice-compose__send').click()

  // The report: one recipient, nobody has read it yet.
  await shown('.report__title').filter({ hasText: TITLE }).waitFor()
  await until(() => e2e.cloud.store.docs('notices').length === 1)
  // A large fan-out would continue in the timer-triggered scheduler: run it as the trigger would.
  await e2e.cloud.invoke('scheduler', { Type: 'Timer' }, { source: 'wx_trigger', timer: { name: 't' } })
  await shown('.report__refresh').click()
  await shown('.report__status--sent').waitFor()
  await shown('.report__stat--recipients .report__stat-value').filter({ hasText: /^1$/ }).waitFor()
  await shown('.report__stat--read .report__stat-value').filter({ hasText: /^0$/ }).waitFor()
  await shown('.report__person').filter({ hasText: '李秀英' }).waitFor()
})

test('the worker sees the badge on 我的, opens the notice and confirms it', async () => {
  await openAs(page, e2e.cloud.url, 'demo-worker', ME_TAB)
  // The unread badge on the 我的 tab and on the inbox entry.
  await shown('.taro-tabbar-badge').filter({ hasText: /^1$/ }).waitFor()
  await shown('.inbox-entry__count').filter({ hasText: /^1$/ }).waitFor()

  await shown('.inbox-entry').click()
  const item = shown('.inbox-item--notice')
  await item.filter({ hasText: TITLE }).waitFor()
  await item.locator('.inbox-item__new').waitFor()
  await item.locator('.inbox-item__open').click()

  await shown('.notice__title').filter({ hasText: TITLE }).waitFor()
  await shown('.notice__body').filter({ hasText: '多带一瓶水' }).waitFor()
  await shown('.notice__confirm').click()
  await shown('.notice__confirmed').filter({ hasText: '您已确认看过' }).waitFor()
  // No WeChat popup exists on H5: nothing to offer, nothing recorded.
  expect(await shown('.notice__subscribe-ask').count()).toBe(0)
  expect(e2e.cloud.store.docs('subscribe_reports')).toHaveLength(0)
  await page.screenshot({ path: 'build/test-results/e2e-notice-confirmed.png', fullPage: true })

  // Back on 我的 the badge is gone.
  await page.goto(`${e2e.cloud.url}${ME_TAB}`)
  await shown('.inbox-entry').filter({ hasText: '没有新消息' }).waitFor()
  expect(await shown('.taro-tabbar-badge').count()).toBe(0)
})

test("HR's report shows 1 read and nobody left to remind", async () => {
  const id = (e2e.cloud.store.docs('notices')[0] as { _id: string })._id
  await openAs(page, e2e.cloud.url, 'demo-hr', `/#/packages/hr/pages/notice-report/index?id=${encodeURIComponent(id)}`)
  await shown('.report__title').filter({ hasText: TITLE }).waitFor()
  await shown('.report__stat--read .report__stat-value').filter({ hasText: /^1$/ }).waitFor()
  await shown('.report__stat--unread .report__stat-value').filter({ hasText: /^0$/ }).waitFor()
  await shown('.report__unread').filter({ hasText: '大家都看过了' }).waitFor()
  expect(await shown('.report__remind').count()).toBe(0)
  await page.screenshot({ path: 'build/test-results/e2e-notice-report.png', fullPage: true })
})
