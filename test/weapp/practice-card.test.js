// The Learn tab's practice card (REAL weapp build, main package): after the day picked it asks
// "did you try it?" with three answers and shows the streak; an answer opens the check-in screen.
const { waitFor } = require('./harness')
const { allByClass, byClass } = require('./dom')
const { bootPractice, chinaDay, practice } = require('./practice-fixtures')

test('after the day: "did you try it?", three answers and the streak; an answer opens the check-in', async () => {
  const { h, page } = bootPractice('pages/learn/index', {}, { practice: practice({ day: chinaDay(-1), due: true }), streak: 2 })
  await waitFor(() => byClass(page, 'practice-card__ask'), { what: 'the practice card' })
  expect(byClass(page, 'practice-card__what').textContent).toBe('试一试')
  expect(byClass(page, 'practice-card__ask').textContent).toBe('您试了吗？')
  expect(byClass(page, 'practice-card__when')).toBeFalsy()
  expect(allByClass(page, 'practice-card__answer').map((b) => b.textContent)).toEqual(['试了', '试了一点', '还没有'])
  expect(byClass(page, 'practice-card__streak').textContent).toBe('已经连续2周做了练习，真棒！')
  page.querySelectorAll('.practice-card__answer')[1].dispatchEvent('tap')
  await waitFor(() => h.calls.navigateTo.length > 0, { what: 'navigation' })
  expect(h.calls.navigateTo[0]).toBe('/packages/learning/pages/practice/index?id=p1&answer=a-bit')
})
