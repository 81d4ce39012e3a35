// "Did you try it?" (REAL weapp build, learning subpackage): "not yet" asks what got in the way,
// then shows an encouraging word and the tip the server matched.
const { waitFor } = require('./harness')
const { allByClass, byClass } = require('./dom')
const { bootPractice, practice } = require('./practice-fixtures')

test('"not yet" → what got in the way → an encouraging word and the matching tip', async () => {
  const { api, page } = bootPractice('packages/learning/pages/practice/index', { id: 'p1', answer: 'not-yet' }, { practice: practice({ due: true }), streak: 0 })
  await waitFor(() => allByClass(page, 'practice__barrier').length === 4, { what: 'the reasons' })
  expect(allByClass(page, 'practice__barrier').map((b) => b.textContent)).toEqual(['没时间', '孩子不感兴趣', '忘了', '别的原因'])
  page.querySelectorAll('.practice__barrier')[0].dispatchEvent('tap')
  await waitFor(() => byClass(page, 'practice__word'), { what: 'the answer' })
  expect(api.requests.find((r) => r.action === 'practice.checkIn').payload).toEqual({ practiceId: 'p1', answer: 'not-yet', barrier: 'no-time' })
  expect(byClass(page, 'practice__word').textContent).toContain('没关系，下周再试一次')
  expect(byClass(page, 'practice__tip').textContent).toContain('电话短也没关系')
  expect(byClass(page, 'practice__streak')).toBeFalsy()
})
