// Children's privacy end to end on the H5 build against the local cloud (real functions): a worker
// reads the notice (person in charge from the api function's configuration), taps 不同意 — nothing is
// stored, the Summer tab still works and offers the notice again; then writes to us from About &
// privacy, HR answers on 员工留言 and the answer arrives in the worker's inbox.
import type { Page } from 'playwright-core'
import { openAs, type E2E, startE2EForFile, visible } from './harness'

let e2e: E2E
let page: Page

const SPACES_TAB = '/#/pages/spaces/index'
const ME_TAB = '/#/pages/me/index'
const QUESTION = '孩子的信息会保存多久？托管结束后会删除吗？'
const ANSWER = '托管结束90天后删除，删除前14天会在消息里告诉您。'

const shown = (selector: string) => visible(page, selector)

startE2EForFile((e, p) => {
  e2e = e
  page = p
})

test('不同意: nothing stored, the Summer tab keeps working and offers the notice again', async () => {
  await openAs(page, e2e.cloud.url, 'demo-worker', SPACES_TAB)
  await shown('.spaces-home__entry--children').click()
  await shown('.consent__section--officer').filter({ hasText: '王丽（演示）' }).waitFor()
  await shown('.consent__section--where').filter({ hasText: '上海' }).waitFor()
  await shown('.consent__refuse').click()
  await shown('.consent__refused').filter({ hasText: '其他功能都照常使用' }).waitFor()
  expect(e2e.cloud.store.docs('child_consents')).toHaveLength(0)
  expect(e2e.cloud.store.docs('children')).toHaveLength(0)

  await shown('.consent__leave').click()
  await shown('.spaces-home__entry--list').click()
  // the list of seasons is there, and so is the way back to the notice
  await shown('.space-list__to-consent').click()
  await shown('.consent__agree').waitFor()
  expect(e2e.cloud.store.docs('child_consents')).toHaveLength(0)
})

test('联系我们 reaches HR, whose answer arrives in the worker inbox', async () => {
  await openAs(page, e2e.cloud.url, 'demo-worker', ME_TAB)
  await shown('.me__about-link').click()
  await shown('.about__officer-text').filter({ hasText: '王丽（演示）' }).waitFor()
  await shown('.about__contact-open').click()
  await shown('.sp-choice--children').click()
  await shown('.sp-input--text textarea').fill(QUESTION)
  await shown('.contact__send').click()
  await shown('.contact__done').waitFor()
  expect(e2e.cloud.store.docs('contact_messages')).toEqual([expect.objectContaining({ openid: 'demo-worker', factoryId: 'demo-factory', topic: 'children', text: QUESTION })])

  await openAs(page, e2e.cloud.url, 'demo-hr', SPACES_TAB)
  await shown('.spaces-home__entry--contact').click()
  await shown('.hr-contact__text').filter({ hasText: QUESTION }).waitFor()
  await shown('.sp-input--reply textarea').fill(ANSWER)
  await shown('.hr-contact__send').click()
  await shown('.hr-contact__reply').filter({ hasText: ANSWER }).waitFor()

  await openAs(page, e2e.cloud.url, 'demo-worker', ME_TAB)
  await shown('.inbox-entry').click()
  await shown('.inbox-item--contact_reply').filter({ hasText: ANSWER }).waitFor()
})
