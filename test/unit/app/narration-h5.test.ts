// H5 narration: the browser's speechSynthesis speaks the item in its language at the chosen rate;
// a browser without it has nothing to offer (the narrator then says so); a cancelled utterance's
// late events are ignored.
import { speechSource } from '@/packages/learning/lib/narration/speech.h5'

class FakeUtterance {
  lang = ''
  rate = 1
  onstart: (() => void) | null = null
  onend: (() => void) | null = null
  onerror: (() => void) | null = null
  constructor(public text: string) {}
}

const said: FakeUtterance[] = []
const calls: string[] = []
const synth = {
  speak: (u: FakeUtterance) => (said.push(u), calls.push('speak')),
  cancel: () => calls.push('cancel'),
  pause: () => calls.push('pause'),
  resume: () => calls.push('resume')
}
const g = global as any

beforeEach(() => {
  said.length = 0
  calls.length = 0
  g.window = { speechSynthesis: synth }
  g.SpeechSynthesisUtterance = FakeUtterance
})
afterAll(() => {
  delete g.window
  delete g.SpeechSynthesisUtterance
})

test('speaks the text in its language at the chosen rate, pauses, resumes and reports the end', async () => {
  const log: string[] = []
  const events = { onPlaying: (p: boolean) => log.push(p ? 'playing' : 'paused'), onEnded: () => log.push('ended'), onError: () => log.push('error') }
  const pb = (await speechSource.open({ id: 'c1', text: 'Card one. Body.', lang: 'en' }, 0.8, events))!
  pb.play()
  expect(said.map((u) => [u.text, u.lang, u.rate])).toEqual([['Card one. Body.', 'en-US', 0.8]])
  said[0].onstart!()
  pb.pause()
  pb.play()
  expect(calls).toEqual(['cancel', 'speak', 'pause', 'resume'])
  said[0].onend!()
  expect(log).toEqual(['playing', 'paused', 'playing', 'ended'])

  // the next reading uses the new rate; a stopped utterance's late events are ignored
  pb.setRate(1.25)
  pb.play()
  expect(said[1].rate).toBe(1.25)
  pb.stop()
  said[1].onerror!()
  expect(log).toEqual(['playing', 'paused', 'playing', 'ended'])
})

test('Chinese is spoken with a Chinese voice', async () => {
  const pb = (await speechSource.open({ id: 'c1', text: '第1张卡片。', lang: 'zh-CN' }, 1, { onPlaying: () => undefined, onEnded: () => undefined, onError: () => undefined }))!
  pb.play()
  expect(said[0].lang).toBe('zh-CN')
})

test('a browser without speech synthesis offers nothing', async () => {
  g.window = {}
  expect(await speechSource.open({ id: 'c1', text: 'x', lang: 'en' }, 1, { onPlaying: () => undefined, onEnded: () => undefined, onError: () => undefined })).toBeNull()
})
