// Content security seen by HR on the H5 build against the local cloud (real functions, emulated
// msgSecCheck with the default word lists): a notice with a blocked word is refused with the
// message in Chinese and nothing is sent; one with a review word is sent and the HR list marks it.
import type { Page } from 'playwright-core'
import { DEFAULT_WORDS } from '../../localcloud/openapi/sec-check'
import { until, type E2E, startE2EForFile, visible } from './harness'

let e2e: E2E
let page: Page

const NOTICES = '/#/packages/hr/pages/notices/index'
const shown = (selector: string) => visible(page, selector)

startE2EForFile((e, p) => {
  e2e = e
  page = p
})
beforeAll(async () => {
  await page.goto(`${e2e.cloud.url}/`)
  await page.evaluate(() => window.localStorage.setItem('fb.dev.openid', 'demo-hr'))
})

test('a blocked word is refused in Chinese and nothing is sent; a review word is sent and marked in the list', async () => {
  await page.goto(`${e2e.cloud.url}${NOTICES}`)
  await page.reload()
  await shown('.hr-notices__compose').click()
  await shown('.sp-input--title input').fill('周五停电')
  await shown('.sp-input--body textarea').fill(`宿舍${DEFAULT_WORDS.blocked[0]}检查`)
  await shown('.notice-compose__recipients').filter({ hasText: /会发给 \d+ 人/ }).waitFor()
  await shown('.notice-compose__send').click()
  await shown('.sp-alert').filter({ hasText: '不适合发布' }).waitFor()
  expect(e2e.cloud.store.docs('notices')).toHaveLength(0)
  expect(e2e.cloud.outbox.list()).toHaveLength(0)

  await shown('.sp-input--body textarea').fill(`宿舍检查，${DEFAULT_WORDS.review[0]}请找人事`)
  await shown('.notice-compose__send').click()
  await until(() => e2e.cloud.store.docs('notices').length === 1)
  await shown('.report__title').filter({ hasText: '周五停电' }).waitFor()

  await page.goto(`${e2e.cloud.url}${NOTICES}`)
  await shown('.hr-notice').filter({ hasText: '周五停电' }).locator('.hr-notice__moderation').filter({ hasText: '文字待复核' }).waitFor()
  await page.screenshot({ path: 'build/test-results/e2e-notice-moderation.png', fullPage: true })
})
