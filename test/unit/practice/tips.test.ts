import { loadRawContent } from '../../../content/load'
import { AGE_BANDS, TipSchema, type Tip } from '../../../src/common/learning/content'
import { PRACTICE_BARRIERS } from '../../../src/common/practice/barriers'
import { tipForBarrier } from '../../../src/common/practice/tips'

const tip = (id: string, ageBands: Tip['ageBands'], barriers?: Tip['barriers']): Tip => ({
  id,
  ageBands,
  situations: ['everyday'],
  ...(barriers ? { barriers } : {}),
  title: { 'zh-CN': id, en: id },
  body: { 'zh-CN': id, en: id }
})

const TIPS = [
  tip('t-time-small', ['0-2', '3-5'], ['no-time']),
  tip('t-time-big', ['12-17'], ['no-time']),
  tip('t-bored', ['6-11'], ['child-not-interested']),
  tip('t-other', ['0-2', '3-5', '6-11', '12-17'], ['other']),
  tip('t-untagged', ['0-2', '3-5', '6-11', '12-17'])
]

test('a tip tagged with what got in the way, for the ages of the children', () => {
  expect(tipForBarrier(TIPS, 'no-time', { ageBands: ['12-17'], seed: 'p1' })!.id).toBe('t-time-big')
  expect(tipForBarrier(TIPS, 'no-time', { ageBands: ['3-5'], seed: 'p1' })!.id).toBe('t-time-small')
  expect(tipForBarrier(TIPS, 'child-not-interested', { seed: 'p1' })!.id).toBe('t-bored')
})

test('no tip for those ages: still one for the barrier; no tip for the barrier: a general one; never an untagged one', () => {
  expect(tipForBarrier(TIPS, 'child-not-interested', { ageBands: ['0-2'], seed: 'p1' })!.id).toBe('t-bored')
  expect(tipForBarrier(TIPS, 'forgot', { seed: 'p1' })!.id).toBe('t-other')
  expect(tipForBarrier([TIPS[4]], 'forgot', { seed: 'p1' })).toBeNull()
})

test('the same practice gets the same tip (a retried check-in); different practices spread over the tips', () => {
  const both = (seed: string) => tipForBarrier(TIPS, 'no-time', { seed })!.id
  expect(both('p-42')).toBe(both('p-42'))
  const picks = new Set(Array.from({ length: 40 }, (_, i) => both(`p-${i}`)))
  expect(picks).toEqual(new Set(['t-time-small', 't-time-big']))
  // the order of the content files does not change the pick
  expect(tipForBarrier([...TIPS].reverse(), 'no-time', { seed: 'p-7' })!.id).toBe(both('p-7'))
})

test('the course tips cover every barrier for every age band', () => {
  const tips = loadRawContent().tips.map((t) => TipSchema.parse(t))
  for (const barrier of PRACTICE_BARRIERS) {
    for (const band of AGE_BANDS) {
      const found = tips.filter((t) => t.barriers?.includes(barrier) && t.ageBands.includes(band))
      expect({ barrier, band, tips: found.length > 0 }).toEqual({ barrier, band, tips: true })
    }
  }
})
