// Attendance history on the H5 build against the local cloud (real functions): a child is
// registered (set up through the api), staff check them in, refuse one pickup and release them to
// grandma; HR opens "attendance by day" from the seasons screen and sees both times, who picked
// the child up and the refused pickup, and a second confirmed child who did not come as absent;
// staff reach the same from their today screen; the guardian opens the child's attendance history
// and sees today's entry.
import type { Page } from 'playwright-core'
import { DEMO_SPACE_ID } from '../../localcloud/seed'
import { childInput, consentAndChild, ok } from '../cloud/spaces-fixtures'
import { openAs, type E2E, startE2EForFile } from './harness'

let e2e: E2E
let page: Page

const SPACES_TAB = '/#/pages/spaces/index'
const WORKER = 'demo-worker'
const STAFF = 'demo-staff'

/** 'HH:mm' in China time, as the screens show it. */
const clock = (iso: string): string => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(11, 16)
const chinaToday = (): string => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)

let inAt = ''
let outAt = ''

startE2EForFile((e, p) => {
  e2e = e
  page = p
})
beforeAll(async () => {
  const child = await consentAndChild(e2e.cloud, WORKER, {
    givenName: '小红',
    pickupPeople: [{ name: '王芳', relation: '奶奶', phone: '13800000001', pin: '4821' }]
  })
  await ok(e2e.cloud, WORKER, 'registrations.create', { spaceId: DEMO_SPACE_ID, childId: child.id })
  const checkedIn = await ok(e2e.cloud, STAFF, 'attendance.checkIn', { spaceId: DEMO_SPACE_ID, childId: child.id })
  const refused = await ok(e2e.cloud, STAFF, 'attendance.checkOut', { spaceId: DEMO_SPACE_ID, childId: child.id, unlistedName: '张三' })
  expect(refused.outcome).toBe('refused')
  const released = await ok(e2e.cloud, STAFF, 'attendance.checkOut', {
    spaceId: DEMO_SPACE_ID,
    childId: child.id,
    pickupPersonId: child.pickupPeople[0].id,
    pin: '4821'
  })
  expect(released.outcome).toBe('released')
  inAt = clock(checkedIn.checkInAt)
  outAt = clock(released.record.checkOutAt)
  // a second child with a confirmed place who does not come today
  const absent = await ok(e2e.cloud, WORKER, 'children.create', childInput({ givenName: '小兰' }))
  expect((await ok(e2e.cloud, WORKER, 'registrations.create', { spaceId: DEMO_SPACE_ID, childId: absent.id })).status).toBe('confirmed')
})

test('HR: attendance by day shows the child, both times, who picked up and the refused pickup', async () => {
  await openAs(page, e2e.cloud.url, 'demo-hr', SPACES_TAB)
  await page.locator('.spaces-home__entry--seasons').click()
  await page.locator('.season--open .season__attendance').first().click()

  await page.getByText(`${chinaToday()}，1个孩子签到`).waitFor()
  const card = page.locator('.attendance-day__child', { hasText: '小红' })
  await card.waitFor()
  await card.locator('.sp-attendance__in', { hasText: inAt }).waitFor()
  await card.locator('.sp-attendance__out', { hasText: outAt }).waitFor()
  await card.locator('.sp-attendance__by', { hasText: '王芳（奶奶）' }).waitFor()
  await card.locator('.sp-attendance__refusal', { hasText: '张三' }).waitFor()
  expect(await card.locator('.sp-attendance__refusal').innerText()).toContain('不在接送名单上')
  // the confirmed child who did not come is listed after, marked absent
  await page.locator('.attendance-day__absent', { hasText: '小兰' }).getByText('没来', { exact: true }).waitFor()
  expect(await page.locator('.attendance-day__child', { hasText: '小兰' }).count()).toBe(0)

  // The day before: nobody came (the season starts today), and the screen says so.
  await page.locator('.attendance-day__prev').click()
  await page.getByText('这一天没有孩子签到。').waitFor()
  expect(await page.locator('.attendance-day__child').count()).toBe(0)
  expect(await page.locator('.attendance-day__absent').count()).toBe(0)
  await page.locator('.attendance-day__today').click()
  await page.locator('.attendance-day__child', { hasText: '小红' }).waitFor()
  await page.waitForTimeout(500) // let the page slide-in finish
  await page.screenshot({ path: 'build/test-results/e2e-attendance-day.png', fullPage: true })
})

test("staff: today's screen leads to the same day's attendance", async () => {
  await openAs(page, e2e.cloud.url, STAFF, SPACES_TAB)
  await page.locator('.spaces-home__entry--today').click()
  await page.locator('.today-space__attendance').first().click()
  const card = page.locator('.attendance-day__child', { hasText: '小红' })
  await card.locator('.sp-attendance__by', { hasText: '王芳（奶奶）' }).waitFor()
})

test("guardian: the child's attendance history lists today with the pickup person", async () => {
  await openAs(page, e2e.cloud.url, WORKER, SPACES_TAB)
  await page.locator('.spaces-home__entry--children').click()
  await page.locator('.children__child', { hasText: '小红' }).locator('.children__attendance').click()

  const day = page.locator('.child-attendance__day', { hasText: chinaToday() })
  await day.waitFor()
  await day.getByText('2026 暑期爱心托管班').waitFor()
  await day.locator('.sp-attendance__in', { hasText: inAt }).waitFor()
  await day.locator('.sp-attendance__out', { hasText: outAt }).waitFor()
  await day.locator('.sp-attendance__by', { hasText: '王芳（奶奶）' }).waitFor()
  await day.locator('.sp-attendance__refusal', { hasText: '张三' }).waitFor()
  await page.waitForTimeout(500)
  await page.screenshot({ path: 'build/test-results/e2e-attendance-child.png', fullPage: true })
})

test('guardian: a child with no attendance gets a plain empty state', async () => {
  const second = await ok(e2e.cloud, WORKER, 'children.create', {
    givenName: '小刚',
    birthDate: '2018-04-02',
    relation: 'mother',
    allergies: '',
    medicalNotes: '',
    emergencyContacts: [
      { name: '王芳', relation: '奶奶', phone: '13800000001' },
      { name: '李强', relation: '爸爸', phone: '13800000002' }
    ],
    pickupPeople: [{ name: '王芳', relation: '奶奶', phone: '13800000001', pin: '1357' }]
  })
  expect(second.givenName).toBe('小刚')
  await openAs(page, e2e.cloud.url, WORKER, SPACES_TAB)
  await page.locator('.spaces-home__entry--children').click()
  await page.locator('.children__child', { hasText: '小刚' }).locator('.children__attendance').click()
  await page.locator('.child-attendance__name', { hasText: '小刚' }).waitFor()
  await page.getByText('还没有签到记录。', { exact: false }).waitFor()
  expect(await page.locator('.child-attendance__day').count()).toBe(0)
})
