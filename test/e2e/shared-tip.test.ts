// Issue 13's done-when: someone with no factory (a grandparent a worker sent a tip to) opens the
// shared tip, reads it, saves it as a picture, starts the course and finishes session 1 with its
// quiz; what they did is stored, for nobody's factory.
import fs from 'fs'
import type { Page } from 'playwright-core'
import { builtCourse, passSession } from './course-flow'
import { openAs, until, type E2E, startE2EForFile, visible } from './harness'

const course = builtCourse()
const [s1] = course.sessions
const tip = course.tips[0]
const GRANDMA = 'grandma-shared'

let e2e: E2E
let page: Page
const shown = (selector: string) => visible(page, selector)

startE2EForFile((e, p) => {
  e2e = e
  page = p
})

test('a shared tip → read it, save it as a picture → start the course → session 1 and its quiz, without a factory', async () => {
  await openAs(page, e2e.cloud.url, GRANDMA, `/#/packages/learning/pages/shared/index?tip=${tip.id}`)
  await shown('.shared-tip__title').filter({ hasText: tip.title['zh-CN'] }).waitFor({ timeout: 20_000 })
  expect(await shown('.shared-tip__kicker').innerText()).toContain('家里人发给您的小提示')

  // the picture: a PNG drawn in the browser, large enough to be the tip in big text
  const [download] = await Promise.all([page.waitForEvent('download'), shown('.share-picture__save').click()])
  expect(download.suggestedFilename()).toBe(`${tip.id}.png`)
  const file = await download.path()
  const png = fs.readFileSync(file!)
  fs.mkdirSync('build/test-results', { recursive: true })
  fs.copyFileSync(file!, 'build/test-results/e2e-shared-tip-picture.png') // to look at
  expect(png.subarray(1, 4).toString()).toBe('PNG')
  expect(png.readUInt32BE(16)).toBe(750) // width from the IHDR chunk
  expect(png.readUInt32BE(20)).toBeGreaterThan(400)

  await shown('.shared-tip__start-button').click()
  // a lesson card can be saved as a picture too
  await shown('.lesson__count').filter({ hasText: `第 1 / ${s1.cards.length} 张` }).waitFor()
  const [cardPicture] = await Promise.all([page.waitForEvent('download'), shown('.card-share .share-picture__save').click()])
  expect(cardPicture.suggestedFilename()).toBe(`${s1.id}-1.png`)
  await passSession(page, s1)
  await until(() => e2e.cloud.store.docs('learning_quiz_results').some((d) => d.openid === GRANDMA))
  const [result] = e2e.cloud.store.docs('learning_quiz_results').filter((d) => d.openid === GRANDMA)
  expect(result).toMatchObject({ sessionId: s1.id, passed: true, factoryId: null })
  expect(e2e.cloud.store.get('users', GRANDMA)!.doc).toMatchObject({ roles: [] })
})
