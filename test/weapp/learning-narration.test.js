// Narration on the REAL weapp build: every lesson card, quiz question and option has a listen
// button; a card's recording plays first (downloaded once and kept), otherwise WeChat's 同声传译
// plugin (a fake `requirePlugin`, the platform boundary) synthesizes it into an audio file that the
// InnerAudioContext plays; the speed goes into playbackRate; "read the next card automatically"
// moves on at the end of a card. Without the plugin: one plain line, and the lesson keeps working.
const { bootApp, waitFor } = require('./harness')
const { allByClass, byClass, tap } = require('./dom')
const { fakeLearningApi } = require('./learning-fixtures')
const { fakeAudioPlatform } = require('./audio-fakes')

const spoken = []
let pluginDeclared = true
global.requirePlugin = (name) => {
  if (name !== 'WechatSI' || !pluginDeclared) throw new Error(`plugin ${name} is not defined`)
  return {
    textToSpeech(o) {
      spoken.push({ lang: o.lang, content: o.content })
      setTimeout(() => o.success({ retcode: 0, filename: `https://si.example.com/tts-${spoken.length}.mp3` }), 0)
    }
  }
}

const { contexts, downloads, wx: wxFiles } = fakeAudioPlatform()

// (simulate's DOM has no data-* attributes: buttons are found by position)
const button = (page, i = 0) => allByClass(page, 'narrate__button')[i]
const tapNth = (comp, selector, i) => comp.querySelectorAll(selector)[i].dispatchEvent('tap')
const last = (list) => list[list.length - 1]

describe('narration on the real weapp build (plugin declared and added)', () => {
  let h
  let api
  let page

  beforeAll(() => {
    api = fakeLearningApi({ audio: { 'm1-s01': { c1: { url: 'https://cos.example.com/m1-s01/c1.mp3?sign=x', v: 'v1' } } } })
    const base = api.handler
    api.handler = (request) =>
      request.action === 'learning.tip.get'
        ? { ok: true, data: { tip: { id: 'tip-call-03', title: { 'zh-CN': '打电话先问开心的事', en: 'Happy things first' }, body: { 'zh-CN': '先问开心的事，再问学习。', en: 'Happy things before school.' }, tags: ['call'], ageBands: [] } } }
        : base(request)
    h = bootApp({ cloud: (data) => api.handler(data), wx: wxFiles })
    page = h.renderPage('packages/learning/pages/lesson/index', { session: 'm1-s01', card: '0' })
  })

  test('card 1 has a recording: it is downloaded once, kept on the phone and played; nothing before a tap', async () => {
    await waitFor(() => button(page), { what: 'the listen button' })
    expect(button(page).textContent).toBe('🔊 读给我听')
    expect(api.requests.map((r) => r.action)).not.toContain('learning.audio.get')
    expect(contexts).toHaveLength(0)

    tap(page, '.narrate__button')
    await waitFor(() => button(page).textContent === '⏸ 暂停', { what: 'playing' })
    expect(downloads).toEqual(['https://cos.example.com/m1-s01/c1.mp3?sign=x'])
    expect(contexts[0].src).toBe('http://usr/1.mp3')
    expect(h.storage.get('fb.narration.files')).toEqual({ 'm1-s01/c1': { v: 'v1', file: 'http://usr/1.mp3' } })
    expect(spoken).toEqual([])

    tap(page, '.narrate__button')
    await waitFor(() => button(page).textContent === '▶ 继续听', { what: 'paused' })
    expect(contexts[0].calls).toEqual(['play', 'pause'])
  })

  test('the speed goes into the audio context and is remembered', async () => {
    tapNth(page, '.narrate__rate', 2) // 0.8x, 1x, 1.25x
    await waitFor(() => byClass(page, 'narrate__rate--on').textContent === '1.25x', { what: '1.25x chosen' })
    expect(contexts[0].playbackRate).toBe(1.25)
    expect(h.storage.get('fb.narration.prefs')).toEqual({ rate: 1.25, auto: false })
  })

  test('"read the next card automatically": the end of card 1 moves to card 2 and the plugin reads it', async () => {
    tap(page, '.narrate__auto')
    await waitFor(() => byClass(page, 'narrate__auto').textContent === '读完自动读下一张：开', { what: 'auto on' })
    tap(page, '.narrate__button') // resume card 1
    await waitFor(() => button(page).textContent === '⏸ 暂停', { what: 'playing again' })
    contexts[0].fire('Ended')
    await waitFor(() => byClass(page, 'lesson__title').textContent === '第2张卡片', { what: 'card 2' })
    await waitFor(() => spoken.length === 1, { what: 'card 2 spoken' })
    expect(spoken[0]).toEqual({ lang: 'zh_CN', content: '第2张卡片。卡片2的内容。' })
    await waitFor(() => button(page).textContent === '⏸ 暂停', { what: 'card 2 playing' })
    expect(last(contexts).src).toBe('https://si.example.com/tts-1.mp3')
    expect(last(contexts).playbackRate).toBe(1.25)
    // the audio URLs were asked for once, on the first tap
    expect(api.requests.filter((r) => r.action === 'learning.audio.get')).toHaveLength(1)
  })

  test('moving on by hand stops the voice', async () => {
    const playing = last(contexts)
    tap(page, '.lesson__next')
    await waitFor(() => byClass(page, 'lesson__title').textContent === '第3张卡片', { what: 'card 3' })
    expect(playing.calls).toEqual(['play', 'stop', 'destroy'])
    expect(button(page).textContent).toBe('🔊 读给我听')
  })

  test('the quiz: the question and each option can be heard', async () => {
    const quiz = h.renderPage('packages/learning/pages/quiz/index', { session: 'm1-s01' })
    await waitFor(() => button(quiz), { what: 'the question’s listen button' })
    tap(quiz, '.narrate__button')
    await waitFor(() => spoken.length === 2, { what: 'the question spoken' })
    expect(spoken[1].content).toBe('问题1')
    // each option's row: the option, then its listen button (after the question's)
    const at = allByClass(quiz, 'quiz__option').findIndex((el) => el.textContent === '选项b')
    tapNth(quiz, '.narrate__button', 1 + at)
    await waitFor(() => spoken.length === 3, { what: 'an option spoken' })
    expect(spoken[2].content).toBe('选项b')
    expect(allByClass(quiz, 'narrate__button')).toHaveLength(4) // the question and its 3 options
    quiz.detach()
  })

  test('a shared tip (the page the Connect tab’s tip opens) can be heard', async () => {
    const tip = h.renderPage('packages/learning/pages/shared/index', { tip: 'tip-call-03' })
    await waitFor(() => button(tip), { what: 'the tip’s listen button' })
    const before = spoken.length
    tap(tip, '.narrate__button')
    await waitFor(() => spoken.length === before + 1, { what: 'the tip spoken' })
    expect(last(spoken)).toEqual({ lang: 'zh_CN', content: '打电话先问开心的事。先问开心的事，再问学习。' })
    await waitFor(() => button(tip).textContent === '⏸ 暂停', { what: 'the tip playing' })
    tip.detach()
  })
})
