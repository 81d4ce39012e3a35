// The quiz screen (REAL weapp build) shows each question's options in the learner's own
// shuffled order (seeded by the server's learner key and the question id), the same order on
// every visit; the answers sent are option ids, whatever position they were shown in.
const { bootApp, waitFor } = require('./harness')
const { allByClass, byClass, tap } = require('./dom')
const { fakeLearningApi, tapOption, LEARNER_ORDER } = require('./learning-fixtures')

describe('quiz option order (packages/learning) on the real weapp build', () => {
  let h
  let api
  let page

  beforeAll(() => {
    api = fakeLearningApi()
    h = bootApp({ cloud: (data) => api.handler(data) })
    page = h.renderPage('packages/learning/pages/quiz/index', { session: 'm1-s01' })
  })

  const shown = () => allByClass(page, 'quiz__option').map((el) => el.textContent.replace('选项', ''))
  const atQuestion = (n) => waitFor(() => byClass(page, 'quiz__count') && byClass(page, 'quiz__count').textContent === `第 ${n} / 3 题`, { what: `question ${n}` })

  /** Answers every question with this option id; returns the order each question was shown in. */
  async function answerAll(optionId) {
    const seen = {}
    for (const [n, qid] of [[1, 'q1'], [2, 'q2'], [3, 'q3']]) {
      await atQuestion(n)
      seen[qid] = shown()
      tapOption(page, optionId)
      await waitFor(() => byClass(page, 'quiz__next'), { what: `feedback on ${qid}` })
      // the option marked right is 'a', wherever it is shown
      expect(byClass(page, 'quiz__option--correct').textContent).toBe('选项a')
      tap(page, '.quiz__next')
    }
    return seen
  }

  test('each question shows its options in this learner’s order, not the content order a-b-c', async () => {
    const seen = await answerAll('b')
    expect(seen).toEqual(LEARNER_ORDER)
    // the right option is not in one fixed place
    expect(new Set(Object.values(seen).map((order) => order.indexOf('a'))).size).toBeGreaterThan(1)
    await waitFor(() => byClass(page, 'quiz__result--failed'), { what: 'the failed result' })
  })

  test('the device sends option ids, which the server grades by id', async () => {
    await waitFor(() => api.requests.some((r) => r.action === 'learning.quiz.submit'), { what: 'the submission' })
    expect(api.requests.find((r) => r.action === 'learning.quiz.submit').payload.answers).toEqual({ q1: 'b', q2: 'b', q3: 'b' })
  })

  test('a retry shows every question in the same order again, and the right ids pass', async () => {
    tap(page, '.quiz__retry')
    expect(await answerAll('a')).toEqual(LEARNER_ORDER)
    await waitFor(() => byClass(page, 'quiz__result--passed'), { what: 'the passed result' })
    await waitFor(() => api.requests.filter((r) => r.action === 'learning.quiz.submit').length === 2, { what: 'the second submission' })
    expect(api.requests.filter((r) => r.action === 'learning.quiz.submit')[1].payload.answers).toEqual({ q1: 'a', q2: 'a', q3: 'a' })
  })
})
