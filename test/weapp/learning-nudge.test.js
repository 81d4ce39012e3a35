// After a passed quiz (REAL weapp build): "提醒我下周继续学" opens WeChat's subscribe popup for
// the lesson-nudge template, only from the tap, and the answer is reported to the server.
// A failed quiz does not offer it.
const { bootApp, waitFor } = require('./harness')
const { byClass, textOf, tap } = require('./dom')
const { fakeLearningApi, tapOption } = require('./learning-fixtures')

const SUBSCRIPTION = {
  templates: [
    { kind: 'lesson_nudge', templateId: 'TPL-lesson-nudge', credit: 0 },
    { kind: 'notice', templateId: 'TPL-notice', credit: 0 }
  ],
  mainSwitchOff: false,
  maxPerRequest: 3
}

describe('lesson-nudge reminder after a passed quiz (packages/learning) on the real weapp build', () => {
  let h
  let api
  let page
  const popups = []

  beforeAll(() => {
    api = fakeLearningApi({ subscription: SUBSCRIPTION })
    h = bootApp({
      cloud: (data) => api.handler(data),
      wx: {
        requestSubscribeMessage: (o) => {
          popups.push(o.tmplIds)
          const reply = { errMsg: 'requestSubscribeMessage:ok' }
          o.tmplIds.forEach((id) => { reply[id] = 'accept' })
          o.success && o.success(reply)
        }
      }
    })
    page = h.renderPage('packages/learning/pages/quiz/index', { session: 'm1-s01' })
  })

  /** Answers the three fixture questions by option id ('a' is right, 'b' wrong), wherever the shuffle shows it. */
  async function answerAll(optionId) {
    for (let n = 1; n <= 3; n++) {
      await waitFor(() => byClass(page, 'quiz__count') && byClass(page, 'quiz__count').textContent === `第 ${n} / 3 题`, { what: `question ${n}` })
      tapOption(page, optionId)
      await waitFor(() => byClass(page, 'quiz__next'), { what: `feedback on question ${n}` })
      tap(page, '.quiz__next')
    }
  }

  test('a failed quiz does not offer the reminder', async () => {
    await answerAll('b')
    await waitFor(() => byClass(page, 'quiz__retry'), { what: 'the failed result' })
    expect(byClass(page, 'quiz__verdict').textContent).toContain('还差一点')
    await waitFor(() => byClass(page, 'quiz__synced'), { what: 'the result saved' })
    expect(byClass(page, 'quiz__nudge-ask')).toBeNull()
    expect(textOf(page)).not.toContain('提醒我下周继续学')
  })

  test('after passing, the button appears; nothing pops up on its own', async () => {
    tap(page, '.quiz__retry')
    await answerAll('a')
    await waitFor(() => byClass(page, 'quiz__result--passed'), { what: 'the passed result' })
    await waitFor(() => byClass(page, 'quiz__nudge-ask'), { what: 'the reminder button' })
    expect(byClass(page, 'quiz__nudge-ask').textContent).toBe('提醒我下周继续学')
    expect(popups).toHaveLength(0)
    expect(api.requests.some((r) => r.action === 'messages.subscribeResult')).toBe(false)
  })

  test('a tap asks WeChat for the lesson-nudge template only and reports the answer', async () => {
    tap(page, '.quiz__nudge-ask')
    await waitFor(() => byClass(page, 'quiz__nudge-result'), { what: 'the answer' })
    expect(popups).toEqual([['TPL-lesson-nudge']])
    const reports = api.requests.filter((r) => r.action === 'messages.subscribeResult')
    expect(reports).toHaveLength(1)
    expect(reports[0].payload.results).toEqual([{ templateId: 'TPL-lesson-nudge', outcome: 'accept' }])
    expect(reports[0].payload.requestId).toMatch(/^[A-Za-z0-9_-]{8,64}$/)
    expect(byClass(page, 'quiz__nudge-result').textContent).toContain('下周会在微信里提醒您')
    expect(byClass(page, 'quiz__nudge-ask')).toBeNull()
  })
})
