// A session's recording on the lesson player's first card (REAL weapp build): a big play/pause
// button drives wx's InnerAudioContext, created only on the first tap; a playback failure shows
// a plain message and the next tap tries again; the sound stops when the card or page goes away.
const { bootApp, waitFor } = require('./harness')
const { byClass, textOf, tap } = require('./dom')
const { fakeLearningApi } = require('./learning-fixtures')
const { fakeAudioPlatform } = require('./audio-fakes')

const AUDIO = 'https://media.example.com/course/m1-s01.mp3'

describe('lesson recording (packages/learning) on the real weapp build', () => {
  let h
  let api
  let page
  let failPlays = false
  const { contexts, wx: audio } = fakeAudioPlatform({ failPlays: () => failPlays })

  const toggle = () => byClass(page, 'lesson__audio-toggle')

  beforeAll(() => {
    api = fakeLearningApi({ media: { 'm1-s01': { audioUrl: AUDIO } } })
    h = bootApp({ cloud: (data) => api.handler(data), wx: { createInnerAudioContext: audio.createInnerAudioContext } })
    page = h.renderPage('packages/learning/pages/lesson/index', { session: 'm1-s01', card: '0' })
  })

  test('the first card offers 听录音; nothing plays or loads before a tap', async () => {
    await waitFor(() => byClass(page, 'lesson__title'), { what: 'a lesson card' })
    expect(byClass(page, 'lesson__title').textContent).toBe('第1张卡片')
    await waitFor(toggle, { what: 'the play button' })
    expect(toggle().textContent).toBe('听录音')
    expect(byClass(page, 'lesson__media-failed')).toBeNull()
    expect(contexts).toHaveLength(0)
  })

  test('a tap plays the recording, the next tap pauses it', async () => {
    tap(page, '.lesson__audio-toggle')
    await waitFor(() => toggle().textContent === '暂停录音', { what: 'the pause button' })
    expect(contexts).toHaveLength(1)
    expect(contexts[0].src).toBe(AUDIO)
    expect(contexts[0].calls).toEqual(['play'])

    tap(page, '.lesson__audio-toggle')
    await waitFor(() => toggle().textContent === '听录音', { what: 'the play button again' })
    expect(contexts[0].calls).toEqual(['play', 'pause'])
  })

  test('a playback failure shows a plain message, and the next tap tries again', async () => {
    failPlays = true
    tap(page, '.lesson__audio-toggle')
    await waitFor(() => byClass(page, 'lesson__media-failed'), { what: 'the failure message' })
    expect(byClass(page, 'lesson__media-failed').textContent).toContain('录音现在放不了')
    expect(toggle().textContent).toBe('听录音')
    expect(contexts[0].calls).toEqual(['play', 'pause', 'play', 'stop', 'destroy'])
    // the lesson itself is untouched
    expect(byClass(page, 'lesson__body').textContent).toBe('卡片1的内容。')

    failPlays = false
    tap(page, '.lesson__audio-toggle')
    await waitFor(() => toggle().textContent === '暂停录音', { what: 'playing again' })
    expect(byClass(page, 'lesson__media-failed')).toBeNull()
    expect(contexts).toHaveLength(2)
    expect(contexts[1].calls).toEqual(['play'])
  })

  test('moving on to the next card stops the recording; only the first card has it', async () => {
    tap(page, '.lesson__next')
    await waitFor(() => byClass(page, 'lesson__title').textContent === '第2张卡片', { what: 'card 2' })
    expect(contexts[1].calls).toEqual(['play', 'stop', 'destroy'])
    expect(toggle()).toBeNull()
    expect(textOf(page)).not.toContain('听录音')
  })

  test('leaving the page stops the recording', async () => {
    tap(page, '.lesson__prev')
    await waitFor(toggle, { what: 'the play button on card 1' })
    tap(page, '.lesson__audio-toggle')
    await waitFor(() => contexts.length === 3 && contexts[2].calls.includes('play'), { what: 'playing' })
    page.detach()
    await waitFor(() => contexts[2].calls.includes('destroy'), { what: 'the recording to stop' })
    expect(contexts[2].calls).toEqual(['play', 'stop', 'destroy'])
  })
})
