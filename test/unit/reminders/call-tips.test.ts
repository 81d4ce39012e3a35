// The tip after "how did the call go?" fits the child's age band (issue 9): a hard call with a
// one-year-old must not get a tip written for teenagers, with the real tips of content/tips.
import { loadRawContent } from '../../../content/load'
import { AGE_BANDS, type Tip } from '../../../src/common/learning/content'
import { tipForMood } from '../../../src/common/reminders/call-tips'
import type { CallMood } from '../../../src/common/reminders/schemas'

const tips = loadRawContent().tips as Tip[]
const moods: CallMood[] = ['good', 'okay', 'hard']
const seeds = Array.from({ length: 60 }, (_v, i) => `call-${i}`)

test.each(AGE_BANDS.map((b) => [b]))('every mood gives a tip written for the %s age band, for every call', (band) => {
  for (const mood of moods) {
    for (const seed of seeds) {
      const tip = tipForMood(tips, mood, seed, [band])
      expect(tip).not.toBeNull()
      expect([mood, seed, tip!.id, tip!.ageBands]).toEqual([mood, seed, tip!.id, expect.arrayContaining([band])])
    }
  }
})

test('a hard call with a toddler never shows the teenager tip the review found (tip-call-09)', () => {
  const shown = new Set(seeds.map((seed) => tipForMood(tips, 'hard', seed, ['0-2'])!.id))
  expect(shown.has('tip-call-09')).toBe(false)
})

test('with two children, a tip for either age; without known ages, any tip', () => {
  for (const seed of seeds) expect(tipForMood(tips, 'hard', seed, ['0-2', '12-17'])!.ageBands.some((b) => b === '0-2' || b === '12-17')).toBe(true)
  expect(tipForMood(tips, 'hard', 'call-1', [])).toEqual(tipForMood(tips, 'hard', 'call-1'))
})

test('the same call gets the same tip', () => {
  expect(tipForMood(tips, 'okay', 'call-7', ['3-5'])).toBe(tipForMood(tips, 'okay', 'call-7', ['3-5']))
})
