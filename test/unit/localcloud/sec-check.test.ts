// The emulated msgSecCheck's word lists and faults, without a server.
import { ContentChecker } from '../../../localcloud/openapi/sec-check'

const req = (content: string, over: Record<string, unknown> = {}) => ({ version: 2, openid: 'o1', scene: 2, content, ...over })

test('word lists: blocked → risky, review → review, otherwise pass; case and spaces do not hide a word', () => {
  const c = new ContentChecker()
  c.configure({ blocked: ['Bad'], review: ['审核'] })
  expect(c.check(req('so BAD')).body).toMatchObject({ errcode: 0, result: { suggest: 'risky', label: 20006 } })
  expect(c.check(req('b a d')).body).toMatchObject({ result: { suggest: 'risky' } })
  expect(c.check(req('需要审 核')).body).toMatchObject({ result: { suggest: 'review', label: 21000 } })
  expect(c.check(req('fine')).body).toMatchObject({ result: { suggest: 'pass', label: 100 } })
  expect(c.list().map((r) => r.suggest)).toEqual(['risky', 'risky', 'review', 'pass'])
})

test('faults match by openid/content, count down, and can carry a delay', () => {
  const c = new ContentChecker()
  c.arm({ openid: 'o2', errcode: -1, times: 2 })
  c.arm({ contains: 'slow', delayMs: 3000 })
  expect(c.check(req('x')).body.errcode).toBe(0)
  expect(c.check(req('x', { openid: 'o2' })).body.errcode).toBe(-1)
  expect(c.check(req('x', { openid: 'o2' })).body.errcode).toBe(-1)
  expect(c.check(req('x', { openid: 'o2' })).body.errcode).toBe(0)
  expect(c.check(req('slow')).delayMs).toBe(3000)
  c.clearFaults()
  expect(c.check(req('slow')).delayMs).toBe(0)
})

test('reset restores the default lists', () => {
  const c = new ContentChecker()
  const defaults = c.wordLists()
  c.configure({ blocked: [] })
  c.reset()
  expect(c.wordLists()).toEqual(defaults)
  expect(c.list()).toHaveLength(0)
})
