// The before/after survey (REAL weapp build, real content/survey.json): each item on its own
// scale (agree, or how often), "not applicable" where offered, the optional workplace block; the
// device sends the survey version, the answers and only the workplace items answered.
const { bootApp, waitFor } = require('./harness')
const { allByClass, byClass, tap } = require('./dom')
const SURVEY = require('../../content/survey.json')

describe('survey v2 (packages/learning) on the real weapp build', () => {
  let h
  let page
  const requests = []

  beforeAll(() => {
    h = bootApp({
      cloud: (request) => {
        requests.push(request)
        if (request.action === 'survey.get') return { ok: true, data: { survey: SURVEY, done: { pre: false, post: false } } }
        if (request.action === 'survey.submit') return { ok: true, data: { phase: request.payload.phase, version: 2, submittedAt: '2026-11-30T02:00:00.000Z', duplicate: false } }
        return { ok: false, error: { code: 'UNKNOWN_ACTION', message: '不支持的操作。' } }
      }
    })
    page = h.renderPage('packages/learning/pages/survey/index', { phase: 'pre' })
  })

  /** Taps the choice labelled `label` inside the card at `cardIndex` of `cls` (weapp renders no data-*). */
  function choose(cls, cardIndex, label) {
    const card = allByClass(page, cls)[cardIndex]
    const all = allByClass(page, 'survey__option')
    const at = all.findIndex((el) => card.contains(el) && el.textContent === label)
    if (at < 0) throw new Error(`no choice ${label} in ${cls}[${cardIndex}]`)
    page.querySelectorAll('.survey__option')[at].dispatchEvent('tap')
  }
  const labelsIn = (cls, i) => allByClass(page, 'survey__option').filter((el) => allByClass(page, cls)[i].contains(el)).map((el) => el.textContent)
  const indexOf = (id) => SURVEY.statements.findIndex((s) => s.id === id)

  test('each item shows its own scale, "not applicable" only where offered, then the optional workplace block', async () => {
    await waitFor(() => allByClass(page, 'survey__statement').length === SURVEY.statements.length, { what: 'the items' })
    expect(labelsIn('survey__statement', indexOf('s1-confidence'))).toEqual(['非常不同意', '不同意', '说不清', '同意', '非常同意'])
    expect(labelsIn('survey__statement', indexOf('calls-caregivers'))).toEqual(['从不', '很少', '有时', '经常', '总是', '不适用：孩子不是老人带'])
    expect(byClass(page, 'survey__workplace-title').textContent).toBe('关于工作（可以不答）')
    expect(labelsIn('survey__work-item', 2)).toEqual(['没有', '有', '不适用：没有合适年龄的孩子，或工厂没有开办'])
    expect(byClass(page, 'survey__missing').textContent).toBe(`还有 ${SURVEY.statements.length} 题没有选`)
  })

  test('all items answered (one "not applicable"), one workplace item answered, one taken back: sent with the version', async () => {
    SURVEY.statements.forEach((s, i) => choose('survey__statement', i, s.scale === 'agree' ? '同意' : '经常'))
    choose('survey__statement', indexOf('calls-caregivers'), '不适用：孩子不是老人带')
    choose('survey__work-item', 0, '非常同意')
    choose('survey__work-item', 1, '同意')
    await waitFor(() => allByClass(page, 'survey__option--chosen').length === SURVEY.statements.length + 2, { what: 'the choices' })
    choose('survey__work-item', 1, '同意') // tapped again: no answer
    await waitFor(() => allByClass(page, 'survey__option--chosen').length === SURVEY.statements.length + 1, { what: 'the answer taken back' })
    expect(byClass(page, 'survey__missing')).toBeNull()
    tap(page, '.survey__submit')
    await waitFor(() => byClass(page, 'survey__thanks'), { what: 'the thanks' })
    const sent = requests.find((r) => r.action === 'survey.submit').payload
    expect(sent).toMatchObject({ phase: 'pre', version: 2, workplace: { 'work-stay-2-years': 5 } })
    expect(Object.keys(sent.workplace)).toEqual(['work-stay-2-years'])
    expect(sent.answers).toEqual(Object.fromEntries(SURVEY.statements.map((s) => [s.id, s.id === 'calls-caregivers' ? 'na' : 4])))
  })
})
