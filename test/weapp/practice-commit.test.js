// Taking on the weekly practice at the end of a session (REAL weapp build): today, the next 6
// days and "this week"; a tap opens the reminder popup (from the tap itself) and commits.
const { waitFor } = require('./harness')
const { allByClass, byClass, tap } = require('./dom')
const { tapOption } = require('./learning-fixtures')
const { bootPractice, chinaDay } = require('./practice-fixtures')

test('after the quiz: the practice and its day chips; a day tap asks for the reminder and commits', async () => {
  const { api, page, popups } = bootPractice('packages/learning/pages/quiz/index', { session: 'm1-s01' })
  for (let n = 1; n <= 3; n++) {
    await waitFor(() => byClass(page, 'quiz__count') && byClass(page, 'quiz__count').textContent === `第 ${n} / 3 题`, { what: `question ${n}` })
    tapOption(page, 'a')
    await waitFor(() => byClass(page, 'quiz__next'), { what: `feedback ${n}` })
    tap(page, '.quiz__next')
  }
  await waitFor(() => byClass(page, 'practice-commit'), { what: 'the practice card' })
  expect(byClass(page, 'practice__title').textContent).toBe('试一试')
  expect(byClass(page, 'practice-commit').textContent).toContain('今晚给孩子打个电话。')
  const chips = allByClass(page, 'practice__choice').map((b) => b.textContent)
  expect(chips).toHaveLength(8)
  expect([chips[0], chips[1], chips[7]]).toEqual(['今天', '明天', '这周内都行'])
  await waitFor(() => api.requests.some((r) => r.action === 'messages.templates'), { what: 'templates fetched ahead' })
  page.querySelectorAll('.practice__choice')[1].dispatchEvent('tap')
  await waitFor(() => byClass(page, 'practice-commit__saved'), { what: 'saved' })
  expect(popups).toEqual([['TPL-practice']])
  const commit = api.requests.find((r) => r.action === 'practice.commit')
  expect(commit.payload).toMatchObject({ sessionId: 'm1-s01', scope: 'day', day: chinaDay(1) })
  expect(commit.payload.key).toMatch(/^[A-Za-z0-9_-]{8,64}$/)
  const [, m, d] = chinaDay(1).split('-').map(Number)
  expect(byClass(page, 'practice-commit__saved').textContent).toContain(`${m}月${d}日会在“消息”里提醒您`)
  expect(allByClass(page, 'practice__choice')).toHaveLength(0)
})
