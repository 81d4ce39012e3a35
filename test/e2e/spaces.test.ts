// Summer spaces end to end on the H5 build against the local cloud (real functions):
// a worker consents, adds a child, registers and sees "confirmed"; HR finds the child on the
// roster; staff checks the child in, a wrong pickup PIN is refused, the right one releases.
import type { Page } from 'playwright-core'
import { openAs, until, type E2E, startE2EForFile } from './harness'

let e2e: E2E
let page: Page

const SPACES_TAB = '/#/pages/spaces/index'

/** Taro's H5 Input is a custom element around a real <input>. */
async function type(field: string, value: string): Promise<void> {
  await page.locator(`.sp-input--${field} input`).fill(value)
}

startE2EForFile((e, p) => {
  e2e = e
  page = p
})

test('worker: consent → add a child → register → confirmed', async () => {
  await openAs(page, e2e.cloud.url, 'demo-worker', SPACES_TAB)

  // No child data before consent: "my children" leads to the notice first.
  await page.locator('.spaces-home__entry--children').click()
  await page.getByText('儿童个人信息保护说明').first().waitFor()
  expect(e2e.cloud.store.docs('child_consents').length).toBe(0)

  // Agreeing without confirming guardianship is refused on the spot.
  await page.locator('.consent__agree').click()
  await page.locator('.consent__need-tick').waitFor()
  await page.locator('.consent__guardian').click()
  await page.locator('.consent__agree').click()

  // Back on the children screen, now allowed to add one.
  await page.locator('.children__add').click()
  await page.locator('.child-form__save').waitFor()

  // A tap on save with nothing filled shows what is missing, and sends nothing.
  await page.locator('.child-form__save').click()
  await page.locator('.sp-field__error--givenName', { hasText: '请写孩子的名字' }).waitFor()
  expect(e2e.cloud.store.docs('children').length).toBe(0)

  await type('givenName', '小明')
  await page.locator('.sp-input--birthDate').click()
  // The date wheel starts at a child's age of 8: confirm it.
  await page.locator('.weui-picker__action', { hasText: '确定' }).last().click()
  await page.locator('.sp-choice--mother').click()
  await type('contacts-0-name', '王芳')
  await type('contacts-0-relation', '奶奶')
  await type('contacts-0-phone', '13800000001')
  await type('contacts-1-name', '李强')
  await type('contacts-1-relation', '爸爸')
  await type('contacts-1-phone', '13800000002')
  await type('pickups-0-name', '王芳')
  await type('pickups-0-relation', '奶奶')
  await type('pickups-0-phone', '13800000001')
  await type('pickups-0-pin', '4821')
  await page.locator('.child-form__save').click()

  await page.locator('.children__name', { hasText: '小明' }).waitFor()
  expect(e2e.cloud.store.docs('children').length).toBe(1)
  // The PIN is not stored as typed.
  expect(JSON.stringify(e2e.cloud.store.docs('children'))).not.toContain('4821')

  // Register for the demo space from the Summer tab.
  await page.goto(`${e2e.cloud.url}${SPACES_TAB}`)
  await page.locator('.spaces-home__entry--list').click()
  await page.locator('.space__register').click()
  await page.locator('.space-list__done', { hasText: '报名成功' }).waitFor()
  await page.locator('.space__status--confirmed', { hasText: '已确认' }).waitFor()

  // "My registrations" says the same.
  await page.locator('.space__see').click()
  await page.locator('.registration__status--confirmed', { hasText: '已确认' }).waitFor()
  await page.waitForTimeout(500) // let the page slide-in finish
  await page.screenshot({ path: 'build/test-results/e2e-spaces-worker.png', fullPage: true })
})

test('HR: the child is on the roster of the demo space', async () => {
  await openAs(page, e2e.cloud.url, 'demo-hr', SPACES_TAB)
  await page.locator('.spaces-home__entry--seasons').click()
  await page.locator('.season__name', { hasText: '2026 暑期爱心托管班' }).waitFor()
  await page.locator('.season--open .season__roster').first().click()
  await page.locator('.roster__child', { hasText: '小明' }).waitFor()
  await page.getByText('共1个孩子').waitFor()
  await page.waitForTimeout(500) // let the page slide-in finish
  await page.screenshot({ path: 'build/test-results/e2e-spaces-roster.png', fullPage: true })
})

test('staff: check in; a wrong PIN is refused; the right PIN releases the child', async () => {
  await openAs(page, e2e.cloud.url, 'demo-staff', SPACES_TAB)
  await page.locator('.spaces-home__entry--today').click()
  const child = page.locator('.today-child', { hasText: '小明' })
  await child.waitFor()

  await child.locator('.today-child__check-in').click()
  await child.locator('.today-child__state--checked_in').waitFor()

  await child.locator('.today-child__check-out').click()
  // Nothing chosen yet: say so, release nothing.
  await child.locator('.checkout__submit').click()
  await child.locator('.sp-field__error--pickup', { hasText: '请选择谁来接' }).waitFor()

  await child.locator('.checkout .sp-choice', { hasText: '王芳' }).click()
  await page.locator('.sp-input--pin input').fill('0000')
  await child.locator('.checkout__submit').click()
  const refused = child.locator('.checkout__refused')
  await refused.waitFor()
  await refused.getByText('不能交出孩子').waitFor()
  await refused.getByText('接送码不对').waitFor()
  await refused.locator('.checkout__phone', { hasText: '13800000001' }).waitFor()
  await page.waitForTimeout(500) // let the page slide-in finish
  await page.screenshot({ path: 'build/test-results/e2e-spaces-refused.png', fullPage: true })
  expect(await child.locator('.today-child__state--checked_in').count()).toBe(1)

  await page.locator('.sp-input--pin input').fill('4821')
  await child.locator('.checkout__submit').click()
  await child.locator('.today-child__state--checked_out').waitFor()
  await child.locator('.today-child__done', { hasText: '王芳' }).waitFor()

  await until(() => e2e.cloud.store.docs('attendance').some((a) => a.state === 'checked_out'))
  const records = e2e.cloud.store.docs('attendance') as Array<{ state: string; refusals: unknown[] }>
  expect(records).toHaveLength(1)
  expect(records[0].state).toBe('checked_out')
  expect(records[0].refusals).toHaveLength(1)
})
